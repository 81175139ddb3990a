"""Retries: exponential back-off with jitter, `Retry-After`, idempotency and a budget per call.

`RetryTransport` wraps the transport below it. A request is retried when it failed to connect or timed out, or
was answered 408, 429, 500, 502, 503 or 504, and only when repeating it is safe: its method is idempotent, its
operation is marked `x-idempotent` in the spec, or the caller opted the operation in. A request that never
reached the server (connection refused, connect or pool timeout) is retried whatever its method. Each call has
at most `max_retries` retries and spends at most `budget_seconds` waiting; each retry is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._errors import ATTEMPTS, APIError, connection_error
from ._logging import describe, logger, redact_headers
from ._operations import IDEMPOTENT_METHODS, Operation, OperationTable
from ._transport import DualTransport

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures that prove the request was never sent: safe to retry for any method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    budget_seconds: float = 120.0
    retry_operations: frozenset[str] = field(default_factory=frozenset)
    retry_methods: frozenset[str] = IDEMPOTENT_METHODS
    statuses: frozenset[int] = RETRYABLE_STATUSES

    def with_operations(self, operation_ids: Iterable[str]) -> RetryPolicy:
        return replace(self, retry_operations=self.retry_operations | frozenset(operation_ids))

    def safe_to_repeat(self, method: str, operation: Operation | None) -> bool:
        if method in self.retry_methods:
            return True
        return operation is not None and (operation.idempotent or operation.id in self.retry_operations)

    def backoff(self, retry: int, random: float) -> float:
        """The wait before retry number `retry` (1, 2, ...): doubling, capped, minus up to 25% jitter."""
        delay = min(self.initial_delay * 2.0 ** (retry - 1), self.max_delay)
        return delay * (1 - 0.25 * random)

    def retry_after(self, response: httpx.Response, now: float) -> float | None:
        """The server's `Retry-After` (or `retry-after-ms`) in seconds; None when absent, unreadable or beyond
        `max_retry_after` (the back-off applies then)."""
        milliseconds = response.headers.get("retry-after-ms")
        if milliseconds is not None:
            try:
                return self._cap(float(milliseconds) / 1000)
            except ValueError:
                pass
        value = response.headers.get("retry-after")
        if value is None:
            return None
        value = value.strip()
        try:
            return self._cap(float(value))
        except ValueError:
            pass
        try:
            import email.utils  # here: the email package costs tens of ms to import, and few answers need it

            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return self._cap(when.timestamp() - now)

    def _cap(self, seconds: float) -> float | None:
        # A wait beyond the cap (an hour, say) is not honoured by sleeping the cap twice over: the call falls back
        # to its own back-off, as the best SDKs do, and the budget decides whether it is retried at all.
        if seconds > self.max_retry_after:
            logger.info("Retry-After %.0f s is beyond the %.0f s cap: backing off", seconds, self.max_retry_after)
            return None
        return max(seconds, 0.0)


class _Attempts:
    """One call's retry state: decides after each failure whether, and how long, to wait."""

    __slots__ = ("attempt", "clock", "operation", "policy", "request", "started")

    def __init__(self, policy: RetryPolicy, clock: Clock, request: httpx.Request, operation: Operation | None):
        self.policy = policy
        self.clock = clock
        self.request = request
        self.operation = operation
        self.attempt = 1
        self.started = clock.monotonic()

    @property
    def repeatable(self) -> bool:
        # Worked out on a failure only: most calls never ask.
        return self.policy.safe_to_repeat(self.request.method, self.operation)

    def after_response(self, response: httpx.Response) -> float | None:
        if response.status_code not in self.policy.statuses or not self.repeatable:
            return None
        wait = self.policy.retry_after(response, self.clock.wall())
        return self._next(wait, f"answered {response.status_code}")

    def after_error(self, exc: httpx.TransportError) -> float | None:
        if not (self.repeatable or isinstance(exc, NOT_SENT_ERRORS)):
            return None
        return self._next(None, f"failed ({type(exc).__name__}: {exc})")

    def _next(self, wait: float | None, what: str) -> float | None:
        if self.attempt > self.policy.max_retries:
            return None
        if wait is None:
            wait = self.policy.backoff(self.attempt, self.clock.random())
        if self.clock.monotonic() + wait > self.started + self.policy.budget_seconds:
            logger.warning("%s %s; not retrying: the call's retry budget is spent", describe(self.request), what)
            return None
        logger.log(
            logging.WARNING if self.attempt == self.policy.max_retries else logging.INFO,
            "%s %s; retry %d of %d in %.2f s",
            describe(self.request),
            what,
            self.attempt,
            self.policy.max_retries,
            wait,
        )
        self.attempt += 1
        return wait


def _counted(response: httpx.Response, attempts: int) -> httpx.Response:
    """The answer, marked with how many attempts it took when there were more than one (error messages say so)."""
    if attempts > 1:
        response.extensions = {**response.extensions, ATTEMPTS: attempts}
    return response


def _log_sending(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s (attempt %d) headers=%s", describe(request), attempt, redact_headers(request.headers))


def _log_answer(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s -> %d headers=%s", describe(request), response.status_code, redact_headers(response.headers))


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each request through `inner`, retrying as `policy` allows. The body of an answer is read here too
    (but for streamed operations), so a connection reset or stall mid-body is retried like one before the
    headers. Transport failures that remain are raised as `APIConnectionError` / `APITimeoutError`; error
    statuses that remain are returned as they are."""

    def __init__(
        self,
        inner: DualTransport,
        *,
        policy: RetryPolicy,
        operations: OperationTable,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.operations = operations
        self.clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = self.operations.of(request)
        attempts = _Attempts(self.policy, self.clock, request, operation)
        streamed = operation is not None and operation.streaming is not None
        while True:
            _log_sending(request, attempts.attempt)
            try:
                response = self.inner.handle_request(request)
                if not streamed:
                    response.read()  # a failure while reading the body is retried like one before the headers
            except APIError:
                raise
            except httpx.TransportError as exc:
                wait = attempts.after_error(exc)
                if wait is None:
                    raise connection_error(exc, request, attempts.attempt) from exc
                self.clock.sleep(wait)
                continue
            _log_answer(request, response)
            wait = attempts.after_response(response)
            if wait is None:
                return _counted(response, attempts.attempt)
            response.close()
            self.clock.sleep(wait)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = self.operations.of(request)
        attempts = _Attempts(self.policy, self.clock, request, operation)
        streamed = operation is not None and operation.streaming is not None
        while True:
            _log_sending(request, attempts.attempt)
            try:
                response = await self.inner.handle_async_request(request)
                if not streamed:
                    await response.aread()
            except APIError:
                raise
            except httpx.TransportError as exc:
                wait = attempts.after_error(exc)
                if wait is None:
                    raise connection_error(exc, request, attempts.attempt) from exc
                await self.clock.asleep(wait)
                continue
            _log_answer(request, response)
            wait = attempts.after_response(response)
            if wait is None:
                return _counted(response, attempts.attempt)
            await response.aclose()
            await self.clock.asleep(wait)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()
