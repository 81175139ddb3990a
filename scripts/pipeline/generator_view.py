"""The spec as openapi-python-client is given it: two rewrites for two things it cannot do, and one for its docs.

Everything else reaches the generator unchanged. Both rewrites keep the operation in the client, with a
type the generator handles, and are listed in ARCHITECTURE.md:

1. A query parameter declared with `content: application/json` (an object sent as JSON text) is silently
   dropped by the generator. It becomes a string parameter: the caller passes the JSON text.
2. A streamed response (an operation with `x-streaming`) cannot be streamed by the generated code, which
   buffers the body and would then try to parse the whole stream as one event. It becomes binary, so the
   generated call returns the raw buffered body; the runtime's stream reader serves live events.
3. A parameter's `description` is copied to its inline schema when that has none: the generator documents
   parameters (in docstrings) only from their schema.

And two facts its templates are given, in `spec_facts.jinja` beside overrides/templates: the path parameters
marked `x-keep-slashes` (a parameter spanning several path segments), which the overridden
endpoint_module.py.jinja quotes with `safe="/"` where the generator would encode every `/` as `%2F`; and the
array query parameters declared `style: form, explode: false`, which it sends as one comma-separated value
(`include=a,b`) where the generator would repeat the name (`include=a&include=b`).
"""

from __future__ import annotations

import copy
from typing import Any

from .client_surface import function_name
from .spec_source import HTTP_METHODS, iter_operations, operation_parameters, resolve_references

BUFFERED_STREAM = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    view = copy.deepcopy(document)
    for item in (view.get("paths") or {}).values():
        _rewrite_parameters(item.get("parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            _rewrite_parameters(operation.get("parameters"))
            if "x-streaming" in operation:
                _buffer_streamed_responses(operation)
    _rewrite_parameters(list(((view.get("components") or {}).get("parameters") or {}).values()))
    return view


def template_facts(document: dict[str, Any]) -> str:
    """spec_facts.jinja: `kept_slashes`, the `<operation>.<parameter>` (the generator's operation name) of every
    `x-keep-slashes` path parameter, and `comma_joined`, those of every array query parameter with `style: form,
    explode: false`."""
    parameters = [
        (function_name(operation["operationId"]), parameter)
        for path, _, _, operation in iter_operations(document)
        for parameter in operation_parameters(document, path, operation)
    ]
    kept = sorted(
        f"{operation_id}.{parameter['name']}"
        for operation_id, parameter in parameters
        if parameter.get("in") == "path" and parameter.get("x-keep-slashes") is True
    )
    joined = sorted(
        f"{operation_id}.{parameter['name']}"
        for operation_id, parameter in parameters
        if _is_comma_joined(document, parameter)
    )
    return (
        "{#- Written by the pipeline from the spec (generator_view.py). -#}\n"
        + f"{{% set kept_slashes = {kept!r} %}}\n"
        + f"{{% set comma_joined = {joined!r} %}}\n"
    )


def _is_comma_joined(document: dict[str, Any], parameter: dict[str, Any]) -> bool:
    """An array query parameter sent as one comma-separated value (`style: form` is the query default)."""
    if parameter.get("in") != "query" or parameter.get("style", "form") != "form":
        return False
    if parameter.get("explode", True) is not False:
        return False
    schema = resolve_references(document, parameter.get("schema") or {})
    return isinstance(schema, dict) and schema.get("type") == "array"


def _rewrite_parameters(parameters: list[Any] | None) -> None:
    for parameter in parameters or []:
        _describe_schema(parameter)
        if not isinstance(parameter, dict) or "content" not in parameter or parameter.get("in") != "query":
            continue
        media_types = list(parameter["content"])
        if not any(_is_json(media_type) for media_type in media_types):
            continue
        del parameter["content"]
        parameter["schema"] = {"type": "string"}
        described = parameter.get("description", "").rstrip()
        parameter["description"] = f"{described} Pass it as JSON text, e.g. `json.dumps(value)`.".lstrip()


def _describe_schema(parameter: Any) -> None:
    """The generator documents a parameter by its schema's description only: give it the parameter's own."""
    if not isinstance(parameter, dict) or not isinstance(parameter.get("schema"), dict):
        return
    schema = parameter["schema"]
    if "description" in parameter and "$ref" not in schema and "description" not in schema:
        schema["description"] = parameter["description"]


def _buffer_streamed_responses(operation: dict[str, Any]) -> None:
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict) and "content" in response:
            response["content"] = copy.deepcopy(BUFFERED_STREAM)


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")
