"""Options for one call of a client object's method, and its raw answer when asked for.

    client.access_rules.get(7, timeout=5.0, extra_headers={"X-Trace": "1"})
    raw = client.with_raw_response.access_rules.get(7)   # RawResponse: status_code, headers, request_id, parsed

A method puts its options in a context variable around its request; `RuntimeAuth`, the outermost layer every
request of a connected client passes, applies them to that request only. Pagers keep the options of the call
that made them and apply them to every page.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar
from urllib.parse import unquote

import httpx

from ._errors import REQUEST_ID_HEADERS

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class RequestOptions:
    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def __bool__(self) -> bool:
        return any(value is not None for value in (self.timeout, self.extra_headers, self.extra_query, self.extra_body))


_CURRENT: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar("request_options", default=None)
_RAW: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar("raw_responses", default=None)


@contextmanager
def request_options(options: RequestOptions | None) -> Iterator[None]:
    """Apply `options` to the requests sent inside the block (none: leave whatever applies already)."""
    if not options:
        yield
        return
    token = _CURRENT.set(options)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def with_options(request: httpx.Request) -> httpx.Request:
    """`request` with the current call's options applied (the same request when there are none)."""
    options = _CURRENT.get()
    if not options:
        return request
    if options.extra_query:
        request.url = _with_query_members(request.url, options.extra_query)
    if options.extra_headers:
        request.headers.update(options.extra_headers)
    if options.timeout is not None:
        timeout = options.timeout if isinstance(options.timeout, httpx.Timeout) else httpx.Timeout(options.timeout)
        request.extensions = {**request.extensions, "timeout": timeout.as_dict()}
    if options.extra_body:
        request = _with_body_members(request, options.extra_body)
    return request


def _with_query_members(url: httpx.URL, members: Mapping[str, Any]) -> httpx.URL:
    """`url` with `members` set in its query (replacing parameters of the same name); the rest of the query is kept
    as it was written, so a comma-separated `include=a,b` is not re-encoded as `include=a%2Cb`."""
    added = httpx.QueryParams(dict(members))
    kept = [pair for pair in url.query.split(b"&") if pair and unquote(pair.split(b"=")[0].decode()) not in added]
    return url.copy_with(query=b"&".join([*kept, str(added).encode("ascii")]))


def _with_body_members(request: httpx.Request, members: Mapping[str, Any]) -> httpx.Request:
    content = request.read()
    try:
        body = json.loads(content) if content else {}
    except ValueError:
        raise TypeError("extra_body needs a JSON request body") from None
    if not isinstance(body, dict):
        raise TypeError("extra_body needs a JSON object as the request body")
    headers = {name: value for name, value in request.headers.items() if name.lower() != "content-length"}
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=json.dumps({**body, **members}).encode(),
        extensions=request.extensions,
    )


@dataclass(frozen=True)
class RawResponse(Generic[R]):
    """A call's answer as it came: status, headers and request id, beside the parsed model."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: R

    @property
    def request_id(self) -> str | None:
        return next((self.headers[name] for name in REQUEST_ID_HEADERS if name in self.headers), None)


def record_response(response: Any) -> None:
    """Keep the generated `Response` of the call in progress, when a raw-response wrapper asked for it."""
    kept = _RAW.get()
    if kept is not None:
        kept.append(response)


def _raw(result: R, kept: list[Any]) -> RawResponse[R]:
    response = kept[-1]
    return RawResponse(int(response.status_code), httpx.Headers(response.headers), response.content, result)


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method`, returning its `RawResponse` instead of the parsed model alone."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        kept: list[Any] = []
        token = _RAW.set(kept)
        try:
            result = method(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return _raw(result, kept)

    return call


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `raw_response`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        kept: list[Any] = []
        token = _RAW.set(kept)
        try:
            result = await method(*args, **kwargs)
        finally:
            _RAW.reset(token)
        return _raw(result, kept)

    return call
