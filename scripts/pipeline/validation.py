"""Checking a spec before anything is generated from it.

Five checks, each reporting `file:line: problem`:
- every `$ref` points inside the spec at something that exists (openapi-spec-validator cannot run otherwise);
- the document is valid OpenAPI (openapi-spec-validator);
- every example matches the schema it illustrates (jsonschema, Draft 2020-12, formats checked);
- every link names an operation that exists, and only parameters that operation has;
- every `x-pagination` uses the vocabulary of pagination.py and names what the operation has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import referencing
from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError
from referencing.jsonschema import DRAFT202012

from .client_surface import check_client_surface
from .errors import SpecProblem
from .openapi30 import as_json_schema_dialect, declares_openapi_30
from .pagination import check_pagination
from .spec_source import SpecSource, iter_operations, operation_parameters, pointer_join, resolve_pointer

SPEC_URI = "urn:apispec"

# Keys whose values are data (examples, literals), free-form (extensions), or not walked for `$ref`s.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})

# Keys under which a schema object holds subschemas, and whether the value is one schema, a list or a map.
_SUBSCHEMA_ONE = ("items", "not", "additionalProperties", "if", "then", "else", "contains", "contentSchema")
_SUBSCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")


def validate_spec(source: SpecSource) -> list[SpecProblem]:
    """The problems found in the spec, in file order; an empty list when it is fit to generate from."""
    # Each stage needs the previous one to pass: the validator cannot follow a broken `$ref`, and examples
    # cannot be checked against a schema that is not valid.
    for stage in (check_references, check_structure):
        problems = stage(source)
        if problems:
            return sorted(problems, key=lambda problem: problem.line)
    problems = check_examples(source) + check_links(source) + check_pagination(source) + check_client_surface(source)
    return sorted(problems, key=lambda problem: problem.line)


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _DATA_KEYS or key.startswith("x-"):
                continue
            yield from _walk(value, pointer_join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, pointer_join(pointer, index))


def check_references(source: SpecSource) -> list[SpecProblem]:
    problems = []
    for pointer, node in _walk(source.document, ""):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        reference = node["$ref"]
        where = pointer_join(pointer, "$ref")
        if not isinstance(reference, str):
            problems.append(source.problem(where, f"$ref must be a string, not {reference!r}"))
        elif not reference.startswith("#"):
            problems.append(
                source.problem(where, f"$ref {reference!r} points outside the spec; keep each spec self-contained")
            )
        else:
            try:
                resolve_pointer(source.document, reference[1:])
            except LookupError:
                problems.append(source.problem(where, f"unresolved $ref {reference!r}: nothing is defined there"))
    return problems


_OPERATION_IN_MESSAGE = re.compile(r"for '(?P<method>[a-z]+)'(?: operation)? in '(?P<path>[^']+)'")


_VALIDATORS = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}
_VERSION = re.compile(r"^(?P<minor>3\.[01])\.\d+(-.+)?$")


def check_structure(source: SpecSource) -> list[SpecProblem]:
    """Valid OpenAPI of the version the document declares (3.0.x or 3.1.x)."""
    declared = source.document.get("openapi")
    version = _VERSION.match(declared) if isinstance(declared, str) else None
    if version is None:
        given = "no `openapi` version" if declared is None else f"`openapi: {declared}`"
        if isinstance(source.document.get("swagger"), str):
            given = f"Swagger {source.document['swagger']} (OpenAPI 2)"
        return [source.problem("/openapi", f"{given}: the pipeline takes OpenAPI 3.0.x or 3.1.x documents")]
    if not source.document.get("paths") and source.document.get("webhooks"):
        return [
            source.problem(
                "/webhooks",
                "the document describes only webhooks (calls the vendor makes to you) and no paths: there is no "
                "client to generate nor API to mock",
            )
        ]
    validator = _VALIDATORS[version["minor"]](source.document)
    return [_locate_structure_error(source, error) for error in validator.iter_errors()]


def _locate_structure_error(source: SpecSource, error: ValidationError) -> SpecProblem:
    message = str(error.message)
    operation = _OPERATION_IN_MESSAGE.search(message)
    if operation:
        pointer = pointer_join(pointer_join("/paths", operation["path"]), operation["method"])
        if isinstance(error, DuplicateOperationIDError):
            pointer = pointer_join(pointer, "operationId")
        return source.problem(pointer, message)
    path = [str(part) for part in error.absolute_path]
    direct = "".join(pointer_join("", part) for part in path)
    try:
        if resolve_pointer(source.document, direct) == error.instance:
            return source.problem(direct, message)
    except LookupError:
        pass
    # Errors inside a schema object carry a path relative to that schema: find where that value sits.
    suffix = direct
    for pointer, value in _walk_all(source.document, ""):
        if pointer.endswith(suffix) and value == error.instance and pointer in source.lines:
            return source.problem(pointer, message)
    return SpecProblem(source.path, 0, message)


def _walk_all(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_all(value, pointer_join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_all(value, pointer_join(pointer, index))


def _registry(source: SpecSource) -> referencing.Registry[Any]:
    document = as_json_schema_dialect(source.document) if declares_openapi_30(source.document) else source.document
    resource: referencing.Resource[Any] = referencing.Resource.from_contents(
        document, default_specification=DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    return registry


def check_examples(source: SpecSource) -> list[SpecProblem]:
    registry = _registry(source)
    problems = []
    for example in iter_examples(source.document):
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{example.schema_pointer}"},
            registry=registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        error = best_match(validator.iter_errors(example.value))  # type: ignore[no-untyped-call]
        if error is not None:
            at = "".join(pointer_join("", part) for part in error.absolute_path)
            problems.append(
                source.problem(
                    example.pointer + at,
                    f"{example.label} does not match its schema: {error.message} (at {at or '/'})",
                )
            )
    return problems


class Example:
    """An example value found in the spec, and the schema it must satisfy."""

    def __init__(self, pointer: str, schema_pointer: str, value: Any, label: str) -> None:
        self.pointer = pointer
        self.schema_pointer = schema_pointer
        self.value = value
        self.label = label


def iter_examples(document: dict[str, Any]) -> Iterator[Example]:
    """Examples of media types, parameters and headers, and the `examples` lists of schemas."""
    for holder_pointer, holder, where in _example_holders(document):
        schema_pointer = pointer_join(holder_pointer, "schema")
        if "schema" not in holder:
            continue
        if "example" in holder:
            yield Example(
                pointer_join(holder_pointer, "example"), schema_pointer, holder["example"], f"example of {where}"
            )
        for name, entry in (holder.get("examples") or {}).items():
            entry_pointer = pointer_join(pointer_join(holder_pointer, "examples"), name)
            if isinstance(entry, dict) and "$ref" in entry:
                entry = resolve_pointer(document, entry["$ref"][1:])
            if isinstance(entry, dict) and "value" in entry:
                yield Example(
                    pointer_join(entry_pointer, "value"), schema_pointer, entry["value"], f"example {name!r} of {where}"
                )
    for schema_pointer, schema in _schemas(document):
        for index, value in enumerate(schema.get("examples") or []) if isinstance(schema.get("examples"), list) else ():
            yield Example(
                pointer_join(pointer_join(schema_pointer, "examples"), index),
                schema_pointer,
                value,
                f"example {index} of schema {schema_pointer}",
            )


def _example_holders(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(pointer, object, description) of every parameter, header and media type object."""

    def in_parameters(pointer: str, parameters: Any, where: str) -> Iterator[tuple[str, dict[str, Any], str]]:
        keyed = parameters.items() if isinstance(parameters, dict) else enumerate(parameters or [])
        for key, parameter in keyed:
            if isinstance(parameter, dict) and "$ref" not in parameter:
                at = pointer_join(pointer, key)
                label = f"parameter {parameter.get('name')!r} of {where}"
                yield at, parameter, label
                yield from in_content(pointer_join(at, "content"), parameter.get("content"), label)

    def in_content(pointer: str, content: Any, where: str) -> Iterator[tuple[str, dict[str, Any], str]]:
        for media_type, media in (content or {}).items():
            if isinstance(media, dict):
                yield pointer_join(pointer, media_type), media, f"{where} ({media_type})"

    def in_response(pointer: str, response: Any, where: str) -> Iterator[tuple[str, dict[str, Any], str]]:
        if not isinstance(response, dict) or "$ref" in response:
            return
        yield from in_content(pointer_join(pointer, "content"), response.get("content"), where)
        for name, header in (response.get("headers") or {}).items():
            if isinstance(header, dict) and "$ref" not in header:
                yield pointer_join(pointer_join(pointer, "headers"), name), header, f"header {name!r} of {where}"

    for path, item in (document.get("paths") or {}).items():
        item_pointer = pointer_join("/paths", path)
        if isinstance(item, dict):
            yield from in_parameters(pointer_join(item_pointer, "parameters"), item.get("parameters"), path)
    for path, method, pointer, operation in iter_operations(document):
        where = f"{method.upper()} {path}"
        yield from in_parameters(pointer_join(pointer, "parameters"), operation.get("parameters"), where)
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield from in_content(
                pointer_join(pointer_join(pointer, "requestBody"), "content"),
                body.get("content"),
                f"{where} request body",
            )
        for status, response in (operation.get("responses") or {}).items():
            at = pointer_join(pointer_join(pointer, "responses"), status)
            yield from in_response(at, response, f"{where} response {status}")
    components = document.get("components") or {}
    yield from in_parameters("/components/parameters", components.get("parameters"), "components")
    for name, response in (components.get("responses") or {}).items():
        yield from in_response(pointer_join("/components/responses", name), response, f"response {name!r}")
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            at = pointer_join(pointer_join("/components/requestBodies", name), "content")
            yield from in_content(at, body.get("content"), f"request body {name!r}")
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict):
            yield pointer_join("/components/headers", name), header, f"header {name!r}"


