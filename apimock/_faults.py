"""Faults on demand: a status with `Retry-After`, added latency, or a stream cut short.

Per request with the header `X-Mock-Fault: status=503; retry-after=2; latency-ms=150; cut-after=2`
(any subset), or for every request at a seeded rate with `Faults(rate=0.1, status=503, ...)`. Header faults are
honoured only for callers the operation accepts (they come after the credentials check), and every value is
bounded: an error status, a finite Retry-After of at most a day, latency up to `Limits.max_fault_latency_ms`.
"""

from __future__ import annotations

import http
import math
import random
from collections.abc import Iterable
from dataclasses import dataclass

FAULT_HEADER = "x-mock-fault"


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: float | None = None
    latency_ms: float = 0.0
    cut_after: int | None = None  # events of a stream sent before it is cut


@dataclass(frozen=True)
class Faults:
    """A fault applied to a seeded fraction of requests (`rate` from 0 to 1)."""

    rate: float = 0.0
    status: int | None = 503
    retry_after: float | None = 1.0
    latency_ms: float = 0.0
    cut_after: int | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"Faults.rate must be from 0 to 1, not {self.rate}")
        if self.status is not None and status_problem(self.status, ()) is not None:
            raise ValueError(f"Faults.status must be a registered HTTP error status (400 to 599), not {self.status}")
        if self.retry_after is not None and not (math.isfinite(self.retry_after) and self.retry_after >= 0):
            raise ValueError("Faults.retry_after must be a finite number of seconds, 0 or more")
        if not (math.isfinite(self.latency_ms) and self.latency_ms >= 0):
            raise ValueError("Faults.latency_ms must be a finite number of milliseconds, 0 or more")

    def draw(self) -> FaultDraw:
        return FaultDraw(self)


class FaultDraw:
    def __init__(self, faults: Faults) -> None:
        self._faults = faults
        self._random = random.Random(f"faults-{faults.seed}")

    def next(self) -> Fault | None:
        faults = self._faults
        if faults.rate <= 0 or self._random.random() >= faults.rate:
            return None
        return Fault(faults.status, faults.retry_after, faults.latency_ms, faults.cut_after)


class FaultSyntaxError(ValueError):
    pass


MAX_RETRY_AFTER = 86_400.0  # a day: Retry-After is a count of seconds, not "forever"


def parse_fault(header: str, *, max_latency_ms: float = float("inf")) -> Fault:
    """The fault an `X-Mock-Fault` header asks for; `FaultSyntaxError` names the key and the bound it breaks.

    The status must be an error status (400 to 599): a 1xx or 2xx would not be a fault, and a 1xx cannot even be
    sent as a final answer. Whether an operation may answer it is `status_problem`'s question."""
    values: dict[str, str] = {}
    for part in header.replace(",", ";").split(";"):
        if not part.strip():
            continue
        key, separator, value = part.partition("=")
        if not separator:
            raise FaultSyntaxError(f"'{part.strip()}' is not key=value")
        values[key.strip().lower()] = value.strip()
    unknown = set(values) - {"status", "retry-after", "latency-ms", "cut-after"}
    if unknown:
        raise FaultSyntaxError(f"unknown fault key(s): {', '.join(sorted(unknown))}")
    status = _integer(values, "status")
    if status is not None and not 400 <= status <= 599:
        raise FaultSyntaxError(f"status must be an error status from 400 to 599, not {status}")
    retry_after = _number(values, "retry-after", 0.0, MAX_RETRY_AFTER)
    latency_ms = _number(values, "latency-ms", 0.0, max_latency_ms)
    cut_after = _integer(values, "cut-after")
    if cut_after is not None and cut_after < 0:
        raise FaultSyntaxError("cut-after must be a count of events, 0 or more")
    return Fault(status=status, retry_after=retry_after, latency_ms=latency_ms or 0.0, cut_after=cut_after)


def status_problem(status: int, documented: Iterable[int]) -> str | None:
    """Why a fault status cannot be answered: it is neither documented for the operation nor a registered
    HTTP status (whose reason phrase the mock would send as the body)."""
    if status in documented or status in _REGISTERED:
        return None
    return f"status {status} is neither documented for this operation nor a registered HTTP error status"


_REGISTERED = frozenset(int(status) for status in http.HTTPStatus if 400 <= status <= 599)


def _integer(values: dict[str, str], key: str) -> int | None:
    text = values.get(key)
    if text is None:
        return None
    if not (text.lstrip("-").isdigit() and len(text) <= 9):
        raise FaultSyntaxError(f"{key} must be a whole number (at most 9 digits)")
    return int(text)


def _number(values: dict[str, str], key: str, lowest: float, highest: float) -> float | None:
    text = values.get(key)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        raise FaultSyntaxError(f"{key} must be a number") from None
    if not (math.isfinite(number) and lowest <= number <= highest):
        raise FaultSyntaxError(f"{key} must be a finite number from {lowest:g} to {highest:g}")
    return number
