"""Which operations create, read, change, delete or list which collection of records, inferred from the spec.

- Records are known by their identifier: `id`, `_id` or `uuid` (`/pet/{petId}` reads pets by `id`), else the
  field the item path names, as the spec names it (case, `_` and `-` aside): `GET /events/{event_id}` reads
  records by `eventId`. A `readOnly` usual one gives way to the item path's (`/users/{username}`: `username`).
- A POST to a collection path whose answer carries an identifier creates (see `looks_like_create`). So does one
  whose answer holds no record (`201` without a body) when its body names the identifier the item path below
  names (`POST /users` with `username`, beside `/users/{username}`): the record is what was sent.
- A GET whose answer is a list of records lists them: a bare array, the member `x-pagination` names, or the one
  array member of an envelope object (required, or in an `allOf` page: `allOf: [Page, {items: [Event]}]`). It
  lists the collection created on its path, or the one whose records have the same schema
  (`/data-stream/company/{company_id}` lists the data streams `/data-stream` creates).
- `<collection>/{id}` reads (GET), replaces (PUT), merges (PATCH, or a PUT whose body leaves out fields the
  record requires) or deletes (DELETE). So does an item path elsewhere whose answer is a record of a collection.
  An `<a>_or_<b>` item parameter (`{attribute_name_or_id}`) finds the record by either field.
- A record typed by a `oneOf` has the members every variant declares (an identifier among them).
  A PUT or PATCH of `<collection>/{id}/<member>` answering the record sets that member of it.
- A path parameter named like a record field scopes the records: a create stores it, a list keeps only records
  with that value. The item parameter names the identifier, or another field when it is named like one (`{sku}`).
- An answer may wrap the record (`{"record": {...}}`, its only member) or be a page of the collection.
- A JSON:API answer (`application/vnd.api+json`) holds its record(s) in `data`; a PUT or PATCH of a collection path
  whose JSON:API body names the record (`data.id`) changes that record (see `_jsonapi.py`). So does a PUT or PATCH
  of a collection path whose plain JSON body declares the identifier (`PUT /pet` with `{"id": 7, ...}`).
- OpenAPI links from a create's answer (`param: $response.body#/field`) name the identifier field and bind the
  linked operations to the same collection, whatever their paths look like.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._jsonapi import body_id, primary_member
from ._spec import JSON, Operation, Spec

ID_NAMES = ("id", "_id", "uuid")
_LINK_FIELD = re.compile(r"^\$response\.body#/([^/]+)$")
_ITEM_ACTIONS = {"get": "read", "put": "replace", "patch": "merge", "delete": "delete"}


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
    lookup_field: str | None = None  # the record field the id parameter holds (default: the identifier)
    member: str | None = None  # the answer's member holding the record(s); None: the answer is them
    lists: bool = False  # the answer is a list (or a page) of the collection, not one record
    scope: tuple[tuple[str, str], ...] = ()  # (path parameter, record field) pairs that select records
    section: str | None = None  # replace: the record member the body is (the body is that member's schema)
    alternatives: tuple[str, ...] = ()  # other fields an `x_or_y` id parameter may hold (`{attribute_name_or_id}`)
    body_id: tuple[str, ...] = ()  # where the request body names the record (JSON:API's `data.id`), if it does
    answers_record: bool = True  # False: a create answering no record (its documented answer is given instead)

    @property
    def key_field(self) -> str:
        return self.lookup_field or self.collection.id_field


@dataclass(frozen=True)
class Shape:
    """What a success answer holds: one record or a list of them, bare or under `member`."""

    lists: bool
    member: str | None
    record: JSON


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
    """The declared properties of an object schema, through `allOf`, and those every `oneOf` variant declares
    (worked out once per schema node: requests ask it again and again)."""
    if depth == 0 and schema:  # an empty `{}` may be a caller's default, made anew each time: not kept
        return dict(spec.derive("record_properties", schema, lambda: _record_properties(spec, schema, 0)))
    return _record_properties(spec, schema, depth)


def flagged_properties(spec: Spec, schema: JSON, keyword: str) -> frozenset[str]:
    """The properties of an object schema (through `allOf`) marked `keyword` (`readOnly`, `writeOnly`)."""
    if not schema:
        return frozenset()

    def flagged() -> frozenset[str]:
        properties = record_properties(spec, schema)
        return frozenset(name for name, part in properties.items() if is_flagged(spec, part, keyword))

    return spec.derive(f"flagged {keyword}", schema, flagged)


def _record_properties(spec: Spec, schema: JSON, depth: int) -> dict[str, JSON]:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 6:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf", []):
        found.update(record_properties(spec, part, depth + 1))
    variants = [record_properties(spec, variant, depth + 1) for variant in schema.get("oneOf", [])]
    if variants and all(variants):
        shared = set(variants[0]).intersection(*variants[1:])
        found.update({name: variants[0][name] for name in variants[0] if name in shared and name not in found})
    return found


def required_properties(spec: Spec, schema: JSON, depth: int = 0) -> set[str]:
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 6:
        return set()
    found = {str(name) for name in schema.get("required", [])}
    for part in schema.get("allOf", []):
        found |= required_properties(spec, part, depth + 1)
    return found


def answer_shape(spec: Spec, operation: Operation) -> Shape | None:
    schema = success_schema(spec, operation)
    if schema is None:
        return None
    primary = primary_member(spec, operation, schema)
    if primary is not None:
        lists = _is_array(spec, primary)
        return Shape(lists, "data", _items(spec, primary) if lists else primary)
    if _is_array(spec, schema):
        return Shape(True, None, _items(spec, schema))
    properties = record_properties(spec, schema)
    paging = operation.extensions.get("x-pagination")
    if isinstance(paging, Mapping) and paging.get("items") not in (None, "$"):
        member = str(paging["items"])
        if _is_array(spec, properties.get(member)):
            return Shape(True, member, _items(spec, properties[member]))
    if any(name in properties for name in ID_NAMES):
        return Shape(False, None, schema)  # a record (with an identifier of its own), not an envelope
    arrays = [name for name, value in properties.items() if _is_array(spec, value)]
    if len(arrays) == 1 and (
        arrays[0] in required_properties(spec, schema) or _lists_records(spec, schema, properties[arrays[0]])
    ):
        return Shape(True, arrays[0], _items(spec, properties[arrays[0]]))
    if len(properties) == 1:
        (name, value), *_ = properties.items()
        if name in required_properties(spec, schema) and record_properties(spec, value):
            return Shape(False, name, value)
    return Shape(False, None, schema)


def is_flagged(spec: Spec, schema: JSON, keyword: str, depth: int = 0) -> bool:
    """Whether a property's schema is marked `keyword` (`readOnly`, `writeOnly`): beside its `$ref`, in what it refers
    to, or in one of its `allOf` parts."""
    if isinstance(schema, Mapping) and schema.get(keyword) is True:
        return True
    resolved = spec.resolve(schema)
    if not isinstance(resolved, Mapping) or depth > 6:
        return False
    parts = resolved.get("allOf", [])
    return resolved.get(keyword) is True or any(is_flagged(spec, part, keyword, depth + 1) for part in parts)


def _lists_records(spec: Spec, schema: JSON, member: JSON) -> bool:
    """An `allOf` envelope (a page schema and `items`) lists its one array member's records, required or not."""
    resolved = spec.resolve(schema)
    return isinstance(resolved, Mapping) and "allOf" in resolved and bool(record_properties(spec, _items(spec, member)))


