"""Counts end to end: follow a count's status stream, and run a count, watch it and read its rows.

    from bettrdata_client.lib.counts import start_count

    with start_count(client, order_id, "default", current_user="me@example.com") as count:
        count.wait(on_status=lambda event: print(event.status))  # live: started, in progress, ..., end
        for row in count.rows(limit=1000):                        # page by page, fetched lazily
            print(row.to_dict())

`stream_count_status` yields the typed status events (`CountStartedEvent`, `CountInProgressEvent`,
`CountEndEvent`) until `end`; an `error` event raises a `CountError` (`CountFailedError`, `CountCanceledError`,
`ExecutionNotFoundError`). A stream that breaks, ends early or stays silent longer than `idle_timeout` raises.
Interrupting `wait` (Ctrl-C, task cancellation) or leaving the `with` block with an exception before the count
ended sends the cancel call. Every function has an async twin prefixed `a`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .. import _spec_meta
from .._runtime._errors import APIError, StreamDecodeError, make_status_error
from .._runtime._logging import logger
from .._runtime._pagination import AsyncPager, Pager
from .._runtime._streaming import AsyncStream, Stream, aopen_stream, open_stream
from ..api.counts import cancel_count, get_count_result, list_count_history, run_count
from ..api.counts import stream_count_status as _stream_operation
from ..client import AuthenticatedClient
from ..models import (
    CancelResult,
    CountEndEvent,
    CountExecution,
    CountHistoryEntry,
    CountInProgressEvent,
    CountRequest,
    CountResultRow,
    CountStartedEvent,
)
from ..types import Response

__all__ = [
    "AsyncCountRun",
    "CountCanceledError",
    "CountError",
    "CountFailedError",
    "CountResultNotFoundError",
    "CountRun",
    "CountStatus",
    "CountUnknownEvent",
    "ExecutionNotFoundError",
    "acount_rows",
    "astart_count",
    "astream_count_status",
    "count_rows",
    "start_count",
    "stream_count_status",
]


@dataclass(frozen=True)
class CountUnknownEvent:
    """A status event the spec does not list (`"queued"`, say): delivered as it came, and the count goes on.
    Only `end` and `error` end it (or the caller)."""

    status: str
    raw: Mapping[str, object]


CountStatus = CountStartedEvent | CountInProgressEvent | CountEndEvent | CountUnknownEvent
_EVENTS: dict[str, type[CountStartedEvent] | type[CountInProgressEvent] | type[CountEndEvent]] = {
    "started": CountStartedEvent,
    "in progress": CountInProgressEvent,
    "end": CountEndEvent,
}
_STREAMING = _spec_meta.API.operations["stream_count_status"].streaming
_ROWS = _spec_meta.API.operations["get_count_result"]
_FRAMING = _STREAMING.framing if _STREAMING else "ndjson"
_FINAL = frozenset(_STREAMING.final_statuses if _STREAMING else ("end", "error"))
# Silence allowed on the status stream: ten of the documented intervals between events, at least 30 s.
_INTERVAL = (_STREAMING.interval_seconds if _STREAMING else None) or 3.0
DEFAULT_IDLE_TIMEOUT = max(30.0, 10 * _INTERVAL)
T = TypeVar("T")


class CountError(APIError):
    """The count's status stream ended with an `error` event. `event_message` is the server's text."""

    def __init__(self, message: str, *, execution_hash: str, db_origin: str, event_message: str) -> None:
        super().__init__(message)
        self.execution_hash = execution_hash
        self.db_origin = db_origin
        self.event_message = event_message


class CountFailedError(CountError):
    """The count failed ("Count Failed", or the database's own error text)."""


class CountCanceledError(CountError):
    """The count was cancelled ("Count Canceled")."""


class ExecutionNotFoundError(CountError):
    """No execution has this hash ("Execution not found")."""


class CountResultNotFoundError(APIError):
    """The count ended, but the order's count history lists no result for its execution."""


_ERRORS = {"count canceled": CountCanceledError, "execution not found": ExecutionNotFoundError}
# Unknown statuses already logged (once each per process: drift should be seen, not flood the log).
_UNKNOWN_SEEN: set[str] = set()


def _status_parser(execution_hash: str, db_origin: str) -> Callable[[Any], CountStatus]:
    def parse(value: Any) -> CountStatus:
        status = value.get("status") if isinstance(value, dict) else None
        if status == "error":
            text = str(value.get("message") or value.get("error") or "Count Failed")
            kind = _ERRORS.get(text.strip().lower(), CountFailedError)
            raise kind(
                f"count {execution_hash} on {db_origin}: {text}",
                execution_hash=execution_hash,
                db_origin=db_origin,
                event_message=text,
            )
        if not isinstance(status, str):
            raise StreamDecodeError(f"count {execution_hash}: a status event without a status: {value!r}")
        event_type = _EVENTS.get(status)
        if event_type is None:
            if status not in _UNKNOWN_SEEN:
                _UNKNOWN_SEEN.add(status)
                logger.warning("count %s: status %r is not in the spec; passed on as it came", execution_hash, status)
            return CountUnknownEvent(status, dict(value))
        return event_type.from_dict(value)

    return parse


def _is_final(event: CountStatus) -> bool:
    return event.status in _FINAL


def _status_request(
    http: httpx.Client | httpx.AsyncClient, execution_hash: str, db_origin: str, idle: float | None
) -> httpx.Request:
    # The read timeout is the longest silence allowed between events.
    timeout = httpx.Timeout(idle or DEFAULT_IDLE_TIMEOUT, connect=http.timeout.connect)
    return http.build_request(**_stream_operation._get_kwargs(execution_hash, db_origin), timeout=timeout)


def stream_count_status(
    client: AuthenticatedClient, execution_hash: str, db_origin: str, *, idle_timeout: float | None = None
) -> Stream[CountStatus]:
    """The count's status events as they come, until `end`. Use as an iterator, ideally in a `with` block."""
    http = client.get_httpx_client()
    request = _status_request(http, execution_hash, db_origin, idle_timeout)
    parse = _status_parser(execution_hash, db_origin)
    return open_stream(http, request, framing=_FRAMING, parse=parse, is_final=_is_final)


async def astream_count_status(
    client: AuthenticatedClient, execution_hash: str, db_origin: str, *, idle_timeout: float | None = None
) -> AsyncStream[CountStatus]:
    http = client.get_async_httpx_client()
    request = _status_request(http, execution_hash, db_origin, idle_timeout)
    parse = _status_parser(execution_hash, db_origin)
    return await aopen_stream(http, request, framing=_FRAMING, parse=parse, is_final=_is_final)


def _expect(response: Response[Any], kind: type[T], what: str) -> T:
    """The parsed answer when it is what was asked for; else the typed error (for clients not raising errors)."""
    if isinstance(response.parsed, kind):
        return response.parsed
    raise make_status_error(int(response.status_code), response.headers, response.content, what=what)


def _pick_result(entries: list[CountHistoryEntry], execution: CountExecution) -> str:
    for entry in entries:
        if entry.execution_hash == execution.execution_hash:
            return entry.field_id
    raise CountResultNotFoundError(
        f"count {execution.execution_hash} ended, but the count history lists no result for it"
    )


class _CountBase:
    def __init__(self, client: AuthenticatedClient, order_id: str, query_name: str, execution: CountExecution):
        self.client = client
        self.order_id = order_id
        self.query_name = query_name
        self.execution = execution
        self.finished = False
        self.canceled = False

    @property
    def execution_hash(self) -> str:
        return self.execution.execution_hash

    @property
    def db_origin(self) -> str:
        return self.execution.db_origin

    def __repr__(self) -> str:
        return f"{type(self).__name__}(order_id={self.order_id!r}, execution_hash={self.execution_hash!r})"

    def _must_cancel(self) -> bool:
        return not (self.finished or self.canceled)


class CountRun(_CountBase):
    """A started count: follow it, read its rows, cancel it. A context manager that cancels on early exit."""

    def status(self, *, idle_timeout: float | None = None) -> Stream[CountStatus]:
        return stream_count_status(self.client, self.execution_hash, self.db_origin, idle_timeout=idle_timeout)

    def wait(
        self, on_status: Callable[[CountStatus], None] | None = None, *, idle_timeout: float | None = None
    ) -> CountEndEvent:
        """Follow the status until `end` (calling `on_status` with each event); raise `CountError` on `error`.
        Ctrl-C (or SystemExit) while waiting cancels the count."""
        try:
            with self.status(idle_timeout=idle_timeout) as events:
                for event in events:
                    if on_status is not None:
                        on_status(event)
                    if isinstance(event, CountEndEvent):
                        self.finished = True
                        return event
        except CountError:
            self.finished = True
            raise
        except (KeyboardInterrupt, SystemExit):
            self._cancel_quietly()
            raise
        raise AssertionError("unreachable: the status stream ends with `end` or raises")

    def result_id(self) -> str:
        answer = list_count_history.sync_detailed(
            self.order_id,
            self.query_name,
            client=self.client,
            execution_hash=self.execution_hash,
            db_origin=self.db_origin,
        )
        return _pick_result(_expect(answer, list, "list_count_history"), self.execution)

    def pages(self, *, limit: int = 1000) -> Iterator[list[CountResultRow]]:
        """The result's rows, one page (of at most `limit`) at a time, as the spec's `x-pagination` says."""
        arguments = {"count_result_id": self.result_id(), "limit": limit}
        walk: Pager[CountResultRow, Any] = Pager(get_count_result, _ROWS, self.client, arguments)
        for page in walk.pages():
            if page.items:
                yield page.items

    def rows(self, *, limit: int = 1000) -> Iterator[CountResultRow]:
        for page in self.pages(limit=limit):
            yield from page

    def cancel(self) -> CancelResult:
        answer = cancel_count.sync_detailed(self.execution_hash, self.db_origin, client=self.client)
        result = _expect(answer, CancelResult, "cancel_count")
        self.canceled = True
        return result

    def _cancel_quietly(self) -> None:
        if not self._must_cancel():
            return
        try:
            self.cancel()
            logger.warning("count %s interrupted: cancelled", self.execution_hash)
        except (APIError, httpx.HTTPError) as error:
            logger.warning("count %s interrupted; cancelling it failed: %s", self.execution_hash, error)

    def __enter__(self) -> CountRun:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if error is not None and not isinstance(error, CountError):
            self._cancel_quietly()


class AsyncCountRun(_CountBase):
    """The async twin of `CountRun`; task cancellation while waiting cancels the count."""

    async def status(self, *, idle_timeout: float | None = None) -> AsyncStream[CountStatus]:
        return await astream_count_status(self.client, self.execution_hash, self.db_origin, idle_timeout=idle_timeout)

    async def wait(
        self, on_status: Callable[[CountStatus], None] | None = None, *, idle_timeout: float | None = None
    ) -> CountEndEvent:
        try:
            async with await self.status(idle_timeout=idle_timeout) as events:
                async for event in events:
                    if on_status is not None:
                        on_status(event)
                    if isinstance(event, CountEndEvent):
                        self.finished = True
                        return event
        except CountError:
            self.finished = True
            raise
        except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
            await self._cancel_quietly()
            raise
        raise AssertionError("unreachable: the status stream ends with `end` or raises")

    async def result_id(self) -> str:
        answer = await list_count_history.asyncio_detailed(
            self.order_id,
            self.query_name,
            client=self.client,
            execution_hash=self.execution_hash,
            db_origin=self.db_origin,
        )
        return _pick_result(_expect(answer, list, "list_count_history"), self.execution)

    async def pages(self, *, limit: int = 1000) -> AsyncIterator[list[CountResultRow]]:
        arguments = {"count_result_id": await self.result_id(), "limit": limit}
        walk: AsyncPager[CountResultRow, Any] = AsyncPager(get_count_result, _ROWS, self.client, arguments)
        async for page in walk.pages():
            if page.items:
                yield page.items

    async def rows(self, *, limit: int = 1000) -> AsyncIterator[CountResultRow]:
        async for page in self.pages(limit=limit):
            for row in page:
                yield row

    async def cancel(self) -> CancelResult:
        answer = await cancel_count.asyncio_detailed(self.execution_hash, self.db_origin, client=self.client)
        result = _expect(answer, CancelResult, "cancel_count")
        self.canceled = True
        return result

    async def _cancel_quietly(self) -> None:
        if not self._must_cancel():
            return
        try:
            await self.cancel()
            logger.warning("count %s interrupted: cancelled", self.execution_hash)
        except (APIError, httpx.HTTPError) as error:
            logger.warning("count %s interrupted; cancelling it failed: %s", self.execution_hash, error)

    async def __aenter__(self) -> AsyncCountRun:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if error is not None and not isinstance(error, CountError):
            await self._cancel_quietly()


def _count_request(current_user: str) -> CountRequest:
    return CountRequest(current_user=current_user)


def start_count(client: AuthenticatedClient, order_id: str, query_name: str, *, current_user: str) -> CountRun:
    """Start counting the order's audience with one of its source's queries."""
    answer = run_count.sync_detailed(order_id, query_name, client=client, body=_count_request(current_user))
    return CountRun(client, order_id, query_name, _expect(answer, CountExecution, "run_count"))


async def astart_count(
    client: AuthenticatedClient, order_id: str, query_name: str, *, current_user: str
) -> AsyncCountRun:
    answer = await run_count.asyncio_detailed(order_id, query_name, client=client, body=_count_request(current_user))
    return AsyncCountRun(client, order_id, query_name, _expect(answer, CountExecution, "run_count"))


def count_rows(
    client: AuthenticatedClient,
    order_id: str,
    query_name: str,
    *,
    current_user: str,
    on_status: Callable[[CountStatus], None] | None = None,
    limit: int = 1000,
) -> Iterator[CountResultRow]:
    """The whole flow: run the count, follow it to its end, then yield its rows page by page."""
    with start_count(client, order_id, query_name, current_user=current_user) as count:
        count.wait(on_status)
        yield from count.rows(limit=limit)


async def acount_rows(
    client: AuthenticatedClient,
    order_id: str,
    query_name: str,
    *,
    current_user: str,
    on_status: Callable[[CountStatus], None] | None = None,
    limit: int = 1000,
) -> AsyncIterator[CountResultRow]:
    async with await astart_count(client, order_id, query_name, current_user=current_user) as count:
        await count.wait(on_status)
        async for row in count.rows(limit=limit):
            yield row
