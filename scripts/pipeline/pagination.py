"""The `x-pagination` extension: its vocabulary, and the check that a spec uses it correctly.

An operation whose answer is one page of a longer list says how to walk the list:

    x-pagination:
      style: page | offset | cursor | body-cursor   # how the next page is asked for
      items: records                  # the member of the 2xx answer holding the records; `$`: the answer is the list
      page-parameter: page            # page: the query parameter naming the page
      first-page: 1                   # page: the first page's number (default 1)
      offset-parameter: offset        # offset: the query parameter counting records to skip
      cursor-parameter: from_id       # cursor: the query parameter taking the next cursor
      cursor-member: pagedExportState # body-cursor: the JSON request body member taking the next cursor
      size-parameter: per_page        # the query parameter setting the page size (page and offset: required)
      end: short-page | next-page-null | has-next-false | done-true   # how the last page shows
      fields:                         # members of the answer's envelope, by role (all optional but as noted)
        next-page: next_page          #   the next page's number, null on the last (end: next-page-null)
        prev-page: prev_page
        current-page: current_page
        total-records: total_records
        total-pages: total_pages
        has-next: has_next            #   false on the last page (end: has-next-false)
        next-cursor: next_snapshot    #   the value to pass as cursor-parameter or cursor-member (cursor styles)
        done: state.done              #   true on the last page (end: done-true)

A field may name a member inside a member with a dotted path (`pagedExportState.done`). With `body-cursor` the
cursor is a JSON value of any shape: the first request has no `cursor-member` in its body, and each next request
sends the body again with the previous answer's `next-cursor` value in it, unchanged (Celigo's virtual export
echoes its signed `pagedExportState` this way).

The client's paginator and apimock's pages both read it (the client through `_spec_meta.py`), so a mistake
here would break both quietly: `check_pagination` reports it at its line instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema

from .errors import SpecProblem
from .spec_source import SpecSource, iter_operations, operation_parameters, pointer_join, resolve_references

STYLES = ("page", "offset", "cursor", "body-cursor")
ENDS = ("short-page", "next-page-null", "has-next-false", "done-true")
FIELD_ROLES = (
    "next-page",
    "prev-page",
    "current-page",
    "total-records",
    "total-pages",
    "has-next",
    "next-cursor",
    "done",
)
_PARAMETER_KEYS = ("page-parameter", "offset-parameter", "cursor-parameter", "size-parameter")
_NAME = {"type": "string", "minLength": 1}


def _when(key: str, value: str, required: list[str], *, field: str | None = None) -> dict[str, Any]:
    """The rule "when `key` is `value`, these keys (and this member of `fields`) are required"."""
    then: dict[str, Any] = {"required": required}
    if field is not None:
        then = {"required": [*required, "fields"], "properties": {"fields": {"required": [field]}}}
    return {"if": {"properties": {key: {"const": value}}}, "then": then}


VOCABULARY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["style", "items", "end"],
    "properties": {
        "style": {"enum": list(STYLES)},
        "items": _NAME,
        "end": {"enum": list(ENDS)},
        "first-page": {"type": "integer", "minimum": 0},
        **dict.fromkeys(_PARAMETER_KEYS, _NAME),
        "cursor-member": _NAME,
        "fields": {
            "type": "object",
            "additionalProperties": False,
            "properties": dict.fromkeys(FIELD_ROLES, _NAME),
        },
    },
    "allOf": [
        _when("style", "page", ["page-parameter", "size-parameter"]),
        _when("style", "offset", ["offset-parameter", "size-parameter"]),
        _when("style", "cursor", ["cursor-parameter"], field="next-cursor"),
        _when("style", "body-cursor", ["cursor-member"], field="next-cursor"),
        _when("end", "short-page", ["size-parameter"]),
        _when("end", "next-page-null", [], field="next-page"),
        _when("end", "has-next-false", [], field="has-next"),
        _when("end", "done-true", [], field="done"),
    ],
}


def check_pagination(source: SpecSource) -> list[SpecProblem]:
    problems: list[SpecProblem] = []
    for path, method, pointer, operation in iter_operations(source.document):
        if "x-pagination" not in operation:
            continue
        label = f"{method.upper()} {path}"
        at = pointer_join(pointer, "x-pagination")
        settings = operation["x-pagination"]
        errors = sorted(jsonschema.Draft202012Validator(VOCABULARY).iter_errors(settings), key=lambda e: e.path)
        for error in errors:
            where = at
            for token in error.absolute_path:
                where = pointer_join(where, token)
            problems.append(source.problem(where, f"{label}: x-pagination {error.message}"))
        if errors:
            continue
        problems.extend(_check_names(source, path, at, label, operation))
    return problems


def _check_names(
    source: SpecSource, path: str, at: str, label: str, operation: dict[str, Any]
) -> Iterator[SpecProblem]:
    """Every named parameter is a query parameter of the operation; every named member is in its answer."""
    document = source.document
    settings = operation["x-pagination"]
    parameters = operation_parameters(document, path, operation)
    queries = {parameter["name"] for parameter in parameters if parameter.get("in") == "query"}
    for key in _PARAMETER_KEYS:
        if key in settings and settings[key] not in queries:
            yield source.problem(
                pointer_join(at, key), f"{label}: x-pagination {key} {settings[key]!r} is not a query parameter of it"
            )
    answer = _success_schema(document, operation)
    if answer is None:
        yield source.problem(at, f"{label}: x-pagination needs a 2xx JSON answer with a schema")
        return
    members = _members(document, answer)
    items = settings["items"]
    if items == "$":
        if not _is_array(document, answer):
            yield source.problem(
                pointer_join(at, "items"), f"{label}: x-pagination items '$' but the answer is no array"
            )
    elif not _is_array(document, members.get(items)):
        yield source.problem(
            pointer_join(at, "items"), f"{label}: x-pagination items {items!r} is not an array member of the answer"
        )
    for role, name in (settings.get("fields") or {}).items():
        if _member_at(document, answer, name) is None:
            yield source.problem(
                pointer_join(pointer_join(at, "fields"), role),
                f"{label}: x-pagination field {role} {name!r} is not a member of the answer",
            )
    if "cursor-member" in settings:
        body = _json_body_schema(document, operation)
        name = settings["cursor-member"]
        if body is None or name not in _members(document, body):
            yield source.problem(
                pointer_join(at, "cursor-member"),
                f"{label}: x-pagination cursor-member {name!r} is not a member of its JSON request body",
            )


def _success_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        for media_type, media in (resolve_references(document, response).get("content") or {}).items():
            if "json" in media_type and "schema" in media:
                return media["schema"]
    return None


def _json_body_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    body = resolve_references(document, operation.get("requestBody") or {})
    for media_type, media in (body.get("content") or {}).items():
        if "json" in media_type and "schema" in media:
            return media["schema"]
    return None


def _member_at(document: dict[str, Any], schema: Any, dotted: str) -> Any:
    """The schema of the member a dotted path (`state.done`) names, or None when there is none."""
    for name in dotted.split("."):
        schema = _members(document, schema).get(name)
        if schema is None:
            return None
    return schema


def _members(document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    schema = resolve_references(document, schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(_members(document, part, depth + 1))
    return found


def _is_array(document: dict[str, Any], schema: Any) -> bool:
    schema = resolve_references(document, schema)
    if not isinstance(schema, dict):
        return False
    declared = schema.get("type")
    return declared == "array" or (isinstance(declared, list) and "array" in declared) or "items" in schema
