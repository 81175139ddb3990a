"""Response bodies from the spec: its examples where it gives them, else generated from the schema (deterministic)."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ._spec import JSON, Spec

_FORMATS = {
    "email": "user@example.com",
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
}
_MAX_DEPTH = 8


def media_examples(spec: Spec, media: Mapping[str, JSON]) -> Iterator[tuple[str, JSON]]:
    """The examples of a media type object, named, in the order the spec gives them."""
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        resolved = spec.resolve(example)
        if isinstance(resolved, Mapping) and "value" in resolved:
            yield str(name), resolved["value"]


def first_example(spec: Spec, media: Mapping[str, JSON]) -> tuple[bool, JSON]:
    for _, value in media_examples(spec, media):
        return True, copy.deepcopy(value)
    schema = media.get("schema")
    if schema is not None:
        resolved = spec.resolve(schema)
        if isinstance(resolved, Mapping):
            for key in ("examples", "example"):
                if key in resolved:
                    value = resolved[key][0] if key == "examples" and isinstance(resolved[key], list) else resolved[key]
                    if key == "examples" and not isinstance(resolved[key], list):
                        continue
                    return True, copy.deepcopy(value)
    return False, None


class Generator:
    """Builds an instance of a schema: the same instance every time for the same schema."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def instance(self, schema: JSON, *, optional: bool = True) -> Any:
        return self._build(schema, 0, optional)

    def _build(self, schema: JSON, depth: int, optional: bool, required: frozenset[str] = frozenset()) -> Any:
        """`required`: names an enclosing `allOf` requires of this part (`required` beside `allOf` applies to the
        properties its parts declare)."""
        schema = self._spec.resolve(schema)
        if schema is True or schema is None or schema == {}:
            return "value"
        if not isinstance(schema, Mapping):
            return None
        for key in ("const", "default"):
            if key in schema:
                return copy.deepcopy(schema[key])
        if schema.get("enum"):
            return copy.deepcopy(schema["enum"][0])
        if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
            return copy.deepcopy(schema["examples"][0])
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if "allOf" in schema:
            merged: Any = None
            required = required | frozenset(schema.get("required", []))
            for part in schema["allOf"]:
                value = self._build(part, depth + 1, optional, required)
                merged = {**merged, **value} if isinstance(merged, dict) and isinstance(value, dict) else value
            own = {key: value for key, value in schema.items() if key != "allOf"}
            if own.get("properties") or own.get("type"):
                value = self._build(own, depth + 1, optional, required)
                if isinstance(merged, dict) and isinstance(value, dict):
                    merged = {**merged, **value}
            return merged
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self._build(schema[key][0], depth + 1, optional)
        declared = schema.get("type")
        types = declared if isinstance(declared, list) else [declared] if declared else []
        kind = next((t for t in types if t != "null"), None)
        if kind is None:
            kind = (
                "object" if "properties" in schema else "array" if "items" in schema else "null" if types else "string"
            )
        if kind == "object":
            result: dict[str, Any] = {}
            required = required | frozenset(schema.get("required", []))
            for name, subschema in (schema.get("properties") or {}).items():
                if name in required or (optional and depth < _MAX_DEPTH // 2):
                    resolved = self._spec.resolve(subschema)
                    if isinstance(resolved, Mapping) and resolved.get("writeOnly"):
                        continue
                    result[name] = self._build(subschema, depth + 1, optional)
            return result
        if kind == "array":
            count = int(schema.get("minItems", 1 if depth < _MAX_DEPTH else 0))
            return [self._build(schema.get("items", {}), depth + 1, optional) for _ in range(count)]
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return self._string(schema)

    @staticmethod
    def _number(schema: Mapping[str, JSON], kind: str) -> int | float:
        value: float = 0
        if "minimum" in schema:
            value = max(value, schema["minimum"]) if "maximum" not in schema else schema["minimum"]
        if "exclusiveMinimum" in schema and not isinstance(schema["exclusiveMinimum"], bool):
            value = schema["exclusiveMinimum"] + 1
        if "maximum" in schema and value > schema["maximum"]:
            value = schema["maximum"]
        multiple = schema.get("multipleOf")
        if multiple:
            value = (value // multiple + (1 if value % multiple else 0)) * multiple
        return int(value) if kind == "integer" else value

    @staticmethod
    def _string(schema: Mapping[str, JSON]) -> str:
        text = _FORMATS.get(str(schema.get("format", "")), "string")
        minimum = int(schema.get("minLength", 0))
        if len(text) < minimum:
            text = text + "x" * (minimum - len(text))
        maximum = schema.get("maxLength")
        if maximum is not None:
            text = text[: int(maximum)]
        return text
