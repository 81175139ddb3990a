"""The mock's memory: collections of records, and which operations create, read, change or list them.

Bindings are inferred from the spec: a POST to a collection path whose answer carries an identifier creates;
`<collection>/{id}` reads (GET), replaces (PUT), merges (PATCH) or deletes (DELETE); a GET on the collection
that answers an array lists. OpenAPI links from a create's answer (`param: $response.body#/field`) name the
identifier field and bind the linked operations to the same collection, whatever their paths look like.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._spec import JSON, Operation, Spec

_ID_NAMES = ("id", "_id", "uuid")
_LINK_FIELD = re.compile(r"^\$response\.body#/([^/]+)$")


class Store:
    """Records by collection and identifier, in insertion order; identifiers drawn from a seeded generator.

    The store owns what is `put` in it (pass a fresh record, not one you keep changing), and what `get` and
    `values` return is the stored record itself, for speed: read it, answer it, and change a record only by
    `put`ting a new one.
    """

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(f"store-{seed}")
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._ticks = 0
        self._serial = 1000

    def new_id(self, length: int = 24) -> str:
        """A new hexadecimal identifier (24 digits: the shape of a MongoDB ObjectId)."""
        return f"{self._random.getrandbits(length * 4):0{length}x}"

    def new_key(self, schema: JSON, spec: Spec) -> str | int:
        """A new identifier of the kind `schema` describes: an integer, a UUID, or hexadecimal text."""
        resolved = spec.resolve(schema) if schema is not None else {}
        declared = resolved.get("type") if isinstance(resolved, Mapping) else None
        if declared == "integer" or (isinstance(declared, list) and "integer" in declared):
            self._serial += 1
            return self._serial
        if isinstance(resolved, Mapping) and resolved.get("format") == "uuid":
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        return self.new_id()

    def timestamp(self) -> str:
        """A deterministic, increasing timestamp (one second per call from 2025-01-01)."""
        self._ticks += 1
        minutes, seconds = divmod(self._ticks, 60)
        hours, minutes = divmod(minutes, 60)
        days, hours = divmod(hours, 24)
        return f"2025-01-{1 + days % 28:02d}T{hours:02d}:{minutes:02d}:{seconds:02d}Z"

    def collection(self, name: str) -> dict[str, dict[str, Any]]:
        return self._collections.setdefault(name, {})

    def put(self, name: str, key: str, record: Mapping[str, Any]) -> dict[str, Any]:
        stored = dict(record)
        self.collection(name)[key] = stored
        return stored

    def get(self, name: str, key: str) -> dict[str, Any] | None:
        return self.collection(name).get(key)

    def delete(self, name: str, key: str) -> bool:
        return self.collection(name).pop(key, None) is not None

    def values(self, name: str) -> Iterator[dict[str, Any]]:
        yield from self.collection(name).values()

    def size(self) -> int:
        return sum(len(records) for records in self._collections.values())


@dataclass(frozen=True)
class Collection:
    name: str
    id_field: str
    schema: JSON  # the record's schema, as the create or read answer gives it


@dataclass(frozen=True)
class Binding:
    action: str  # create, read, replace, merge, delete, list
    collection: Collection
    id_param: str | None = None


def success_status(operation: Operation, preferred: tuple[int, ...] = (200, 201, 202, 204)) -> int | None:
    documented = sorted(int(code) for code in operation.responses if code.isdigit() and code.startswith("2"))
    for status in preferred:
        if status in documented:
            return status
    return documented[0] if documented else None


def success_schema(spec: Spec, operation: Operation) -> JSON | None:
    status = success_status(operation)
    response = operation.response_for(status) if status is not None else None
    for media_type, media in ((response or {}).get("content") or {}).items():
        if "json" in media_type:
            return media.get("schema")
    return None


def record_properties(spec: Spec, schema: JSON, depth: int = 0) -> dict[str, JSON]:
    """The declared properties of an object schema, through `allOf`."""
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 6:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf", []):
        found.update(record_properties(spec, part, depth + 1))
    return found


def _is_array(spec: Spec, schema: JSON) -> bool:
    schema = spec.resolve(schema)
    return isinstance(schema, Mapping) and (schema.get("type") == "array" or "items" in schema)


def _segments(path: str) -> list[str]:
    return [part for part in path.strip("/").split("/") if part]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _looks_like_create(spec: Spec, operation: Operation, status: int | None) -> bool:
    """A POST creates when it answers 201, when its path has items (`<path>/{id}`) or a list (GET), or when its
    answer is its request plus server fields (`allOf` naming the request body's schema)."""
    if status == 201:
        return True
    prefix = operation.path.rstrip("/") + "/{"
    for other in spec.operations:
        if other.path == operation.path and other.method == "get":
            return True
        if other.path.startswith(prefix) and "/" not in other.path[len(prefix) :].split("}", 1)[1]:
            return True
    content: Mapping[str, Any] = (operation.request_body or {}).get("content") or {}
    media: Mapping[str, Any] = next(iter(content.values()), {})
    request = media.get("schema")
    answer = spec.resolve(success_schema(spec, operation))
    if isinstance(request, Mapping) and "$ref" in request and isinstance(answer, Mapping):
        return any(
            isinstance(part, Mapping) and part.get("$ref") == request["$ref"] for part in answer.get("allOf", [])
        )
    return False


def infer_bindings(spec: Spec) -> dict[str, Binding]:
    bindings: dict[str, Binding] = {}
    collections: dict[str, Collection] = {}
    linked: list[tuple[str, str, Collection]] = []  # (operationId, parameter, collection)

    for operation in spec.operations:
        parts = _segments(operation.path)
        if operation.method != "post" or not parts or _is_param(parts[-1]):
            continue
        schema = success_schema(spec, operation)
        if schema is None or _is_array(spec, schema):
            continue
        id_field = None
        status = success_status(operation)
        response = operation.response_for(status) if status is not None else None
        for link in ((response or {}).get("links") or {}).values():
            link = spec.resolve(link)
            for parameter, expression in (link.get("parameters") or {}).items():
                matched = _LINK_FIELD.match(str(expression))
                if matched and "operationId" in link:
                    id_field = matched.group(1)
                    linked.append((link["operationId"], parameter, Collection(operation.path, id_field, schema)))
        properties = record_properties(spec, schema)
        if id_field is None:
            id_field = next((name for name in _ID_NAMES if name in properties), None)
            # An identifier alone does not make a POST a create (`/things/{id}/archive` answers the thing too).
            if id_field is not None and not _looks_like_create(spec, operation, status):
                id_field = None
        if id_field is None:
            continue
        collection = Collection(operation.path, id_field, schema)
        collections[operation.path] = collection
        bindings[operation.operation_id] = Binding("create", collection)

    for operation in spec.operations:
        parts = _segments(operation.path)
        if operation.method == "get" and parts and not _is_param(parts[-1]):
            schema = success_schema(spec, operation)
            if schema is not None and _is_array(spec, schema):
                listed = collections.get(operation.path)
                if listed is None:
                    items = spec.resolve(schema).get("items", {})
                    id_field = next((name for name in _ID_NAMES if name in record_properties(spec, items)), None)
                    if id_field is None:
                        continue
                    listed = Collection(operation.path, id_field, items)
                    collections[operation.path] = listed
                bindings[operation.operation_id] = Binding("list", listed)

    actions = {"get": "read", "put": "replace", "patch": "merge", "delete": "delete"}
    for operation in spec.operations:
        parts = _segments(operation.path)
        if operation.operation_id in bindings or operation.method not in actions or not parts:
            continue
        if _is_param(parts[-1]):
            parent = "/" + "/".join(parts[:-1])
            parent_collection = collections.get(parent)
            if parent_collection is not None and sum(map(_is_param, parts)) == 1:
                action = actions[operation.method]
                bindings[operation.operation_id] = Binding(action, parent_collection, parts[-1][1:-1])

    for operation_id, parameter, link_collection in linked:
        target = spec.by_id.get(operation_id)
        if target is None or operation_id in bindings or target.method not in actions:
            continue
        path_params = [p.name for p in target.parameters if p.location == "path"]
        if path_params == [parameter]:
            bindings[operation_id] = Binding(actions[target.method], link_collection, parameter)
    return bindings
