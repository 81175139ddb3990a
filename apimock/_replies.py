"""What a handler answers, error answers in the spec's documented shape, and the check of every answer."""

from __future__ import annotations

import copy
import http
import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._jsonapi import error_document, is_jsonapi
from ._schemas import Problem, Schemas
from ._spec import JSON, Operation, Spec
from ._synth import Generator, first_example, media_examples

_PREFERRED = {
    "malformed": (400, 422),
    "invalid": (422, 400),
    "content-type": (415, 400),
    "auth": (401, 403),
    "forbidden": (403,),
    "not-found": (404, 400),
}
_MESSAGE_KEYS = ("message", "error", "detail", "title", "description")
_EXPLANATION_KEY = "error_description"  # RFC 6749, 5.2


class MockResponseError(AssertionError):
    """The mock was about to answer something its spec does not allow (the response-validation switch)."""


@dataclass
class Reply:
    status: int
    body: JSON = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None
    stream: AsyncIterator[JSON] | None = None
    checked: bool = True  # False for injected faults, which may use any status
    cut_after: int | None = None  # a stream is cut after this many events (a fault)
    reset_after: int | None = None  # the connection is dropped after this many bytes of the body (a drift)
    stall_after: int | None = None  # nothing more is sent after this many bytes of the body (a drift)
    operation: Operation | None = None  # set by the engine for a routed request

    def payload(self) -> bytes:
        """The body as sent: bytes as they are, text of a non-JSON media type encoded, anything else as JSON."""
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str) and self.media_type is not None and "json" not in self.media_type:
            return self.body.encode()
        return json.dumps(self.body, default=str, separators=(",", ":")).encode()


def error_status(operation: Operation, kind: str) -> int:
    documented = operation.documented_statuses
    for status in _PREFERRED.get(kind, (400,)):
        if status in documented:
            return status
    if kind not in ("auth", "forbidden") and 400 in documented:
        return 400
    # Nothing documented fits (another documented 4xx, a 401 say, would mean something else): 401 for
    # credentials, 403 for permissions, 404 for a missing record, else 400.
    return {"auth": 401, "forbidden": 403, "not-found": 404}.get(kind, 400)


class Replies:
    def __init__(self, spec: Spec, schemas: Schemas, generator: Generator) -> None:
        self._spec = spec
        self._schemas = schemas
        self._generator = generator

    def media(self, operation: Operation, status: int) -> tuple[str | None, Mapping[str, JSON]]:
        response = operation.response_for(status)
        content = (response or {}).get("content") or {}
        for media_type, media in content.items():
            return media_type, media
        return None, {}

    def documented_body(self, operation: Operation, status: int, *, message: str | None = None) -> tuple[str, JSON]:
        """The body the spec documents for this status: the example naming `message` if there is one."""
        media_type, media = self.media(operation, status)
        if media_type is None:
            return "application/json", {"message": message or http.HTTPStatus(status).phrase}
        body: JSON = None
        if message is not None:
            for _, value in media_examples(self._spec, media):
                if isinstance(value, Mapping) and message in value.values():
                    body = copy.deepcopy(value)
                    break
        if body is None:
            found, body = first_example(self._spec, media)
            if not found:
                body = self._generator.instance(media.get("schema", {}))
        if message is not None and isinstance(body, dict):
            for key in _MESSAGE_KEYS:
                if isinstance(body.get(key), str):
                    body[key] = message
                    break
        return media_type, body

    def error(
        self,
        operation: Operation,
        kind: str,
        problems: Sequence[Problem] = (),
        *,
        message: str | None = None,
        status: int | None = None,
    ) -> Reply:
        status = status or error_status(operation, kind)
        media_type, body = self.documented_body(operation, status, message=message)
        envelope = error_document(body, problems, message) if is_jsonapi(media_type) else None
        if envelope is not None:
            body = envelope
        elif problems and isinstance(body, dict):
            detailed = {**body, "details": [problem.as_dict() for problem in problems]}
            if message is None and isinstance(body.get(_EXPLANATION_KEY), str):
                # An OAuth-style body explains itself in `error_description`: say what was wrong, not the example's.
                detailed[_EXPLANATION_KEY] = "; ".join(str(problem) for problem in problems)
            schema = self.media(operation, status)[1].get("schema")
            if schema is None or self._schemas.is_valid(schema, detailed):
                body = detailed
        headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'} if status == 401 else {}
        # An operation that documents no error of this kind still gets one (400 when nothing fits); the
        # mock does not raise over it: the contract suite reports the spec's missing status instead.
        return Reply(status, body, headers, media_type, checked=status in operation.documented_statuses)

    def unrouted(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Reply:
        return Reply(status, {"message": message}, dict(headers or {}), "application/json", checked=False)

    def check(self, operation: Operation, reply: Reply) -> None:
        """Raise `MockResponseError`, naming the operation, when the reply is not what the spec documents."""
        if not reply.checked:
            return
        if reply.status not in operation.documented_statuses:
            documented = ", ".join(operation.responses)
            raise MockResponseError(
                f"{operation.label}: the mock answered {reply.status}, which the spec does not document "
                f"(documented: {documented})"
            )
        if reply.stream is None:
            self.check_body(operation, reply.status, reply.body)

    def check_body(self, operation: Operation, status: int, body: Any, *, what: str = "body") -> None:
        media_type, media = self.media(operation, status)
        schema = media.get("schema")
        if media_type is None or schema is None:
            return
        error = self._schemas.first_error(schema, body)
        if error is not None:
            raise MockResponseError(
                f"{operation.label}: the mock's {status} {what} does not match the spec's schema ({media_type}) {error}"
            )
