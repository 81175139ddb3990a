"""A client library for accessing Celigo integrator.io Connections API"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._client_object import AsyncClientObject, SyncClientObject
from ._clock import Clock
from ._connect import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BearerToken, connect
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamDecodeError,
    StreamError,
)
from ._pagination import AsyncPager, Page, Pager, apaginate, paginate
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream
from ._transport import DualTransport
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .api.authorization import AsyncAuthorizationResource, AuthorizationResource
    from .api.connection_diagnostics import AsyncConnectionDiagnosticsResource, ConnectionDiagnosticsResource
    from .api.connections import AsyncConnectionsResource, ConnectionsResource
    from .api.virtual_exports import AsyncVirtualExportsResource, VirtualExportsResource
    from .api.virtual_imports import AsyncVirtualImportsResource, VirtualImportsResource


class Celigo(SyncClientObject):
    """The API's client object: a resource per tag, e.g. `client.authorization`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.integrator.io/v1`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        environ: where settings are read from (default: `os.environ`).
    """

    _SERVER_URL = "https://api.integrator.io/v1"

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
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


class AsyncCeligo(AsyncClientObject):
    """The API's client object, awaited: a resource per tag, e.g. `client.authorization`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.integrator.io/v1`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        environ: where settings are read from (default: `os.environ`).
    """

    _SERVER_URL = "https://api.integrator.io/v1"

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
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


__all__ = (
    "Celigo",
    "AsyncCeligo",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
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
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "apaginate",
    "connect",
    "paginate",
)
