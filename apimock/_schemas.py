"""JSON Schema validators for the spec's schemas: compiled once each with jsonschema-rs, errors told without values.

The document's `components` are one resource of a registry shared by every validator (`urn:apimock:spec`); a
schema's `#/components/...` references are made absolute to it, so that each validator compiles only what its schema
reaches, not the whole document again (which held about 1.7 MiB per validator for Narrative). OpenAPI 3.0's
`nullable` is rewritten into 3.1 (JSON Schema) form.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from ._spec import JSON, Spec

_DOCUMENT_URI = "urn:apimock:spec"
_SECRET_WORDS = ("password", "secret", "token", "credential", "apikey", "api_key")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request: where, which field, and what (never the value itself)."""

    location: str  # path, query, header, body, auth
    name: str
    problem: str
    malformed: bool = False  # the value could not even be read (as opposed to read but invalid)

    def as_dict(self) -> dict[str, str]:
        return {"in": self.location, "name": self.name, "problem": self.problem}

    def __str__(self) -> str:
        where = f"{self.location} '{self.name}'" if self.name else self.location
        return f"{where}: {self.problem}"


class Schemas:
    """Compiled validators for one spec, keyed by the identity of the schema node."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._legacy = spec.version.startswith("3.0")
        components = _to_json_schema(spec.document.get("components") or {}, legacy=self._legacy)
        self._registry = jsonschema_rs.Registry(
            [(_DOCUMENT_URI, {"components": components})], draft=jsonschema_rs.Draft202012
        )
        self._validators: dict[int, tuple[JSON, jsonschema_rs.Validator]] = {}

    def validator(self, schema: JSON) -> jsonschema_rs.Validator:
        key = id(schema)
        cached = self._validators.get(key)
        if cached is not None:
            return cached[1]
        body = _to_json_schema(schema, legacy=self._legacy, base=_DOCUMENT_URI)
        wrapper: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
        wrapper["allOf"] = [body if isinstance(body, (Mapping, bool)) else {}]
        compiled = jsonschema_rs.validator_for(wrapper, validate_formats=True, registry=self._registry)
        # The schema node is kept alive with its validator so that its id() cannot be reused.
        self._validators[key] = (schema, compiled)
        return compiled

    def is_valid(self, schema: JSON, instance: JSON) -> bool:
        return bool(self.validator(schema).is_valid(instance))

    def problems(self, schema: JSON, instance: JSON, *, location: str, name: str = "") -> list[Problem]:
        found = []
        for error in self.validator(schema).iter_errors(instance):
            field = _field_name(name, _path(error))
            found.append(Problem(location, field, _describe(error)))
            if len(found) >= 5:
                break
        return found

    def first_error(self, schema: JSON, instance: JSON) -> str | None:
        for error in self.validator(schema).iter_errors(instance):
            path = "/".join(str(part) for part in _path(error)) or "(root)"
            return f"at {path}: {_describe(error)}"
        return None


def _path(error: jsonschema_rs.ValidationError) -> list[Any]:
    """Where the error is; for a missing property, the property itself."""
    path = list(error.instance_path)
    if type(error.kind).__name__ == "Required":
        path.append(error.kind.as_dict().get("property", ""))
    return path


def _field_name(name: str, instance_path: list[Any]) -> str:
    parts = [name] if name else []
    parts.extend(str(part) for part in instance_path)
    return ".".join(parts)


def _describe(error: jsonschema_rs.ValidationError) -> str:
    """A description of a validation error that never repeats the offending value (it may be a secret)."""
    kind = error.kind
    name = type(kind).__name__
    details: dict[str, Any] = dict(kind.as_dict()) if hasattr(kind, "as_dict") else {}
    simple: dict[str, Callable[[], str]] = {
        "Required": lambda: "is required",
        "Type": lambda: f"must be of type {' or '.join(map(str, details.get('types', [])))}",
        "Enum": lambda: f"must be one of {details.get('options')}",
        "Constant": lambda: f"must be {details.get('expected_value')}",
        "Format": lambda: f"must be a valid {details.get('format')}",
        "MinLength": lambda: f"must have at least {details.get('limit')} character(s)",
        "MaxLength": lambda: f"must have at most {details.get('limit')} character(s)",
        "Minimum": lambda: f"must be at least {details.get('limit')}",
        "Maximum": lambda: f"must be at most {details.get('limit')}",
        "ExclusiveMinimum": lambda: f"must be greater than {details.get('limit')}",
        "ExclusiveMaximum": lambda: f"must be less than {details.get('limit')}",
        "MinItems": lambda: f"must have at least {details.get('limit')} item(s)",
        "MaxItems": lambda: f"must have at most {details.get('limit')} item(s)",
        "Pattern": lambda: f"must match the pattern {details.get('pattern')}",
        "AdditionalProperties": lambda: f"has properties the schema does not allow: {details.get('unexpected')}",
        "OneOfNotValid": lambda: "matches none of the allowed shapes",
        "AnyOf": lambda: "matches none of the allowed shapes",
        "OneOfMultipleValid": lambda: "matches more than one of the allowed shapes",
        "UniqueItems": lambda: "must not repeat items",
        "MultipleOf": lambda: f"must be a multiple of {details.get('multiple_of')}",
    }
    describe = simple.get(name)
    if describe is not None:
        return describe()
    return f"does not satisfy the schema's '{name}' rule"


def is_secret_name(name: str) -> bool:
    lowered = name.lower().replace("-", "_")
    return any(word in lowered for word in _SECRET_WORDS)


_INTEGER_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _to_json_schema(node: JSON, *, legacy: bool, base: str = "") -> JSON:
    """A copy of an OpenAPI schema as JSON Schema 2020-12 will read it: `int32`/`int64` as bounds (JSON Schema
    leaves formats of numbers unchecked) and, for OpenAPI 3.0 (`legacy`), `nullable` and boolean exclusive bounds;
    with a `base`, references within the document (`#/...`) made absolute to it.
    """
    node = copy.deepcopy(node)

    def walk(item: JSON) -> Iterator[dict[str, Any]]:
        if isinstance(item, dict):
            yield item
            for value in item.values():
                yield from walk(value)
        elif isinstance(item, list):
            for value in item:
                yield from walk(value)

    for schema in walk(node):
        reference = schema.get("$ref")
        if base and isinstance(reference, str) and reference.startswith("#"):
            schema["$ref"] = base + reference
        bounds = _INTEGER_BOUNDS.get(str(schema.get("format")))
        if bounds is not None and "integer" in str(schema.get("type", "")):
            schema.setdefault("minimum", bounds[0])
            schema.setdefault("maximum", bounds[1])
        if not legacy:
            continue
        if schema.pop("nullable", False) is True and "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            schema["type"] = [*types, "null"]
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if schema.get(exclusive) is True and bound in schema:
                schema[exclusive] = schema.pop(bound)
            elif schema.get(exclusive) is False:
                del schema[exclusive]
    return node