def _is_array(spec: Spec, schema: JSON) -> bool:
    schema = spec.resolve(schema)
    return isinstance(schema, Mapping) and (schema.get("type") == "array" or "items" in schema)


def _items(spec: Spec, schema: JSON) -> JSON:
    resolved = spec.resolve(schema)
    return resolved.get("items", {}) if isinstance(resolved, Mapping) else {}


def _ref(schema: JSON) -> str | None:
    return str(schema["$ref"]) if isinstance(schema, Mapping) and "$ref" in schema else None


def _segments(path: str) -> list[str]:
    return [part for part in path.strip("/").split("/") if part]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def item_parameter(spec: Spec, path: str) -> str | None:
    """The parameter of the item path right below `path` that is read (`event_id` of `GET /events/{event_id}` for
    `/events`)."""
    prefix = path.rstrip("/") + "/{"
    for other in spec.operations:
        rest = other.path[len(prefix) :] if other.path.startswith(prefix) else ""
        if other.method == "get" and rest.endswith("}") and "/" not in rest and "{" not in rest:
            return rest[:-1]
    return None


def _path_params(operation: Operation) -> list[str]:
    return [parameter.name for parameter in operation.parameters if parameter.location == "path"]


def _same_name(a: str, b: str) -> bool:
    return a.replace("_", "").replace("-", "").lower() == b.replace("_", "").replace("-", "").lower()


