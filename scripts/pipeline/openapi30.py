"""OpenAPI 3.0's schema dialect read as JSON Schema 2020-12, for checking examples against their schemas.

3.0 schemas are an extended subset of JSON Schema draft 4 ("wright-00"): `nullable: true` beside `type` where 2020-12
lists `"null"` among the types, and boolean `exclusiveMinimum`/`exclusiveMaximum` qualifying `minimum`/`maximum`
where 2020-12 gives the bound itself. The rest reads the same.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any


def declares_openapi_30(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.0.")


def as_json_schema_dialect(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of a 3.0 document whose schemas say in 2020-12 terms what they say in 3.0 terms."""
    converted = copy.deepcopy(document)
    for node in _mappings(converted):
        if node.get("nullable") is True:
            del node["nullable"]
            _allow_null(node)
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if node.get(exclusive) is True and bound in node:
                node[exclusive] = node.pop(bound)
            elif node.get(exclusive) is False:
                del node[exclusive]
    return converted


def _allow_null(schema: dict[str, Any]) -> None:
    declared = schema.get("type")
    if isinstance(declared, str):
        schema["type"] = [declared, "null"]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    if "type" not in schema and "enum" not in schema:
        # `nullable` beside `$ref`/`allOf` only: the value may be null or what the rest says.
        rest = {key: schema.pop(key) for key in list(schema) if key not in ("description", "title", "example")}
        schema["anyOf"] = [{"type": "null"}, rest]


def _mappings(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in list(node.values()):
            yield from _mappings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _mappings(value)
