"""Answers of the operations bound to a collection (`_bindings.py`): create, read, replace, merge, delete, list.

- Identifiers: a create stores the record under the identifier the client sent where the request schema lets the
  client choose it (declares the field, not `readOnly`: Petstore's `POST /pet` with `{"id": 7}`, `POST /users` with a
  `username`); else under a new one of the declared kind. A second create with an identifier in use is answered 409
  where the operation documents 409, else it replaces the record (as `PUT` would): an undocumented status would
  break the contract, and a silent duplicate would make reads by that identifier ambiguous.
- Other usual identifiers (`id`, `_id`, `uuid`) of a record known by another field (`username`) are the server's:
  new ones are made for them, as for the identifier itself.
- A request body that is not `required` may be left out: a create without one is one with no fields, a change
  without one leaves the record as it is.
- `writeOnly` fields (a `password`) are never stored, so never answered: not from a create or change, nor a JSON
  Patch, nor the spec's examples. (`readOnly` fields a client sends are dropped before validation: `_request.py`.)
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._bindings import (
    ID_NAMES,
    Binding,
    Collection,
    flagged_properties,
    infer_parents,
    record_properties,
    request_schema,
    success_schema,
    success_status,
)
from ._jsonapi import speaks_jsonapi
from ._jsonpatch import PatchFailed, apply_patch, takes_json_patch
from ._pages import Paging, page_of
from ._replies import Reply
from ._schemas import Problem
from ._spec import JSON, Operation
from ._synth import first_example, media_examples
from ._vendor import Call

if TYPE_CHECKING:
    from ._engine import Mock


class Records:
    """The engine's answers from its store, for every operation `infer_bindings` bound to a collection."""

    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        self._parents = infer_parents(mock.spec, mock.bindings)
        self._paging: dict[str, Paging | None] = {}
        self._request_fields: dict[str, frozenset[str]] = {}

    def answer(self, call: Call, binding: Binding) -> Reply:
        operation = call.operation
        if speaks_jsonapi(operation):
            return self.mock.documents.answer(call, binding)
        if binding.action == "list":
            records = [record for record in self._scoped(call, binding) if self._queried(record, call)]
            return call.reply(success_status(operation) or 200, self.list_body(operation, binding, records, call.query))
        if binding.action == "create":
            return self._create(call, binding)
        found = self._find(call, binding)
        if found is None:
            message = self.mock.vendor.not_found_message(operation)
            if binding.body_id:
                problem = Problem("body", ".".join(binding.body_id), "no record has this identifier")
            else:
                problem = Problem("path", binding.id_param or "", "no record has this identifier")
            return call.error("not-found", message, [problem])
        key, existing = found
        if binding.action == "read":
            return call.reply(success_status(operation) or 200, self.record_body(operation, binding, existing))
        if binding.action == "delete":
            return self._delete(call, binding, key, existing)
        if takes_json_patch(operation):
            return self._patch(call, binding, key, existing)
        return self._change(call, binding, key, existing)

    def missing_parent(self, call: Call) -> Reply | None:
        """The not-found answer for an operation below a record's path when that record does not exist."""
        parent = self._parents.get(call.operation.operation_id)
        if parent is None or self._find(call, parent[1]) is not None:
            return None
        read, binding = parent
        problem = Problem("path", binding.id_param or "", f"no record has this identifier ({read.operation_id})")
        return call.error("not-found", self.mock.vendor.not_found_message(call.operation), [problem])

    # ------------------------------------------------------------------------------------------------ bodies
    def paging(self, operation: Operation) -> Paging | None:
        if operation.operation_id not in self._paging:
            self._paging[operation.operation_id] = Paging.of(operation, self.mock.spec)
        return self._paging[operation.operation_id]

    def list_body(
        self, operation: Operation, binding: Binding, records: list[dict[str, Any]], query: Mapping[str, Any]
    ) -> JSON:
        """The records as the operation answers them: the page the query asks for, or all of them."""
        paging = self.paging(operation)
        if paging is not None:
            body = page_of(records, query, paging, binding.collection.id_field).body(paging)
        else:
            body = records if binding.member is None else {binding.member: records}
        return self._completed(operation, body)

    def documented_page(self, call: Call) -> Reply | None:
        """A paginated operation with no collection (nothing creates its records) pages over the records of its
        documented example, so that page size, offsets and the end behave as the spec says; None if not paginated."""
        operation = call.operation
        paging = self.paging(operation)
        status = success_status(operation) or 200
        _, media = self.mock.replies.media(operation, status)
        if paging is None or not media:
            return None
        found, example = first_example(self.mock.spec, media)
        inner = example if paging.items == "$" or not isinstance(example, Mapping) else example.get(paging.items)
        records = list(inner) if found and isinstance(inner, list) else []
        body = page_of(records, call.query, paging).body(paging)
        return call.reply(status, self._completed(operation, body))

    def record_body(self, operation: Operation, binding: Binding, record: dict[str, Any]) -> JSON:
        return record if binding.member is None else self._completed(operation, {binding.member: record})

    def _completed(self, operation: Operation, body: JSON) -> JSON:
        """An envelope with its other required members filled in, and without null members that may not be null."""
        schema = success_schema(self.mock.spec, operation)
        if not isinstance(body, dict) or schema is None:
            return body
        members = record_properties(self.mock.spec, schema)
        for name in [name for name, value in body.items() if value is None and name in members]:
            if not self.mock.schemas.is_valid(members[name], None):
                del body[name]
        return self.mock.complete(schema, body)

    # --------------------------------------------------------------------------------------------- actions
    def _create(self, call: Call, binding: Binding) -> Reply:
        collection = binding.collection
        operation = call.operation
        sent = self._sent(call)
        if not isinstance(sent, dict):
            return call.error("invalid", problems=[Problem("body", "", "must be an object")])
        body = {**self.mock.writable(operation, sent), **self._scope_values(call, binding)}
        key = self._chosen_key(operation, collection, body)
        if key is None:
            key = self.mock.new_key(collection)
        elif self.mock.store.get(collection.name, str(key)) is not None and 409 in operation.documented_statuses:
            problem = Problem("body", collection.id_field, "a record with this identifier exists")
            return self.mock.replies.error(operation, "invalid", [problem], status=409)
        record = {**self._server_ids(collection, body), **body, collection.id_field: key}
        stored = self._store(collection, str(key), self.mock.complete(collection.schema, record))
        status = success_status(operation, (201, 200)) or 200
        if not binding.answers_record:
            return self.mock.example_reply(operation, status)
        if binding.lists:
            return call.reply(status, self._page_holding(operation, binding, str(key)))
        return call.reply(status, self.record_body(operation, binding, stored))

    def _sent(self, call: Call) -> JSON:
        """The request body; an object without fields when the operation takes none or the client left out one that
        is not `required`."""
        if call.body is None and not (call.operation.request_body or {}).get("required", False):
            return {}
        return call.body

    def _chosen_key(self, operation: Operation, collection: Collection, body: Mapping[str, Any]) -> str | int | None:
        """The identifier the client chose, where the request schema lets it choose one (declares it, not readOnly)."""
        value = body.get(collection.id_field)
        if collection.id_field not in self._declared(operation) or isinstance(value, bool):
            return None
        return value if isinstance(value, (str, int)) else None

    def _server_ids(self, collection: Collection, body: Mapping[str, Any]) -> dict[str, Any]:
        """New values for the record's usual identifiers other than its own (`id` of a user known by `username`)."""
        properties = record_properties(self.mock.spec, collection.schema)
        return {
            name: self.mock.store.new_key(properties[name], self.mock.spec)
            for name in ID_NAMES
            if name in properties and name != collection.id_field and name not in body
        }

    def _store(self, collection: Collection, key: str, record: dict[str, Any]) -> dict[str, Any]:
        """Put the record in place, without the fields its schema marks writeOnly (never answered, so never kept)."""
        hidden = self.mock.write_only(collection.schema)
        return self.mock.store.put(collection.name, key, {k: v for k, v in record.items() if k not in hidden})

    def _page_holding(self, operation: Operation, binding: Binding, key: str) -> JSON:
        """A create that answers a page of its collection answers the page (as the collection's list pages it)
        that holds the new record."""
        collection = binding.collection
        records = list(self.mock.store.values(collection.name))
        index = list(self.mock.store.collection(collection.name)).index(key)
        paging = self._list_paging(collection)
        if paging is None:
            return self._completed(operation, {binding.member: records} if binding.member else records)
        start = index - index % paging.default_size
        query: dict[str, Any] = {}
        if paging.style == "page" and paging.page_parameter:
            query[paging.page_parameter] = paging.first_page + index // paging.default_size
        elif paging.style == "offset" and paging.offset_parameter:
            query[paging.offset_parameter] = start
        elif paging.cursor_parameter:
            query[paging.cursor_parameter] = records[start].get(collection.id_field)
        return self._completed(operation, page_of(records, query, paging, collection.id_field).body(paging))

    def _list_paging(self, collection: Collection) -> Paging | None:
        for operation_id, other in self.mock.bindings.items():
            if other.action == "list" and other.collection == collection and not other.scope:
                paging = self.paging(self.mock.spec.by_id[operation_id])
                if paging is not None:
                    return paging
        return None

    def _delete(self, call: Call, binding: Binding, key: str, existing: dict[str, Any]) -> Reply:
        operation = call.operation
        self.mock.store.delete(binding.collection.name, key)
        status = success_status(operation, (204, 200, 202)) or 204
        if status == 204:
            return call.reply(status, None)
        schema = success_schema(self.mock.spec, operation)
        gone = self.record_body(operation, binding, existing)
        if schema is not None and self.mock.schemas.is_valid(schema, gone):
            return call.reply(status, gone)
        return call.reply(status, self.mock.example_reply(operation, status).body)

    def _change(self, call: Call, binding: Binding, key: str, existing: dict[str, Any]) -> Reply:
        """Merge the body into the record, put it in place of one member (`section`), or replace what the request
        schema declares (fields only the server sets, such as the identifier, stay)."""
        collection = binding.collection
        operation = call.operation
        sent = self._sent(call)
        if not isinstance(sent, dict):
            return call.error("invalid", problems=[Problem("body", "", "must be an object")])
        if call.body is None:  # an optional body left out changes nothing
            return call.reply(success_status(operation) or 200, self.record_body(operation, binding, existing))
        body = self.mock.writable(operation, sent)
        if binding.section is not None:
            changed = {**existing, binding.section: body}
        elif binding.action == "merge":
            changed = {**existing, **body}
        else:
            declared = self._declared(operation)
            changed = {**{k: v for k, v in existing.items() if k not in declared}, **body}
        changed[collection.id_field] = existing[collection.id_field]
        for field in (binding.lookup_field, *(field for _, field in binding.scope)):
            if field is not None and field in existing:
                changed[field] = existing[field]
        stored = self._store(collection, key, self.mock.complete(collection.schema, changed))
        return call.reply(success_status(operation) or 200, self.record_body(operation, binding, stored))

    def _patch(self, call: Call, binding: Binding, key: str, existing: dict[str, Any]) -> Reply:
        """Apply a JSON Patch body to the record; the result must still be a valid record (its identifier and
        scope fields stay). A patch that cannot be applied, or leaves an invalid record, changes nothing."""
        collection = binding.collection
        if not isinstance(call.body, list):
            return call.error("invalid", problems=[Problem("body", "", "must be a JSON Patch document (a list)")])
        try:
            changed = apply_patch(existing, call.body)
        except PatchFailed as failure:
            return call.error("invalid", problems=[Problem("body", "", str(failure))])
        for field in (collection.id_field, binding.lookup_field, *(field for _, field in binding.scope)):
            if field is not None and field in existing:
                changed[field] = existing[field]
        problems = self.mock.schemas.problems(collection.schema, changed, location="body")
        if problems:
            return call.error("invalid", problems=problems)
        stored = self._store(collection, key, changed)
        return call.reply(success_status(call.operation) or 200, self.record_body(call.operation, binding, stored))

    def _declared(self, operation: Operation) -> frozenset[str]:
        """The fields a request body may set: those its schema declares, but `readOnly` ones (the server's to set)."""
        if operation.operation_id not in self._request_fields:
            schema = request_schema(operation)
            properties = record_properties(self.mock.spec, schema or {})
            read_only = flagged_properties(self.mock.spec, schema, "readOnly")
            self._request_fields[operation.operation_id] = frozenset(properties) - read_only
        return self._request_fields[operation.operation_id]

    # ------------------------------------------------------------------------------------------- selection
    def _find(self, call: Call, binding: Binding) -> tuple[str, dict[str, Any]] | None:
        value = _member(call.body, binding.body_id) if binding.body_id else call.path.get(binding.id_param or "")
        if value is None:
            return None
        name = binding.collection.name
        if binding.lookup_field is not None:
            found = self.mock.store.find(name, binding.lookup_field, value)
        else:
            record = self.mock.store.get(name, str(value))
            found = (str(value), record) if record is not None else None
        for field in binding.alternatives:
            found = found or self.mock.store.find(name, field, value)
        scope = self._scope_values(call, binding)
        if found is None or any(found[1].get(field) != wanted for field, wanted in scope.items()):
            return None
        return found

    def _scope_values(self, call: Call, binding: Binding) -> dict[str, Any]:
        return {field: call.path[param] for param, field in binding.scope if param in call.path}

    def _scoped(self, call: Call, binding: Binding) -> list[dict[str, Any]]:
        scope = self._scope_values(call, binding)
        records = self.mock.store.values(binding.collection.name)
        return [record for record in records if all(record.get(f) == v for f, v in scope.items())]

    def _queried(self, record: Mapping[str, Any], call: Call) -> bool:
        """Query parameters named like a record field select records (pagination parameters aside): equal values,
        or for a list of values, records holding one of them."""
        paging = self.paging(call.operation)
        skip = paging.parameters if paging is not None else frozenset()
        for name, wanted in call.query.items():
            if name in skip or name not in record:
                continue
            value = record[name]
            if isinstance(wanted, list) and not isinstance(value, list):
                if value not in wanted:
                    return False
            elif isinstance(wanted, list) and isinstance(value, list):
                if wanted and not set(map(str, wanted)) & set(map(str, value)):
                    return False
            elif value != wanted:
                return False
        return True

    # -------------------------------------------------------------------------------------------------- seed
    def seed_from_examples(self) -> None:
        """Records the spec shows as examples of creates and lists exist from the start, completed with what their
        collection's schema requires; an example record that still does not fit its collection is left out."""
        spec = self.mock.spec
        for operation_id, binding in self.mock.bindings.items():
            if binding.action not in ("create", "list"):
                continue
            operation = spec.by_id[operation_id]
            _, media = self.mock.replies.media(operation, success_status(operation) or 200)
            for _, example in media_examples(spec, media):
                for record in _example_records(example, binding):
                    self._seed(binding.collection, record)

    def _seed(self, collection: Collection, record: Any) -> None:
        if not isinstance(record, Mapping) or record.get(collection.id_field) is None:
            return
        key = str(record[collection.id_field])
        if self.mock.store.get(collection.name, key) is not None:
            return
        completed = self.mock.complete(collection.schema, copy.deepcopy(dict(record)))
        if self.mock.schemas.is_valid(collection.schema, completed):
            self._store(collection, key, completed)


def _member(body: JSON, pointer: tuple[str, ...]) -> Any:
    """The value at `pointer` inside a request body (`("id",)`: the body's `id`), None where there is none."""
    for part in pointer:
        body = body.get(part) if isinstance(body, Mapping) else None
    return body


def _example_records(example: JSON, binding: Binding) -> list[Any]:
    inner = example.get(binding.member) if binding.member and isinstance(example, Mapping) else example
    if binding.lists:
        return list(inner) if isinstance(inner, list) else []
    return [inner]