def _schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object defined in `components/schemas`, with its subschemas."""

    def walk(pointer: str, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        if not isinstance(schema, dict):
            return
        yield pointer, schema
        for key in _SUBSCHEMA_ONE:
            if key in schema:
                yield from walk(pointer_join(pointer, key), schema[key])
        for key in _SUBSCHEMA_LIST:
            for index, sub in enumerate(schema.get(key) or []):
                yield from walk(pointer_join(pointer_join(pointer, key), index), sub)
        for key in _SUBSCHEMA_MAP:
            for name, sub in (schema.get(key) or {}).items():
                yield from walk(pointer_join(pointer_join(pointer, key), name), sub)

    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        yield from walk(pointer_join("/components/schemas", name), schema)


def check_links(source: SpecSource) -> list[SpecProblem]:
    document = source.document
    operations = {op.get("operationId"): (path, method, op) for path, method, _, op in iter_operations(document)}
    problems = []
    for pointer, node in _walk_all(document, ""):
        if not (pointer.endswith("/links") and isinstance(node, dict)):
            continue
        for name, link in node.items():
            link_pointer = pointer_join(pointer, name)
            if not isinstance(link, dict) or "operationId" not in link:
                continue
            target = operations.get(link["operationId"])
            if target is None:
                problems.append(
                    source.problem(
                        pointer_join(link_pointer, "operationId"),
                        f"link {name!r} names operation {link['operationId']!r}, which the spec does not define",
                    )
                )
                continue
            accepted = _parameter_names(document, *target)
            for parameter in link.get("parameters") or {}:
                bare = parameter.split(".", 1)[-1]
                if bare not in accepted:
                    problems.append(
                        source.problem(
                            pointer_join(pointer_join(link_pointer, "parameters"), parameter),
                            f"link {name!r} sets parameter {parameter!r}, which operation "
                            f"{link['operationId']!r} does not take",
                        )
                    )
    return problems


def _parameter_names(document: dict[str, Any], path: str, method: str, operation: dict[str, Any]) -> set[str]:
    return {parameter["name"] for parameter in operation_parameters(document, path, operation)}