def _field_named(name: str, fields: Mapping[str, Any]) -> str | None:
    return next((field for field in fields if _same_name(field, name)), None)


def _alternatives(parameter: str, fields: Mapping[str, Any]) -> tuple[str, ...]:
    """The record fields an `<a>_or_<b>` parameter names, each by its name or its last word (`attribute_name`
    is the attribute's `name`)."""
    if "_or_" not in parameter:
        return ()
    found = []
    for part in parameter.split("_or_"):
        field = _field_named(part, fields) or _field_named(part.rsplit("_", 1)[-1], fields)
        if field is not None:
            found.append(field)
    return tuple(found)


def request_schema(operation: Operation) -> JSON | None:
    """The schema of the operation's (first) request body media type, if it has one."""
    content: Mapping[str, Any] = (operation.request_body or {}).get("content") or {}
    media: Mapping[str, Any] = next(iter(content.values()), {})
    return media.get("schema")


def looks_like_create(spec: Spec, operation: Operation, status: int | None) -> bool:
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
    request = request_schema(operation)
    answer = spec.resolve(success_schema(spec, operation))
    if isinstance(request, Mapping) and "$ref" in request and isinstance(answer, Mapping):
        return any(
            isinstance(part, Mapping) and part.get("$ref") == request["$ref"] for part in answer.get("allOf", [])
        )
    return False


