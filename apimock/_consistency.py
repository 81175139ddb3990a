"""What makes a spec unservable, each problem naming its operation: examples that do not match their schemas,
links to missing operations, parameters or fields, and responses the mock cannot produce."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ._request import relaxed_schemas
from ._schemas import Schemas
from ._spec import JSON, Operation, Spec
from ._synth import Generator, media_examples

_BODY_POINTER = re.compile(r"^\$response\.body#(/.*)?$")
_REQUEST_PARAM = re.compile(r"^\$request\.(path|query|header)\.(.+)$")


def consistency_problems(spec: Spec) -> list[str]:
    # Answers never hold writeOnly properties, so the answers the mock can produce are checked without them.
    schemas = relaxed_schemas(spec, Schemas(spec), "writeOnly")
    generator = Generator(spec)
    problems: list[str] = []
    for operation in spec.operations:
        problems.extend(
            f"{operation.label}: {text}" for text in _operation_problems(spec, schemas, generator, operation)
        )
    return problems


def _operation_problems(spec: Spec, schemas: Schemas, generator: Generator, operation: Operation) -> Iterator[str]:
    for parameter in operation.parameters:
        if parameter.schema is not None and "example" in parameter.node:
            error = schemas.first_error(parameter.schema, parameter.node["example"])
            if error is not None and parameter.media_type is None:
                where = f"{parameter.location} parameter '{parameter.name}'"
                yield f"the example of the {where} does not match its schema {error}"
    if operation.request_body is not None:
        for media_type, media in (operation.request_body.get("content") or {}).items():
            yield from _examples(spec, schemas, media, f"request body ({media_type})")
    if not any(code.startswith("2") for code in operation.responses):
        yield "documents no 2xx response, so no request can succeed"
    for status, response in operation.responses.items():
        for media_type, media in (response.get("content") or {}).items():
            yield from _examples(spec, schemas, media, f"{status} response ({media_type})")
            schema = media.get("schema")
            if schema is None or "json" not in media_type:
                continue
            has_example = any(True for _ in media_examples(spec, media))
            if not has_example:
                instance = generator.instance(schema)
                if not schemas.is_valid(schema, instance):
                    instance = generator.instance(schema, optional=False)
                error = schemas.first_error(schema, instance)
                if error is not None:
                    yield f"the mock cannot produce a valid {status} response: its schema has no example, and {error}"
        for name, link in (response.get("links") or {}).items():
            yield from _link(spec, operation, status, str(name), spec.resolve(link))


def _examples(spec: Spec, schemas: Schemas, media: Mapping[str, JSON], where: str) -> Iterator[str]:
    schema = media.get("schema")
    if schema is None:
        return
    for name, value in media_examples(spec, media):
        error = schemas.first_error(schema, value)
        if error is not None:
            yield f"example '{name}' of the {where} does not match its schema {error}"


def _link(spec: Spec, operation: Operation, status: str, name: str, link: Mapping[str, JSON]) -> Iterator[str]:
    target_id = link.get("operationId")
    target = spec.by_id.get(str(target_id)) if target_id is not None else None
    if target is None:
        yield f"link '{name}' of the {status} response names operation '{target_id}', which does not exist"
        return
    names = {parameter.name for parameter in target.parameters}
    source_params = {(p.location, p.name) for p in operation.parameters}
    response = operation.responses.get(status) or {}
    schemas = [media.get("schema") for media in (response.get("content") or {}).values() if media.get("schema")]
    for parameter, expression in (link.get("parameters") or {}).items():
        bare = parameter.split(".", 1)[-1]
        if bare not in names:
            yield f"link '{name}' sets parameter '{parameter}', which {target.operation_id} does not have"
        text = str(expression)
        body = _BODY_POINTER.match(text)
        if body and body.group(1):
            pointer = [part for part in body.group(1).split("/") if part]
            if schemas and not any(_has_pointer(spec, schema, pointer) for schema in schemas):
                yield f"link '{name}' reads {text}, which the {status} response's schema does not declare"
        request = _REQUEST_PARAM.match(text)
        if request and (request.group(1), request.group(2)) not in source_params:
            yield f"link '{name}' reads {text}, which is not a parameter of this operation"


def _has_pointer(spec: Spec, schema: JSON, pointer: list[str], depth: int = 0) -> bool:
    if not pointer:
        return True
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 20:
        return False
    for key in ("allOf", "oneOf", "anyOf"):
        if any(_has_pointer(spec, part, pointer, depth + 1) for part in schema.get(key, [])):
            return True
    head, rest = pointer[0], pointer[1:]
    if head.isdigit() and "items" in schema:
        return _has_pointer(spec, schema["items"], rest, depth + 1)
    properties = schema.get("properties") or {}
    if head in properties:
        return _has_pointer(spec, properties[head], rest, depth + 1)
    return False
