"""A client library for accessing Commanders Act commander1 API (Sources)"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClientObject,
    AsyncPager,
    AsyncPaginate,
    AsyncStream,
    AuthenticationError,
    BadRequestError,
    BearerToken,
    Clock,
    ConflictError,
    Connector,
    DualTransport,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    Page,
    Pager,
    Paginate,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RawResponse,
    RetryPolicy,
    Stream,
    StreamDecodeError,
    StreamError,
    SyncClientObject,
    is_unknown,
)
from ._spec_meta import API
from .client import AuthenticatedClient, Client

connect: Connector[AuthenticatedClient] = Connector(API, AuthenticatedClient)
paginate = Paginate(API.operations)
apaginate = AsyncPaginate(API.operations)

if TYPE_CHECKING:
    from .api.sources import (
        AsyncSourcesResource,
        AsyncSourcesResourceWithRawResponse,
        SourcesResource,
        SourcesResourceWithRawResponse,
    )


class CommandersAct(SyncClientObject[AuthenticatedClient]):
    """The API's client object: a resource per tag, e.g. `client.sources`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.commander1.com/v2/{siteId}`), its variables from the arguments below, else `<VENDOR>_<VARIABLE>`, else their defaults.
        site_id: the server variable `siteId` (default `1234`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        http_client: an `httpx.Client` of yours to send through (its proxies, TLS, limits, event hooks),
            beneath the runtime's auth, retries and pacing; yours to close.
        environ: where settings are read from (default: `os.environ`).
    """

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        site_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        http_client: httpx.Client | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            connect=connect,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            http_client=http_client,
            environ=environ,
            server_variables={
                "siteId": (site_id, "1234"),
            },
            server_arguments={
                "site_id": site_id,
            },
        )

    @cached_property
    def sources(self) -> SourcesResource:
        from .api.sources import SourcesResource

        return SourcesResource(self._client)

    @cached_property
    def with_raw_response(self) -> CommandersActWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return CommandersActWithRawResponse(self)


class CommandersActWithRawResponse:
    def __init__(self, client: CommandersAct) -> None:
        self._client = client

    @cached_property
    def sources(self) -> SourcesResourceWithRawResponse:
        from .api.sources import SourcesResourceWithRawResponse

        return SourcesResourceWithRawResponse(self._client.sources)


class AsyncCommandersAct(AsyncClientObject[AuthenticatedClient]):
    """The API's client object, awaited: a resource per tag, e.g. `client.sources`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.commander1.com/v2/{siteId}`), its variables from the arguments below, else `<VENDOR>_<VARIABLE>`, else their defaults.
        site_id: the server variable `siteId` (default `1234`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        http_client: an `httpx.AsyncClient` of yours to send through (its proxies, TLS, limits, event hooks),
            beneath the runtime's auth, retries and pacing; yours to close.
        environ: where settings are read from (default: `os.environ`).
    """

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        site_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            connect=connect,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            http_client=http_client,
            environ=environ,
            server_variables={
                "siteId": (site_id, "1234"),
            },
            server_arguments={
                "site_id": site_id,
            },
        )

    @cached_property
    def sources(self) -> AsyncSourcesResource:
        from .api.sources import AsyncSourcesResource

        return AsyncSourcesResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCommandersActWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return AsyncCommandersActWithRawResponse(self)


class AsyncCommandersActWithRawResponse:
    def __init__(self, client: AsyncCommandersAct) -> None:
        self._client = client

    @cached_property
    def sources(self) -> AsyncSourcesResourceWithRawResponse:
        from .api.sources import AsyncSourcesResourceWithRawResponse

        return AsyncSourcesResourceWithRawResponse(self._client.sources)


__version__ = API.client_version
API_VERSION = API.api_version

__all__ = (
    "API_VERSION",
    "CommandersAct",
    "AsyncCommandersAct",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "Client",
    "Clock",
    "ConflictError",
    "ErrorDetail",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "Pager",
    "PaginationError",
    "RawResponse",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "apaginate",
    "connect",
    "is_unknown",
    "paginate",
)
