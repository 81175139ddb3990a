"""JSON:API (`application/vnd.api+json`) as a spec shows it: which operations speak it, where a document holds its
resources and names the one it changes, and the `errors` envelope. `_documents.py` answers with it.

An operation speaks JSON:API when its request or answer has JSON:API's media type. Then:

- the records of its collection are resource objects (`id`, `type`, `attributes`, `relationships`), found in the
  document's `data` member (`primary_member`); a change names its resource by the `id` inside `data`
  (`body_id`: `PATCH /articles` with `{"data": {"type": ..., "id": 1, ...}}`);
- error answers are `{"errors": [{code, detail, meta}]}`, one error per problem, `code` taken from the spec's
  example for the status and `meta` naming the field (`pointer` into the body, or `parameter`, `header`).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from ._schemas import Problem
from ._spec import JSON, Operation, Spec

MEDIA_TYPE = "application/vnd.api+json"
PRIMARY = "data"
INCLUDE = "include"


def speaks_jsonapi(operation: Operation) -> bool:
    """Whether the operation's request or any of its answers is a JSON:API document."""
    contents = [(operation.request_body or {}).get("content") or {}]
    contents += [response.get("content") or {} for response in operation.responses.values()]
    return any(is_jsonapi(media_type) for content in contents for media_type in content)


def primary_member(spec: Spec, operation: Operation, schema: JSON) -> JSON | None:
    """The schema of a JSON:API answer's primary data (`data`), None when the answer is not a JSON:API document."""
    if not speaks_jsonapi(operation):
        return None
    resolved = spec.resolve(schema)
    properties = resolved.get("properties") if isinstance(resolved, Mapping) else None
    return properties.get(PRIMARY) if isinstance(properties, Mapping) else None


def body_id(spec: Spec, operation: Operation) -> tuple[str, ...]:
    """Where a JSON:API request names the resource it changes (`("data", "id")`), or () when it does not."""
    content: Mapping[str, Any] = (operation.request_body or {}).get("content") or {}
    for media_type, media in content.items():
        if not is_jsonapi(media_type):
            continue
        document = spec.resolve(media.get("schema", {}))
        data = spec.resolve((document.get("properties") or {}).get(PRIMARY, {}))
        if isinstance(data, Mapping) and "id" in (data.get("required") or []):
            return (PRIMARY, "id")
    return ()


def error_document(example: JSON, problems: Sequence[Problem], message: str | None) -> dict[str, Any] | None:
    """The `errors` envelope for these problems, in the shape of the spec's example; None if it is not one."""
    errors = example.get("errors") if isinstance(example, Mapping) else None
    if not (isinstance(errors, list) and errors and isinstance(errors[0], Mapping) and "code" in errors[0]):
        return None
    template = errors[0]
    if not problems:
        return {"errors": [{**copy.deepcopy(dict(template)), "detail": message or template.get("detail", "")}]}
    return {
        "errors": [
            {"code": template["code"], "detail": message or str(problem), **_meta(problem)} for problem in problems
        ]
    }


def _meta(problem: Problem) -> dict[str, dict[str, str]]:
    """`meta` naming the field at fault: a JSON pointer into the body, or the parameter or header."""
    if not problem.name:
        return {}
    if problem.location == "body":
        return {"meta": {"pointer": "/" + problem.name.replace(".", "/")}}
    if problem.location in ("path", "query"):
        return {"meta": {"parameter": problem.name.split(".")[0]}}
    return {"meta": {problem.location: problem.name}}


def is_jsonapi(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == MEDIA_TYPE
