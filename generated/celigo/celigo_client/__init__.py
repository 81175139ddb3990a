"""A client library for accessing Celigo integrator.io Connections API"""

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
    from .api.authorization import (
        AsyncAuthorizationResource,
        AsyncAuthorizationResourceWithRawResponse,
        AuthorizationResource,
        AuthorizationResourceWithRawResponse,
    )
    from .api.connection_diagnostics import (
        AsyncConnectionDiagnosticsResource,
        AsyncConnectionDiagnosticsResourceWithRawResponse,
        ConnectionDiagnosticsResource,
        ConnectionDiagnosticsResourceWithRawResponse,
    )
    from .api.connections import (
        AsyncConnectionsResource,
        AsyncConnectionsResourceWithRawResponse,
        ConnectionsResource,
        ConnectionsResourceWithRawResponse,
    )
    from .api.virtual_exports import (
        AsyncVirtualExportsResource,
        AsyncVirtualExportsResourceWithRawResponse,
        VirtualExportsResource,
        VirtualExportsResourceWithRawResponse,
    )
    from .api.virtual_imports import (
        AsyncVirtualImportsResource,
        AsyncVirtualImportsResourceWithRawResponse,
        VirtualImportsResource,
        VirtualImportsResourceWithRawResponse,
    )


class Celigo(SyncClientObject[AuthenticatedClient]):
    """The API's client object: a resource per tag, e.g. `client.authorization`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.integrator.io/v1`).
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
            server_variables={},
            server_arguments={},
        )

    @cached_property
    def authorization(self) -> AuthorizationResource:
        from .api.authorization import AuthorizationResource

        return AuthorizationResource(self._client)

    @cached_property
    def connection_diagnostics(self) -> ConnectionDiagnosticsResource:
        from .api.connection_diagnostics import ConnectionDiagnosticsResource

        return ConnectionDiagnosticsResource(self._client)

    @cached_property
    def connections(self) -> ConnectionsResource:
        from .api.connections import ConnectionsResource

        return ConnectionsResource(self._client)

    @cached_property
    def virtual_exports(self) -> VirtualExportsResource:
        from .api.virtual_exports import VirtualExportsResource

        return VirtualExportsResource(self._client)

    @cached_property
    def virtual_imports(self) -> VirtualImportsResource:
        from .api.virtual_imports import VirtualImportsResource

        return VirtualImportsResource(self._client)

    @cached_property
    def with_raw_response(self) -> CeligoWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return CeligoWithRawResponse(self)


class CeligoWithRawResponse:
    def __init__(self, client: Celigo) -> None:
        self._client = client

    @cached_property
    def authorization(self) -> AuthorizationResourceWithRawResponse:
        from .api.authorization import AuthorizationResourceWithRawResponse

        return AuthorizationResourceWithRawResponse(self._client.authorization)

    @cached_property
    def connection_diagnostics(self) -> ConnectionDiagnosticsResourceWithRawResponse:
        from .api.connection_diagnostics import ConnectionDiagnosticsResourceWithRawResponse

        return ConnectionDiagnosticsResourceWithRawResponse(self._client.connection_diagnostics)

    @cached_property
    def connections(self) -> ConnectionsResourceWithRawResponse:
        from .api.connections import ConnectionsResourceWithRawResponse

        return ConnectionsResourceWithRawResponse(self._client.connections)

    @cached_property
    def virtual_exports(self) -> VirtualExportsResourceWithRawResponse:
        from .api.virtual_exports import VirtualExportsResourceWithRawResponse

        return VirtualExportsResourceWithRawResponse(self._client.virtual_exports)

    @cached_property
    def virtual_imports(self) -> VirtualImportsResourceWithRawResponse:
        from .api.virtual_imports import VirtualImportsResourceWithRawResponse

        return VirtualImportsResourceWithRawResponse(self._client.virtual_imports)


class AsyncCeligo(AsyncClientObject[AuthenticatedClient]):
    """The API's client object, awaited: a resource per tag, e.g. `client.authorization`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.integrator.io/v1`).
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
            server_variables={},
            server_arguments={},
        )

    @cached_property
    def authorization(self) -> AsyncAuthorizationResource:
        from .api.authorization import AsyncAuthorizationResource

        return AsyncAuthorizationResource(self._client)

    @cached_property
    def connection_diagnostics(self) -> AsyncConnectionDiagnosticsResource:
        from .api.connection_diagnostics import AsyncConnectionDiagnosticsResource

        return AsyncConnectionDiagnosticsResource(self._client)

    @cached_property
    def connections(self) -> AsyncConnectionsResource:
        from .api.connections import AsyncConnectionsResource

        return AsyncConnectionsResource(self._client)

    @cached_property
    def virtual_exports(self) -> AsyncVirtualExportsResource:
        from .api.virtual_exports import AsyncVirtualExportsResource

        return AsyncVirtualExportsResource(self._client)

    @cached_property
    def virtual_imports(self) -> AsyncVirtualImportsResource:
        from .api.virtual_imports import AsyncVirtualImportsResource

        return AsyncVirtualImportsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCeligoWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return AsyncCeligoWithRawResponse(self)


class AsyncCeligoWithRawResponse:
    def __init__(self, client: AsyncCeligo) -> None:
        self._client = client

    @cached_property
    def authorization(self) -> AsyncAuthorizationResourceWithRawResponse:
        from .api.authorization import AsyncAuthorizationResourceWithRawResponse

        return AsyncAuthorizationResourceWithRawResponse(self._client.authorization)

    @cached_property
    def connection_diagnostics(self) -> AsyncConnectionDiagnosticsResourceWithRawResponse:
        from .api.connection_diagnostics import AsyncConnectionDiagnosticsResourceWithRawResponse

        return AsyncConnectionDiagnosticsResourceWithRawResponse(self._client.connection_diagnostics)

    @cached_property
    def connections(self) -> AsyncConnectionsResourceWithRawResponse:
        from .api.connections import AsyncConnectionsResourceWithRawResponse

        return AsyncConnectionsResourceWithRawResponse(self._client.connections)

    @cached_property
    def virtual_exports(self) -> AsyncVirtualExportsResourceWithRawResponse:
        from .api.virtual_exports import AsyncVirtualExportsResourceWithRawResponse

        return AsyncVirtualExportsResourceWithRawResponse(self._client.virtual_exports)

    @cached_property
    def virtual_imports(self) -> AsyncVirtualImportsResourceWithRawResponse:
        from .api.virtual_imports import AsyncVirtualImportsResourceWithRawResponse

        return AsyncVirtualImportsResourceWithRawResponse(self._client.virtual_imports)


__version__ = API.client_version
API_VERSION = API.api_version

__all__ = (
    "API_VERSION",
    "Celigo",
    "AsyncCeligo",
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
