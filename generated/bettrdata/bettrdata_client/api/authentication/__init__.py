"""The authentication operations: one module per operation, and the resource classes of the client object."""

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
from ...models.cognito_initiate_auth_response import CognitoInitiateAuthResponse
from ...models.error import Error
from ...models.get_token_x_amz_target import GetTokenXAmzTarget
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Unset
from . import get_token as _get_token

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AuthenticationResource:
    """The authentication operations: `client.authentication.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AuthenticationResource()"

    def get_token(
        self,
        *,
        body: TokenRequest,
        x_amz_target: GetTokenXAmzTarget
        | Literal["AWSCognitoIdentityProviderService.InitiateAuth"] = "AWSCognitoIdentityProviderService.InitiateAuth",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CognitoInitiateAuthResponse | TokenResponse:
        """Sign in and obtain a bearer token

        Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
        flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
        idempotent, so a failed call may safely be repeated.

        Args:
            x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
                `AWSCognitoIdentityProviderService.InitiateAuth`.
            body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

        Returns:
            CognitoInitiateAuthResponse | TokenResponse

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _get_token.sync_detailed(
                client=self._client, body=body, x_amz_target=GetTokenXAmzTarget(x_amz_target)
            )
        return cast("CognitoInitiateAuthResponse | TokenResponse", success(response, "get_token", (200,)))


class AsyncAuthenticationResource:
    """The authentication operations, awaited: `client.authentication.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAuthenticationResource()"

    async def get_token(
        self,
        *,
        body: TokenRequest,
        x_amz_target: GetTokenXAmzTarget
        | Literal["AWSCognitoIdentityProviderService.InitiateAuth"] = "AWSCognitoIdentityProviderService.InitiateAuth",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CognitoInitiateAuthResponse | TokenResponse:
        """Sign in and obtain a bearer token

        Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
        flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
        idempotent, so a failed call may safely be repeated.

        Args:
            x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
                `AWSCognitoIdentityProviderService.InitiateAuth`.
            body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

        Returns:
            CognitoInitiateAuthResponse | TokenResponse

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _get_token.asyncio_detailed(
                client=self._client, body=body, x_amz_target=GetTokenXAmzTarget(x_amz_target)
            )
        return cast("CognitoInitiateAuthResponse | TokenResponse", success(response, "get_token", (200,)))


class AuthenticationResourceWithRawResponse:
    """The authentication operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self.get_token = raw_response(resource.get_token)


class AsyncAuthenticationResourceWithRawResponse:
    """The authentication operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self.get_token = async_raw_response(resource.get_token)


__all__ = (
    "AuthenticationResource",
    "AsyncAuthenticationResource",
    "AuthenticationResourceWithRawResponse",
    "AsyncAuthenticationResourceWithRawResponse",
)
