"""The access_tokens operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from uuid import UUID

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
from ...models.access_token import AccessToken
from ...models.access_token_created import AccessTokenCreated
from ...models.access_token_envelope import AccessTokenEnvelope
from ...models.access_token_list import AccessTokenList
from ...models.access_token_request import AccessTokenRequest
from ...models.error import Error
from ...models.update_access_token_body import UpdateAccessTokenBody
from ...types import UNSET, Unset
from . import create_access_token as _create_access_token
from . import get_access_token as _get_access_token
from . import list_access_tokens as _list_access_tokens
from . import update_access_token as _update_access_token

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AccessTokensResource:
    """The access_tokens operations: `client.access_tokens.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AccessTokensResource()"

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessTokenList:
        """List system access tokens

        Lists the company's system access tokens, without their secrets.

        Returns:
            AccessTokenList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_access_tokens.sync_detailed(client=self._client)
        return cast("AccessTokenList", success(response, "list_access_tokens", (200,)))

    def create(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessTokenCreated:
        """Create a system access token

        Creates a system access token with the permissions asked for. The answer is the only time its secret
        (`access_token`) is shown.

        Args:
            body (AccessTokenRequest): A system access token to create or change.

        Returns:
            AccessTokenCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_access_token.sync_detailed(client=self._client, body=body)
        return cast("AccessTokenCreated", success(response, "create_access_token", (200,)))

    def get(
        self,
        access_token_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessTokenEnvelope:
        """Get a system access token

        Returns one system access token, without its secret, wrapped in `record`.

        Args:
            access_token_id (UUID): The token's identifier.

        Returns:
            AccessTokenEnvelope

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_access_token.sync_detailed(access_token_id, client=self._client)
        return cast("AccessTokenEnvelope", success(response, "get_access_token", (200,)))

    def update(
        self,
        access_token_id: UUID,
        *,
        body: UpdateAccessTokenBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessToken:
        """Update a system access token

        Changes a system access token's name, permissions or expiry.

        Args:
            access_token_id (UUID): The token's identifier.
            body (UpdateAccessTokenBody): The token's fields to change.

        Returns:
            AccessToken

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_access_token.sync_detailed(access_token_id, client=self._client, body=body)
        return cast("AccessToken", success(response, "update_access_token", (200,)))


class AsyncAccessTokensResource:
    """The access_tokens operations, awaited: `client.access_tokens.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAccessTokensResource()"

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessTokenList:
        """List system access tokens

        Lists the company's system access tokens, without their secrets.

        Returns:
            AccessTokenList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_access_tokens.asyncio_detailed(client=self._client)
        return cast("AccessTokenList", success(response, "list_access_tokens", (200,)))

    async def create(
        self,
        *,
        body: AccessTokenRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessTokenCreated:
        """Create a system access token

        Creates a system access token with the permissions asked for. The answer is the only time its secret
        (`access_token`) is shown.

        Args:
            body (AccessTokenRequest): A system access token to create or change.

        Returns:
            AccessTokenCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_access_token.asyncio_detailed(client=self._client, body=body)
        return cast("AccessTokenCreated", success(response, "create_access_token", (200,)))

    async def get(
        self,
        access_token_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessTokenEnvelope:
        """Get a system access token

        Returns one system access token, without its secret, wrapped in `record`.

        Args:
            access_token_id (UUID): The token's identifier.

        Returns:
            AccessTokenEnvelope

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_access_token.asyncio_detailed(access_token_id, client=self._client)
        return cast("AccessTokenEnvelope", success(response, "get_access_token", (200,)))

    async def update(
        self,
        access_token_id: UUID,
        *,
        body: UpdateAccessTokenBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessToken:
        """Update a system access token

        Changes a system access token's name, permissions or expiry.

        Args:
            access_token_id (UUID): The token's identifier.
            body (UpdateAccessTokenBody): The token's fields to change.

        Returns:
            AccessToken

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_access_token.asyncio_detailed(access_token_id, client=self._client, body=body)
        return cast("AccessToken", success(response, "update_access_token", (200,)))


class AccessTokensResourceWithRawResponse:
    """The access_tokens operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AccessTokensResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncAccessTokensResourceWithRawResponse:
    """The access_tokens operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAccessTokensResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)


__all__ = (
    "AccessTokensResource",
    "AsyncAccessTokensResource",
    "AccessTokensResourceWithRawResponse",
    "AsyncAccessTokensResourceWithRawResponse",
)
