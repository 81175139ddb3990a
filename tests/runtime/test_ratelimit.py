"""The client-side rate limiter: no window of `period` seconds ever holds more than `requests` sends."""

from __future__ import annotations

import pytest
from bettrdata_client._runtime._operations import RateLimit
from bettrdata_client._runtime._ratelimit import RateLimiter

from .standin import FakeClock


def test_callers_wait_instead_of_failing() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(requests=100, period_seconds=60), clock)
    sent = []
    for _ in range(250):
        limiter.acquire()
        sent.append(clock.now)
    assert sent[:100] == [1000.0] * 100
    assert sent[100] == 1060.0
    for i in range(len(sent) - 100):
        assert sent[i + 100] - sent[i] >= 60.0  # any 100 consecutive sends span a minute
    assert sent[-1] == 1120.0


@pytest.mark.asyncio
async def test_async_callers_wait_too() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimit(requests=2, period_seconds=10), clock)
    for _ in range(5):
        await limiter.aacquire()
    assert clock.sleeps == [10.0, 10.0]
