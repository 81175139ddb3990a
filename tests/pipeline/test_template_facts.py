"""spec_facts.jinja: which parameters the endpoint template treats specially, read from any spec."""

from __future__ import annotations

from typing import Any

from scripts.pipeline.generator_view import template_facts


def _query(name: str, schema: dict[str, Any], **encoding: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **encoding}


def test_comma_joined_lists_every_array_query_parameter_with_form_style_and_explode_false() -> None:
    strings = {"type": "array", "items": {"type": "string"}}
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {
            "parameters": {"Fields": _query("fields", {"$ref": "#/components/schemas/Names"}, explode=False)}
        },
        "paths": {
            "/things": {
                "parameters": [_query("shared", strings, explode=False)],
                "get": {
                    "operationId": "list_things",
                    "parameters": [
                        _query("include", strings, style="form", explode=False),
                        _query("tag", strings),  # explode defaults to true for form
                        _query("piped", strings, style="pipeDelimited", explode=False),
                        _query("one", {"type": "string"}, explode=False),
                        {"$ref": "#/components/parameters/Fields"},
                    ],
                },
            }
        },
    }
    document["components"]["schemas"] = {"Names": strings}
    facts = template_facts(document)
    assert "{% set comma_joined = ['list_things.fields', 'list_things.include', 'list_things.shared'] %}" in facts
    assert "{% set kept_slashes = [] %}" in facts
