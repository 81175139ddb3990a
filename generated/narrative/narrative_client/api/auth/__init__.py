"""The auth operations: one module per operation, and the resource classes of the client object."""

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
from ...models.api_token import ApiToken
from ...models.error import Error
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import UNSET, Unset
from . import request_oauth_token as _request_oauth_token

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AuthResource:
    """The auth operations: `client.auth.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AuthResource()"

    def request_oauth_token(
        self,
        *,
        body: OAuthTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiToken:
        """Request or refresh an OAuth token

        Issues an API access token for the client's credentials (`grant_type=client_credentials`), or a
        fresh
        one for a refresh token (`grant_type=refresh_token`). The client authenticates with HTTP Basic
        (client
        id and secret); the body is a form.

        Args:
            body (OAuthTokenRequest): The form of `POST /oauth/token`.

        Returns:
            ApiToken

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _request_oauth_token.sync_detailed(client=self._client, body=body)
        return cast("ApiToken", success(response, "request_oauth_token", (200,)))


class AsyncAuthResource:
    """The auth operations, awaited: `client.auth.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAuthResource()"

    async def request_oauth_token(
        self,
        *,
        body: OAuthTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiToken:
        """Request or refresh an OAuth token

        Issues an API access token for the client's credentials (`grant_type=client_credentials`), or a
        fresh
        one for a refresh token (`grant_type=refresh_token`). The client authenticates with HTTP Basic
        (client
        id and secret); the body is a form.

        Args:
            body (OAuthTokenRequest): The form of `POST /oauth/token`.

        Returns:
            ApiToken

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _request_oauth_token.asyncio_detailed(client=self._client, body=body)
        return cast("ApiToken", success(response, "request_oauth_token", (200,)))


class AuthResourceWithRawResponse:
    """The auth operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AuthResource) -> None:
        self.request_oauth_token = raw_response(resource.request_oauth_token)


class AsyncAuthResourceWithRawResponse:
    """The auth operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.request_oauth_token = async_raw_response(resource.request_oauth_token)


__all__ = ("AuthResource", "AsyncAuthResource", "AuthResourceWithRawResponse", "AsyncAuthResourceWithRawResponse")
