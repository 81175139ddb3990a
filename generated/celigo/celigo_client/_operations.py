"""The vendor's operations as the runtime needs them: which request is which operation, and its traits.

The traits come from the spec's extensions (`x-idempotent`, `x-rate-limit`, `x-streaming`), delivered in the
package's `_spec_meta` module; nothing here is specific to one vendor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

# Methods that are idempotent by HTTP's definition (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

_EXTENSION_KEY = "runtime.operation"


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `requests` requests in any `period_seconds` seconds."""

    requests: int
    period_seconds: float


@dataclass(frozen=True, slots=True)
class Streaming:
    """How an operation's streamed answer is framed, and which event statuses end it."""

    framing: str
    interval_seconds: float | None
    final_statuses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    method: str
    path: str
    idempotent: bool
    rate_limit: RateLimit | None
    streaming: Streaming | None

    @property
    def safe_to_retry(self) -> bool:
        return self.method in IDEMPOTENT_METHODS or self.idempotent

    @classmethod
    def from_meta(cls, operation_id: str, meta: Mapping[str, Any]) -> Operation:
        limit = meta.get("x-rate-limit")
        stream = meta.get("x-streaming")
        return cls(
            id=operation_id,
            method=str(meta["method"]).upper(),
            path=str(meta["path"]),
            idempotent=bool(meta.get("x-idempotent", False)),
            rate_limit=RateLimit(int(limit["requests"]), float(limit["period-seconds"])) if limit else None,
            streaming=Streaming(
                framing=str(stream.get("framing", "ndjson")),
                interval_seconds=float(stream["interval-seconds"]) if "interval-seconds" in stream else None,
                final_statuses=tuple(str(status) for status in stream.get("final-statuses", ())),
            )
            if stream
            else None,
        )


def _path_pattern(template: str) -> re.Pattern[str]:
    # `/audience/count/{orderId}/{queryName}` matches the end of a request path, whatever the base URL's prefix.
    pieces = re.split(r"\{[^}]+\}", template.lstrip("/"))
    return re.compile("(?:^|/)" + "[^/]+".join(re.escape(piece) for piece in pieces) + r"\Z")


class OperationTable:
    """Finds the operation a request is for, by method and path template."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._by_id = {operation.id: operation for operation in operations}
        by_method: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
        # Literal paths before templated ones, so `/a/b` wins over `/a/{x}`.
        for operation in sorted(self._by_id.values(), key=lambda op: (op.path.count("{"), -len(op.path))):
            by_method.setdefault(operation.method, []).append((_path_pattern(operation.path), operation))
        self._by_method = by_method

    @classmethod
    def from_meta(cls, meta: Mapping[str, Mapping[str, Any]]) -> OperationTable:
        return cls(Operation.from_meta(operation_id, entry) for operation_id, entry in meta.items())

    def __getitem__(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._by_id

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._by_id.values())

    def match(self, method: str, path: str) -> Operation | None:
        for pattern, operation in self._by_method.get(method, ()):
            if pattern.search(path):
                return operation
        return None

    def of(self, request: httpx.Request) -> Operation | None:
        """The operation `request` is for (remembered on the request, so each layer matches it once)."""
        extensions = request.extensions
        if _EXTENSION_KEY in extensions:
            found: Operation | None = extensions[_EXTENSION_KEY]
            return found
        found = self.match(request.method, request.url.path)
        extensions[_EXTENSION_KEY] = found
        return found
