"""Faults on demand: a status with `Retry-After`, added latency, or a stream cut short.

Per request with the header `X-Mock-Fault: status=503; retry-after=2; latency-ms=150; cut-after=2`
(any subset), or for every request at a seeded rate with `Faults(rate=0.1, status=503, ...)`.
"""

from __future__ import annotations

import random
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


def parse_fault(header: str) -> Fault:
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
    try:
        status = int(values["status"]) if "status" in values else None
        fault = Fault(
            status=status,
            retry_after=float(values["retry-after"]) if "retry-after" in values else None,
            latency_ms=float(values.get("latency-ms", 0)),
            cut_after=int(values["cut-after"]) if "cut-after" in values else None,
        )
    except ValueError as error:
        raise FaultSyntaxError(f"bad fault value: {error}") from None
    if status is not None and not 100 <= status <= 599:
        raise FaultSyntaxError("status must be between 100 and 599")
    return fault