class _Inference:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.bindings: dict[str, Binding] = {}
        self.by_path: dict[str, Collection] = {}
        self.by_schema: dict[str, Collection] = {}
        self.linked: list[tuple[str, str, Collection]] = []  # (operationId, parameter, collection)

    def run(self) -> dict[str, Binding]:
        for operation in self.spec.operations:
            if operation.method == "post":
                self._create(operation)
        for operation in self.spec.operations:
            if operation.method == "get":
                self._list(operation)
        for operation in self.spec.operations:
            if operation.operation_id not in self.bindings and operation.method in _ITEM_ACTIONS:
                self._item(operation)
        for operation in self.spec.operations:
            if operation.operation_id not in self.bindings and operation.method in ("put", "patch"):
                self._member_change(operation)
        for operation in self.spec.operations:
            if operation.operation_id not in self.bindings and operation.method in ("put", "patch"):
                self._document_change(operation)
        for operation in self.spec.operations:
            if operation.operation_id not in self.bindings and operation.method in ("put", "patch"):
                self._body_change(operation)
        self._links()
        return self.bindings

    def _register(self, path: str, collection: Collection) -> None:
        self.by_path.setdefault(path, collection)
        ref = _ref(collection.schema)
        if ref is not None:
            self.by_schema.setdefault(ref, collection)

    def _known(self, path: str, record: JSON) -> Collection | None:
        ref = _ref(record)
        return self.by_path.get(path) or (self.by_schema.get(ref) if ref is not None else None)

    def _scope(self, operation: Operation, collection: Collection, skip: str | None = None) -> tuple[Any, ...]:
        fields = record_properties(self.spec, collection.schema)
        pairs = []
        for name in _path_params(operation):
            field = _field_named(name, fields) if name != skip else None
            if field is not None:
                pairs.append((name, field))
        return tuple(pairs)

    def _create(self, operation: Operation) -> None:
        parts = _segments(operation.path)
        if not parts or _is_param(parts[-1]):
            return
        shape = answer_shape(self.spec, operation)
        id_field = None
        if shape is not None:
            status = success_status(operation)
            id_field = self._linked_id(operation, status, shape.record)
            if id_field is None:
                id_field = self._identifier(operation.path, record_properties(self.spec, shape.record))
                # An identifier alone does not make a POST a create (`/things/{id}/archive` answers the thing too).
                if id_field is not None and not looks_like_create(self.spec, operation, status):
                    id_field = None
        if shape is None or id_field is None:
            self._create_from_body(operation)
            return
        if shape.lists and shape.member is None:
            return
        collection = self._known(operation.path, shape.record) or Collection(operation.path, id_field, shape.record)
        self._register(operation.path, collection)
        scope = self._scope(operation, collection)
        self.bindings[operation.operation_id] = Binding(
            "create", collection, member=shape.member, lists=shape.lists, scope=scope
        )

    def _create_from_body(self, operation: Operation) -> None:
        """A POST answering no record creates when its body names the identifier of the item path below it
        (`POST /users` with `username`, `/users/{username}`): the record is the item's answer schema, else the body."""
        parameter = item_parameter(self.spec, operation.path)
        body = request_schema(operation)
        if parameter is None or body is None:
            return
        fields = record_properties(self.spec, body)
        id_field = _field_named(parameter, fields)
        if id_field is None or is_flagged(self.spec, fields[id_field], "readOnly"):
            return
        record = self._item_record(f"{operation.path.rstrip('/')}/{{{parameter}}}") or body
        collection = self._known(operation.path, record) or Collection(operation.path, id_field, record)
        self._register(operation.path, collection)
        scope = self._scope(operation, collection)
        self.bindings[operation.operation_id] = Binding("create", collection, scope=scope, answers_record=False)

    def _item_record(self, path: str) -> JSON | None:
        """The record schema the GET of an item path answers, if it answers one."""
        for other in self.spec.operations:
            if other.path == path and other.method == "get":
                shape = answer_shape(self.spec, other)
                if shape is not None and not shape.lists:
                    return shape.record
        return None

    def _identifier(self, path: str, properties: Mapping[str, Any]) -> str | None:
        """The field records at `path` are known by: a usual name (`id`, `_id`, `uuid`: `/pet/{petId}` reads pets by
        `id`), else the field the item path below names (`/events/{event_id}`: `eventId`). A usual one the server
        makes (`readOnly`) gives way to the item path's (`/users/{username}`: `username`, whatever `id` says)."""
        parameter = item_parameter(self.spec, path)
        named = _field_named(parameter, properties) if parameter is not None else None
        usual = next((name for name in ID_NAMES if name in properties), None)
        if usual is not None and (named is None or not is_flagged(self.spec, properties[usual], "readOnly")):
            return usual
        return named

    def _linked_id(self, operation: Operation, status: int | None, record: JSON) -> str | None:
        response = operation.response_for(status) if status is not None else None
        id_field = None
        for link in ((response or {}).get("links") or {}).values():
            link = self.spec.resolve(link)
            for parameter, expression in (link.get("parameters") or {}).items():
                matched = _LINK_FIELD.match(str(expression))
                if matched and "operationId" in link:
                    id_field = matched.group(1)
                    collection = Collection(operation.path, id_field, record)
                    self.linked.append((link["operationId"], parameter, collection))
        return id_field

    def _list(self, operation: Operation) -> None:
        shape = answer_shape(self.spec, operation)
        parts = _segments(operation.path)
        if shape is None or not shape.lists or not parts:
            return
        collection = self._known(operation.path, shape.record)
        if collection is None and not _is_param(parts[-1]):
            id_field = self._id_field(operation.path, shape.record)
            if id_field is None:
                return
            collection = Collection(operation.path, id_field, shape.record)
            self._register(operation.path, collection)
        if collection is None:
            return
        scope = self._scope(operation, collection)
        self.bindings[operation.operation_id] = Binding(
            "list", collection, member=shape.member, lists=True, scope=scope
        )

    def _id_field(self, path: str, record: JSON) -> str | None:
        """The identifier of records first seen in a list: a usual name or the field the item path names
        (`/jobs/{job_id}`), as `_identifier` chooses, else the record's one required `..._id` field."""
        found = self._identifier(path, record_properties(self.spec, record))
        if found is not None:
            return found
        ids = [name for name in required_properties(self.spec, record) if name.endswith("_id")]
        return ids[0] if len(ids) == 1 else None

    def _item(self, operation: Operation) -> None:
        parts = _segments(operation.path)
        if not parts or not _is_param(parts[-1]):
            return
        id_param = parts[-1][1:-1]
        shape = answer_shape(self.spec, operation)
        collection = self.by_path.get("/" + "/".join(parts[:-1]))
        if collection is None and shape is not None and not shape.lists:
            ref = _ref(shape.record)
            collection = self.by_schema.get(ref) if ref is not None else None
        if collection is None or (shape is not None and shape.lists):
            return
        fields = record_properties(self.spec, collection.schema)
        lookup = _field_named(id_param, fields)
        if lookup is None and not id_param.lower().endswith("id"):
            return
        action = _ITEM_ACTIONS[operation.method]
        section = None
        if action == "replace":
            action, section = self._change(operation, collection, lookup)
        member = shape.member if shape is not None else None
        self.bindings[operation.operation_id] = Binding(
            action,
            collection,
            id_param,
            lookup_field=lookup if lookup != collection.id_field else None,
            member=member,
            scope=self._scope(operation, collection, skip=id_param),
            section=section,
            alternatives=_alternatives(id_param, fields),
        )

    def _member_change(self, operation: Operation) -> None:
        """`PUT <item>/<member>` (`/datasets/{id}/retention-policy`) answering the record sets that member."""
        parent, _, last = operation.path.rstrip("/").rpartition("/")
        reads = [b for name, b in self.bindings.items() if b.action == "read" and self.spec.by_id[name].path == parent]
        shape = answer_shape(self.spec, operation)
        if not reads or _is_param(last) or shape is None or shape.lists:
            return
        read = reads[0]
        member = _field_named(last, record_properties(self.spec, read.collection.schema))
        if member is None or _ref(shape.record) != _ref(read.collection.schema):
            return
        self.bindings[operation.operation_id] = Binding(
            "replace",
            read.collection,
            read.id_param,
            lookup_field=read.lookup_field,
            member=shape.member,
            scope=read.scope,
            section=member,
        )

    def _document_change(self, operation: Operation) -> None:
        """A PUT or PATCH of a collection path whose body names the record inside it (JSON:API's `data.id`)."""
        collection = self.by_path.get(operation.path)
        pointer = body_id(self.spec, operation)
        if collection is None or not pointer:
            return
        action = "merge" if operation.method == "patch" else "replace"
        self.bindings[operation.operation_id] = Binding(action, collection, member="data", body_id=pointer)

    def _body_change(self, operation: Operation) -> None:
        """A PUT or PATCH of a collection path whose JSON body declares the record's identifier (`PUT /pet` with
        `{"id": 7, ...}`) changes the record the body names."""
        collection = self.by_path.get(operation.path)
        body = request_schema(operation)
        shape = answer_shape(self.spec, operation)
        if collection is None or body is None or (shape is not None and shape.lists):
            return
        declared = record_properties(self.spec, body).get(collection.id_field)
        if declared is None or is_flagged(self.spec, declared, "readOnly"):
            return
        action, section = ("merge", None) if operation.method == "patch" else self._change(operation, collection, None)
        if section is not None:
            return
        member = shape.member if shape is not None else None
        self.bindings[operation.operation_id] = Binding(
            action, collection, member=member, body_id=(collection.id_field,)
        )

    def _change(self, operation: Operation, collection: Collection, lookup: str | None) -> tuple[str, str | None]:
        """A PUT replaces the record, merges when its body leaves out fields the record requires, and replaces one
        member when its body is that member's schema."""
        body = request_schema(operation)
        ref = _ref(body)
        fields = record_properties(self.spec, collection.schema)
        for name, schema in fields.items():
            if ref is not None and _ref(schema) == ref and ref != _ref(collection.schema):
                return "replace", name
        needed = required_properties(self.spec, collection.schema) - {collection.id_field, lookup}
        given = required_properties(self.spec, body) if body is not None else set()
        return ("replace" if needed <= given else "merge"), None

    def _links(self) -> None:
        for operation_id, parameter, collection in self.linked:
            target = self.spec.by_id.get(operation_id)
            if target is None or operation_id in self.bindings or target.method not in _ITEM_ACTIONS:
                continue
            if _path_params(target) == [parameter]:
                self.bindings[operation_id] = Binding(_ITEM_ACTIONS[target.method], collection, parameter)


def infer_bindings(spec: Spec) -> dict[str, Binding]:
    return _Inference(spec).run()


def infer_parents(spec: Spec, bindings: Mapping[str, Binding]) -> dict[str, tuple[Operation, Binding]]:
    """For each operation below a record's path (`/datasets/{dataset_id}/sample`), the read operation of that
    record and its binding: what the path names exists only while the record does."""
    reads = [(spec.by_id[name], binding) for name, binding in bindings.items() if binding.action == "read"]
    parents: dict[str, tuple[Operation, Binding]] = {}
    for operation in spec.operations:
        enclosing = [(read, binding) for read, binding in reads if operation.path.startswith(read.path + "/")]
        if enclosing:
            parents[operation.operation_id] = max(enclosing, key=lambda pair: len(pair[0].path))
    return parents
