"""Client-side pacing of operations whose rate limit the vendor documents (`x-rate-limit` in the spec).

A caller over the limit waits for a free slot instead of getting an error. The limiter keeps the times of the
last `requests` sends, so no `period_seconds` window ever holds more than `requests` of them. One limiter per
operation, shared by every thread, task and client built from the same `connect` call.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Mapping

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._logging import describe, logger
from ._operations import OperationTable, RateLimit
from ._transport import DualTransport


class RateLimiter:
    """At most `limit.requests` acquisitions in any `limit.period_seconds`; `acquire` waits when needed."""

    def __init__(self, limit: RateLimit, clock: Clock = SYSTEM_CLOCK) -> None:
        self.limit = limit
        self._clock = clock
        self._sent: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Take a slot if one is free now (0.0), else how long until one is."""
        with self._lock:
            now = self._clock.monotonic()
            window_start = now - self.limit.period_seconds
            while self._sent and self._sent[0] <= window_start:
                self._sent.popleft()
            if len(self._sent) < self.limit.requests:
                self._sent.append(now)
                return 0.0
            return self._sent[0] - window_start

    def acquire(self, what: str = "request") -> None:
        while (wait := self._reserve()) > 0:
            logger.info("%s waits %.2f s for the documented rate limit", what, wait)
            self._clock.sleep(wait)

    async def aacquire(self, what: str = "request") -> None:
        while (wait := self._reserve()) > 0:
            logger.info("%s waits %.2f s for the documented rate limit", what, wait)
            await self._clock.asleep(wait)


class RateLimitTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Paces the requests of rate-limited operations before passing them to `inner`."""

    def __init__(
        self, inner: DualTransport, *, operations: OperationTable, limiters: Mapping[str, RateLimiter]
    ) -> None:
        self.inner = inner
        self.operations = operations
        self.limiters = limiters

    @classmethod
    def for_operations(
        cls, inner: DualTransport, operations: OperationTable, clock: Clock = SYSTEM_CLOCK
    ) -> RateLimitTransport:
        limiters = {op.id: RateLimiter(op.rate_limit, clock) for op in operations if op.rate_limit is not None}
        return cls(inner, operations=operations, limiters=limiters)

    def _limiter(self, request: httpx.Request) -> RateLimiter | None:
        if not self.limiters:
            return None
        operation = self.operations.of(request)
        return None if operation is None else self.limiters.get(operation.id)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limiter = self._limiter(request)
        if limiter is not None:
            limiter.acquire(describe(request))
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        limiter = self._limiter(request)
        if limiter is not None:
            await limiter.aacquire(describe(request))
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()
