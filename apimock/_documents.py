"""The answers of operations bound to a collection (`_bindings.py`) that speak JSON:API (`_jsonapi.py`).

Records are resource objects stored as sent (`data`), under a fresh identifier. A create fills the attributes the
spec marks `readOnly` (the server's own, such as statistics); a change merges the `attributes` and `relationships`
sent into the stored ones. `include=a,b` fills the document's top-level `included` with the resources the named
relationships point at, each once, found by type and id among every JSON:API collection's records, then among the
resources the spec's own examples show in `included` lists. A value of the `include` parameter's enum that names
an attribute rather than a relationship (Commanders Act's `health`) makes that attribute optional: it is answered
only when asked for.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._bindings import Binding, record_properties, success_schema, success_status
from ._jsonapi import INCLUDE, PRIMARY, is_jsonapi, primary_member, speaks_jsonapi
from ._replies import Reply
from ._schemas import Problem
from ._spec import JSON, Operation
from ._synth import media_examples
from ._vendor import Call

if TYPE_CHECKING:
    from ._engine import Mock


class Documents:
    """The answers of bound JSON:API operations, from the engine's store."""

    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        self._examples = dict(self._example_resources())

    # ------------------------------------------------------------------------------------------------ answers
    def answer(self, call: Call, binding: Binding) -> Reply:
        status = success_status(call.operation) or 200
        if binding.action == "list":
            records = list(self.mock.store.values(binding.collection.name))
            return call.reply(status, self._document(call, records, many=True))
        if binding.action == "create":
            return self._create(call, binding, status)
        found = self._find(call, binding)
        if found is None:
            return self._missing(call, binding)
        key, record = found
        if binding.action == "read":
            return call.reply(status, self._document(call, [record], many=False))
        if binding.action == "delete":
            self.mock.store.delete(binding.collection.name, key)
            return call.reply(status, None)
        return self._merge(call, binding, key, record, status)

    def _create(self, call: Call, binding: Binding, status: int) -> Reply:
        sent = call.body.get(PRIMARY) if isinstance(call.body, Mapping) else None
        if not isinstance(sent, Mapping):
            return call.error("invalid", problems=[Problem("body", PRIMARY, "must be a resource object")])
        collection = binding.collection
        key = self.mock.new_key(collection)
        resource = copy.deepcopy(dict(sent))
        resource["attributes"] = self._server_attributes(collection.schema, dict(resource.get("attributes") or {}))
        record = self.mock.complete(collection.schema, {**resource, collection.id_field: key})
        stored = self.mock.store.put(collection.name, str(key), record)
        return call.reply(status, self._document(call, [stored], many=False))

    def _merge(self, call: Call, binding: Binding, key: str, record: dict[str, Any], status: int) -> Reply:
        sent = call.body.get(PRIMARY) if isinstance(call.body, Mapping) else {}
        changed = copy.deepcopy(record)
        for member in ("attributes", "relationships"):
            given = sent.get(member) if isinstance(sent, Mapping) else None
            if isinstance(given, Mapping):
                changed[member] = {**(changed.get(member) or {}), **copy.deepcopy(dict(given))}
        stored = self.mock.store.put(binding.collection.name, key, changed)
        return call.reply(status, self._document(call, [stored], many=False))

    def _missing(self, call: Call, binding: Binding) -> Reply:
        if binding.body_id:
            problem = Problem("body", ".".join(binding.body_id), "no resource has this id")
        else:
            problem = Problem("path", binding.id_param or "", "no resource has this id")
        return call.error("not-found", problems=[problem])

    def _find(self, call: Call, binding: Binding) -> tuple[str, dict[str, Any]] | None:
        value: Any = call.path.get(binding.id_param or "")
        if binding.body_id:
            value = call.body
            for part in binding.body_id:
                value = value.get(part) if isinstance(value, Mapping) else None
        record = self.mock.store.get(binding.collection.name, str(value))
        return (str(value), record) if record is not None else None

    # ---------------------------------------------------------------------------------------------- documents
    def _document(self, call: Call, records: list[dict[str, Any]], *, many: bool) -> dict[str, Any]:
        asked = self._asked(call)
        optional = self._optional_attributes(call.operation)
        shown = [self._shown(record, optional - asked) for record in records]
        document: dict[str, Any] = {PRIMARY: shown if many else shown[0]}
        if INCLUDE in call.query:
            document["included"] = self._included(records, asked)
        return document

    def _asked(self, call: Call) -> set[str]:
        value = call.query.get(INCLUDE)
        items = value if isinstance(value, list) else ([] if value in (None, "") else str(value).split(","))
        return {str(item) for item in items}

    def _optional_attributes(self, operation: Operation) -> set[str]:
        """The values of the operation's `include` enum that are not relationships (they name attributes)."""
        parameter = next((p for p in operation.parameters if p.location == "query" and p.name == INCLUDE), None)
        if parameter is None:
            return set()
        items = self.mock.spec.resolve((self.mock.spec.resolve(parameter.schema) or {}).get("items", {}))
        values = {str(value) for value in (items.get("enum") or [])} if isinstance(items, Mapping) else set()
        return {value for value in values if not self._is_relationship(operation, value)}

    def _is_relationship(self, operation: Operation, name: str) -> bool:
        record = primary_member(self.mock.spec, operation, success_schema(self.mock.spec, operation) or {})
        resolved = self.mock.spec.resolve(record)
        if isinstance(resolved, Mapping) and "items" in resolved:
            record = resolved["items"]
        relationships = record_properties(self.mock.spec, record).get("relationships", {})
        return name in record_properties(self.mock.spec, relationships)

    @staticmethod
    def _shown(record: dict[str, Any], hidden: set[str]) -> dict[str, Any]:
        attributes = record.get("attributes")
        if not hidden or not isinstance(attributes, Mapping):
            return record
        return {**record, "attributes": {k: v for k, v in attributes.items() if k not in hidden}}

    def _included(self, records: list[dict[str, Any]], asked: set[str]) -> list[dict[str, Any]]:
        primary = {(str(record.get("type")), str(record.get("id"))) for record in records}
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for record in records:
            relationships = record.get("relationships") or {}
            for name in sorted(asked):
                for identifier in _identifiers(relationships.get(name)):
                    if identifier in found or identifier in primary:
                        continue
                    resource = self._resource(identifier)
                    if resource is not None:
                        found[identifier] = resource
        return list(found.values())

    def _resource(self, identifier: tuple[str, str]) -> dict[str, Any] | None:
        for name in self._collections():
            for record in self.mock.store.values(name):
                if (str(record.get("type")), str(record.get("id"))) == identifier:
                    return record
        return self._examples.get(identifier)

    def _collections(self) -> list[str]:
        names = []
        for operation_id, binding in self.mock.bindings.items():
            if speaks_jsonapi(self.mock.spec.by_id[operation_id]) and binding.collection.name not in names:
                names.append(binding.collection.name)
        return names

    def _example_resources(self) -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
        """The resources the spec's answers show in their `included` lists."""
        for operation in self.mock.spec.operations:
            for response in operation.responses.values():
                for media_type, media in (response.get("content") or {}).items():
                    if not is_jsonapi(media_type):
                        continue
                    for _, example in media_examples(self.mock.spec, media):
                        included = example.get("included") if isinstance(example, Mapping) else None
                        for resource in included if isinstance(included, list) else []:
                            if isinstance(resource, Mapping) and "type" in resource and "id" in resource:
                                yield (str(resource["type"]), str(resource["id"])), copy.deepcopy(dict(resource))

    def _server_attributes(self, schema: JSON, attributes: dict[str, Any]) -> dict[str, Any]:
        """The attributes sent, with those the spec marks `readOnly` (kept by the server) filled in."""
        declared = record_properties(self.mock.spec, record_properties(self.mock.spec, schema).get("attributes", {}))
        for name, attribute in declared.items():
            resolved = self.mock.spec.resolve(attribute)
            if name not in attributes and isinstance(resolved, Mapping) and resolved.get("readOnly") is True:
                attributes[name] = self.mock.generator.instance(resolved)
        return attributes


def _identifiers(relationship: Any) -> list[tuple[str, str]]:
    data = relationship.get(PRIMARY) if isinstance(relationship, Mapping) else None
    items = data if isinstance(data, list) else [data]
    return [(str(item["type"]), str(item["id"])) for item in items if isinstance(item, Mapping) and "id" in item]
