"""Time, sleeping and randomness, in one object that tests replace.

Every part of the runtime that waits (retries, rate limiting, token expiry) reads the time and sleeps through a
`Clock`, so a test can pass a fake one and run hours of back-off in microseconds.
"""

from __future__ import annotations

import random
import time


class Clock:
    """The real clock: monotonic time for durations, wall time for HTTP dates, real sleeping."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        """Seconds since the epoch (for `Retry-After` given as an HTTP date)."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: only async callers pay for importing it (tens of ms)

        await asyncio.sleep(seconds)

    def random(self) -> float:
        """A number in [0, 1), for jitter."""
        return random.random()


SYSTEM_CLOCK = Clock()
