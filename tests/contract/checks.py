"""Checks schemathesis does not make by itself: each event of a streamed (ndjson) answer against its schema."""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis import CheckContext, Response
from schemathesis.generation.case import Case

import apimock

_SCHEMAS: dict[int, tuple[apimock.Spec, apimock.Schemas]] = {}


def _schemas_for(raw: dict[str, Any]) -> tuple[apimock.Spec, apimock.Schemas]:
    key = id(raw)
    if key not in _SCHEMAS:
        spec = apimock.Spec(raw, name=str(raw.get("info", {}).get("title", "spec")))
        _SCHEMAS[key] = (spec, apimock.Schemas(spec))
    return _SCHEMAS[key]


@schemathesis.check
def ndjson_events_conformance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every line of an `application/x-ndjson` answer is one event valid against the response schema."""
    content_type = (response.headers.get("content-type") or [""])[0]
    if not content_type.startswith("application/x-ndjson"):
        return None
    raw = case.operation.schema.raw_schema
    spec, schemas = _schemas_for(raw)
    operation = spec.by_id.get(str(case.operation.definition.raw.get("operationId")))
    if operation is None:
        return None
    response_definition = operation.response_for(response.status_code) or {}
    media = (response_definition.get("content") or {}).get("application/x-ndjson") or {}
    schema = media.get("schema")
    if schema is None:
        return None
    lines = [line for line in response.content.decode("utf-8").split("\n") if line.strip()]
    assert lines, f"{operation.label}: the {response.status_code} stream carried no event"
    for number, line in enumerate(lines, start=1):
        try:
            event = json.loads(line)
        except ValueError:
            raise AssertionError(f"{operation.label}: stream line {number} is not JSON") from None
        error = schemas.first_error(schema, event)
        assert error is None, f"{operation.label}: stream event {number} does not match its schema {error}"
    finals = set((operation.streaming or {}).get("final-statuses", []))
    if finals:
        last = json.loads(lines[-1])
        ended = isinstance(last, dict) and bool(finals & set(map(str, last.values())))
        assert ended, f"{operation.label}: the stream ended without a final event ({', '.join(sorted(finals))})"
    return None


def register_json_media_types(specs: list[apimock.Spec]) -> None:
    """Request bodies of a JSON dialect (`application/x-amz-json-1.1`, say) are sent as JSON."""
    for spec in specs:
        for operation in spec.operations:
            for media_type in (operation.request_body or {}).get("content") or {}:
                if "json" in media_type and media_type not in ("application/json", "text/json"):
                    schemathesis.serializer.alias(media_type, "application/json")
