"""The vendor's operations as the runtime needs them: which request is which operation, and its traits.

The traits come from the spec's extensions (`x-idempotent`, `x-rate-limit`, `x-streaming`, `x-pagination`); the
pipeline renders them once, as these types, into the package's `_spec_meta.API`, which the package hands to the
runtime. Nothing here is specific to one vendor, and nothing here imports the generated package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

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
class Pagination:
    """How an operation pages (`x-pagination`; its vocabulary is documented in scripts/pipeline/pagination.py)."""

    style: Literal["page", "offset", "cursor", "body-cursor"]
    items: str
    end: Literal["short-page", "next-page-null", "has-next-false", "done-true"]
    page_parameter: str | None = None
    first_page: int = 1
    offset_parameter: str | None = None
    cursor_parameter: str | None = None
    cursor_member: str | None = None
    size_parameter: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    method: str
    path: str
    idempotent: bool = False
    rate_limit: RateLimit | None = None
    streaming: Streaming | None = None
    pagination: Pagination | None = None

    @property
    def safe_to_retry(self) -> bool:
        return self.method in IDEMPOTENT_METHODS or self.idempotent


def _path_pattern(template: str) -> re.Pattern[str]:
    # `/audience/count/{orderId}/{queryName}` matches the end of a request path, whatever the base URL's prefix.
    pieces = re.split(r"\{[^}]+\}", template.lstrip("/"))
    return re.compile("(?:^|/)" + "[^/]+".join(re.escape(piece) for piece in pieces) + r"\Z")


class OperationTable:
    """Finds the operation a request is for, by method and path template."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._by_id = {operation.id: operation for operation in operations}
        self._patterns: dict[str, list[tuple[re.Pattern[str], Operation]]] | None = None

    def _by_method(self) -> dict[str, list[tuple[re.Pattern[str], Operation]]]:
        # Compiled at the first request rather than at import: a package's import stays quick.
        if self._patterns is None:
            by_method: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
            # Literal paths before templated ones, so `/a/b` wins over `/a/{x}`.
            for operation in sorted(self._by_id.values(), key=lambda op: (op.path.count("{"), -len(op.path))):
                by_method.setdefault(operation.method, []).append((_path_pattern(operation.path), operation))
            self._patterns = by_method
        return self._patterns

    def __getitem__(self, operation_id: str) -> Operation:
        return self._by_id[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._by_id

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._by_id.values())

    def get(self, operation_id: str) -> Operation | None:
        return self._by_id.get(operation_id)

    def paginated(self) -> list[str]:
        return [operation.id for operation in self if operation.pagination is not None]

    def match(self, method: str, path: str) -> Operation | None:
        for pattern, operation in self._by_method().get(method, ()):
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


@dataclass(frozen=True, slots=True)
class Credential:
    """Where the API takes a credential given as a plain string (`auth="..."`), from the spec's security scheme:
    `Authorization: Bearer <token>` (HTTP bearer, the default), an API key in a header or the query, or HTTP basic
    (the string being `user:password`)."""

    location: str = "header"  # header or query
    name: str = "Authorization"
    scheme: str = "Bearer"  # the Authorization scheme (Bearer, Basic), or "" for an API key sent as it is


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """What a package tells its runtime about its API: names, versions, where it is served, its operations."""

    vendor: str
    title: str
    distribution: str
    client_version: str
    api_version: str
    env_prefix: str
    server_url: str
    operations: OperationTable
    credential: Credential = Credential()

    @property
    def user_agent(self) -> str:
        return f"{self.distribution}/{self.client_version} python-httpx/{httpx.__version__}"
