"""The authorization operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ..._runtime import (
    AsyncPager,
    AsyncStream,
    Pager,
    RequestOptions,
    Stream,
    aopen_operation_stream,
    async_raw_response,
    open_operation_stream,
    raw_response,
    request_options,
    success,
)
from ..._spec_meta import API
from ...models.error import Error
from ...models.other_connection import OtherConnection
from ...models.rest_connection import RestConnection
from ...types import UNSET, Unset
from . import authorize_connection as _authorize_connection

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AuthorizationResource:
    """The authorization operations: `client.authorization.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AuthorizationResource()"

    def authorize(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Authorize a connection with its OAuth 2.0 provider

        Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
        consent
        happens in the browser) and returns the connection, its OAuth tokens masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _authorize_connection.sync_detailed(field_id, client=self._client)
        return cast("OtherConnection | RestConnection", success(response, "authorize_connection", (200,)))


class AsyncAuthorizationResource:
    """The authorization operations, awaited: `client.authorization.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAuthorizationResource()"

    async def authorize(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Authorize a connection with its OAuth 2.0 provider

        Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
        consent
        happens in the browser) and returns the connection, its OAuth tokens masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _authorize_connection.asyncio_detailed(field_id, client=self._client)
        return cast("OtherConnection | RestConnection", success(response, "authorize_connection", (200,)))


class AuthorizationResourceWithRawResponse:
    """The authorization operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.authorize = raw_response(resource.authorize)


class AsyncAuthorizationResourceWithRawResponse:
    """The authorization operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.authorize = async_raw_response(resource.authorize)


__all__ = (
    "AuthorizationResource",
    "AsyncAuthorizationResource",
    "AuthorizationResourceWithRawResponse",
    "AsyncAuthorizationResourceWithRawResponse",
)
