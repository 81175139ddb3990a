"""The typed errors every call can raise, and turning an error response into one.

    APIError
    ├── APIStatusError              the server answered 4xx/5xx (status_code, body, message, request_id)
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── RateLimitError          429
    │   └── InternalServerError     5xx
    ├── APIConnectionError          no answer (also an httpx.TransportError)
    │   └── APITimeoutError         no answer in time (also an httpx.TimeoutException)
    ├── APIResponseValidationError  an answer that is not what its schema (or its media type) says
    ├── PaginationError             a paginated list that would never end or would lose records
    └── StreamError                 a streamed answer that cannot be read to its end
        ├── IncompleteStreamError   it stopped in the middle of an event, or before its final event
        └── StreamDecodeError       it is not what its framing says

Messages never contain credentials (see `_logging.redact_text`). An error body in the `errors[]` envelope
(JSON:API and the vendors that follow it) is also read into `APIStatusError.errors`: one `ErrorDetail` (`code`,
`detail`, `meta`) per error.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._logging import redact_text
from ._members import MemberTypeError, json_kind

# The response extension in which the retry layer notes how many attempts an answer took.
ATTEMPTS = "partner_api_attempts"
REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "x-amz-request-id", "request-id", "x-correlation-id")


class APIError(Exception):
    """Base of every error the runtime raises."""

    message: str
    body: object | None

    def __init__(self, message: str, *, body: object | None = None) -> None:
        message = redact_text(message)
        super().__init__(message)
        self.message = message
        self.body = body


@dataclass(frozen=True)
class ErrorDetail:
    """One error of an `errors[]` envelope: its machine-readable `code`, the human `detail`, and `meta`."""

    code: str | None
    detail: str | None
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return ": ".join(part for part in (self.code, self.detail) if part) or "error"


def error_details(body: object | None) -> list[ErrorDetail]:
    """The errors of an `{"errors": [{code, detail, meta}, ...]}` body; empty for any other body."""
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list):
        return []
    found = []
    for error in errors:
        if not isinstance(error, dict):
            continue
        code = error.get("code")
        detail = next((error[key] for key in ("detail", "message", "title") if isinstance(error.get(key), str)), None)
        meta = error.get("meta")
        found.append(
            ErrorDetail(
                code=str(code) if code is not None else None,
                detail=detail,
                meta=dict(meta) if isinstance(meta, dict) else {},
            )
        )
    return found


class APIStatusError(APIError):
    """The server answered with an error status. `body` is the parsed JSON body (or its text), if any;
    `errors` the errors of an `errors[]` envelope body, each with `code`, `detail` and `meta`."""

    status_code: int
    request_id: str | None
    response: httpx.Response | None
    errors: list[ErrorDetail]

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object | None = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, body=body)
        self.status_code = status_code
        self.request_id = request_id
        self.response = response
        self.errors = error_details(body)

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status_code={self.status_code}, message={self.message!r}, request_id={self.request_id!r})"


class BadRequestError(APIStatusError):
    """400: the request is malformed or cannot be served as it is."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the caller may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(APIStatusError):
    """429: too many requests (after the runtime's own retries)."""


class InternalServerError(APIStatusError):
    """5xx: the server failed (after the runtime's own retries)."""


class APIConnectionError(APIError, httpx.TransportError):
    """No answer: the connection failed or broke. Also an `httpx.TransportError`, for code that catches those."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self._request = request


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """No answer in time. Also an `httpx.TimeoutException`."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """The server's answer does not match its schema, or is not the JSON it claims to be. `status_code`,
    `operation_id`, `where` (the model and member the first problem was met at) and `reason` say what;
    `response` and `body` keep what the server said (a created record's id, say). `body` is not redacted."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        operation_id: str,
        where: str,
        reason: str,
        response: httpx.Response | None = None,
        body: object | None = None,
    ) -> None:
        super().__init__(message, body=body)
        self.status_code = status_code
        self.operation_id = operation_id
        self.where = where
        self.reason = reason
        self.response = response


def response_validation_error(
    operation_id: str, response: httpx.Response, error: Exception
) -> APIResponseValidationError:
    """The typed error for an answer the generated model could not be built from (`error` says why)."""
    where, reason = _parse_failure(error)
    body = parse_body(response.content)
    message = f"{operation_id}: the {response.status_code} answer does not match its schema at {where}: {reason}"
    return APIResponseValidationError(
        message,
        status_code=response.status_code,
        operation_id=operation_id,
        where=where,
        reason=reason,
        response=response,
        body=body,
    )


def _parse_failure(error: Exception) -> tuple[str, str]:
    """Where parsing failed (the innermost model being built, and the member) and why, from the exception."""
    model = None
    given: object = None
    traceback = error.__traceback__
    while traceback is not None:
        frame = traceback.tb_frame
        if frame.f_code.co_name == "from_dict" and isinstance(frame.f_locals.get("cls"), type):
            model = frame.f_locals["cls"].__name__
            given = frame.f_locals.get("src_dict")
        traceback = traceback.tb_next
    if model is not None and not isinstance(given, Mapping):
        return model, f"an object is due, the answer has {json_kind(given)}"
    if isinstance(error, MemberTypeError):
        return (f"{model}.{error.member}" if model else error.member), error.reason
    if isinstance(error, KeyError):
        member = str(error.args[0]) if error.args else "?"
        return (f"{model}.{member}" if model else member), f"required member {member!r} is missing"
    if isinstance(error, ValueError) and type(error).__name__ == "JSONDecodeError":
        return "$", f"the body is not JSON ({error})"
    return (model or "$"), f"{type(error).__name__}: {error}"


class PaginationError(APIError):
    """A paginated list the server does not page consistently: a page position repeated or going back, or a
    page identical to the one before (a server ignoring its offset). `operation_id` and `position` say where."""

    def __init__(self, message: str, *, operation_id: str, position: object) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.position = position


class StreamError(APIError):
    """A streamed answer could not be read to its end."""


class IncompleteStreamError(StreamError):
    """The stream stopped in the middle of an event, or before the event that ends it."""


class StreamDecodeError(StreamError):
    """The stream's content does not follow its framing (e.g. a line that is not JSON)."""


_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def parse_body(content: bytes) -> object | None:
    """The body as JSON when it is JSON, else as text; None when empty."""
    if not content:
        return None
    try:
        parsed: object = json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")
    return parsed


def _vendor_message(body: object | None) -> str | None:
    errors = error_details(body)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{errors[0]}{more}"
    if isinstance(body, dict):
        # OAuth-style bodies (RFC 6749, 5.2) carry a code and its explanation: keep both.
        code, explanation = body.get("error"), body.get("error_description")
        if isinstance(code, str) and isinstance(explanation, str) and code and explanation:
            return f"{code}: {explanation}"
        for key in ("message", "Message", "error", "error_description", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    if isinstance(body, str) and body.strip():
        return body.strip()[:200]
    return None


def make_status_error(
    status_code: int,
    headers: httpx.Headers | Mapping[str, str],
    content: bytes,
    *,
    response: httpx.Response | None = None,
    what: str | None = None,
) -> APIStatusError:
    """The typed error for an error answer, carrying its status, parsed body and request id."""
    body = parse_body(content)
    lowered = {name.lower(): value for name, value in headers.items()}
    request_id = next((lowered[name] for name in REQUEST_ID_HEADERS if name in lowered), None)
    reason = _vendor_message(body) or httpx.codes.get_reason_phrase(status_code) or "error"
    parts = [f"{status_code} {reason}"]
    if what:
        parts.append(f"from {what}")
    if request_id:
        parts.append(f"(request id {request_id})")
    return status_error_class(status_code)(
        " ".join(parts), status_code=status_code, body=body, request_id=request_id, response=response
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error for `response` if its status is 4xx or 5xx. Reads the body (of errors only)."""
    if response.status_code < 400:
        return
    response.read()
    raise make_status_error(
        response.status_code, response.headers, response.content, response=response, what=_what(response)
    )


async def araise_for_status(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    await response.aread()
    raise make_status_error(
        response.status_code, response.headers, response.content, response=response, what=_what(response)
    )


def _what(response: httpx.Response) -> str:
    attempts = response.extensions.get(ATTEMPTS)
    tries = f" after {attempts} attempts" if isinstance(attempts, int) and attempts > 1 else ""
    return f"{response.request.method} {response.request.url.path}{tries}"


def connection_error(exc: httpx.TransportError, request: httpx.Request, attempts: int) -> APIConnectionError:
    """The typed error for a transport failure, after `attempts` tries."""
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    target = f"{request.method} {request.url.path}"
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{target} timed out{tries}: {detail}", request=request)
    return APIConnectionError(f"{target} failed{tries}: {detail}", request=request)
