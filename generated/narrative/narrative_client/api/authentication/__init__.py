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
from ...models.error import Error
from ...models.login_request import LoginRequest
from ...models.login_result import LoginResult
from ...models.register_request import RegisterRequest
from ...models.register_result import RegisterResult
from ...models.registration_status import RegistrationStatus
from ...models.registration_status_request import RegistrationStatusRequest
from ...types import UNSET, Unset
from . import get_registration_status as _get_registration_status
from . import login as _login
from . import register as _register

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AuthenticationResource:
    """The authentication operations: `client.authentication.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AuthenticationResource()"

    def login(
        self,
        *,
        body: LoginRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LoginResult:
        """Sign in with a Stytch session

        Signs a user in with a Stytch session token (obtained through the registration-status operation) and
        returns the user and an API token.

        Args:
            body (LoginRequest): A Stytch session to sign in with.

        Returns:
            LoginResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _login.sync_detailed(client=self._client, body=body)
        return cast("LoginResult", success(response, "login", (200,)))

    def register(
        self,
        *,
        body: RegisterRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RegisterResult:
        """Register a user and company

        Registers the user of a Stytch session with a name and a company name, and returns the new user's
        id.

        Args:
            body (RegisterRequest): A new user and company.

        Returns:
            RegisterResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _register.sync_detailed(client=self._client, body=body)
        return cast("RegisterResult", success(response, "register", (200,)))

    def get_registration_status(
        self,
        *,
        body: RegistrationStatusRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RegistrationStatus:
        """Check a Stytch user's registration status

        Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
        opens a Stytch session for the login and register operations.

        Args:
            body (RegistrationStatusRequest): A Stytch token to check.

        Returns:
            RegistrationStatus

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _get_registration_status.sync_detailed(client=self._client, body=body)
        return cast("RegistrationStatus", success(response, "get_registration_status", (200,)))


class AsyncAuthenticationResource:
    """The authentication operations, awaited: `client.authentication.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAuthenticationResource()"

    async def login(
        self,
        *,
        body: LoginRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LoginResult:
        """Sign in with a Stytch session

        Signs a user in with a Stytch session token (obtained through the registration-status operation) and
        returns the user and an API token.

        Args:
            body (LoginRequest): A Stytch session to sign in with.

        Returns:
            LoginResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _login.asyncio_detailed(client=self._client, body=body)
        return cast("LoginResult", success(response, "login", (200,)))

    async def register(
        self,
        *,
        body: RegisterRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RegisterResult:
        """Register a user and company

        Registers the user of a Stytch session with a name and a company name, and returns the new user's
        id.

        Args:
            body (RegisterRequest): A new user and company.

        Returns:
            RegisterResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _register.asyncio_detailed(client=self._client, body=body)
        return cast("RegisterResult", success(response, "register", (200,)))

    async def get_registration_status(
        self,
        *,
        body: RegistrationStatusRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RegistrationStatus:
        """Check a Stytch user's registration status

        Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
        opens a Stytch session for the login and register operations.

        Args:
            body (RegistrationStatusRequest): A Stytch token to check.

        Returns:
            RegistrationStatus

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _get_registration_status.asyncio_detailed(client=self._client, body=body)
        return cast("RegistrationStatus", success(response, "get_registration_status", (200,)))


class AuthenticationResourceWithRawResponse:
    """The authentication operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AuthenticationResource) -> None:
        self.login = raw_response(resource.login)
        self.register = raw_response(resource.register)
        self.get_registration_status = raw_response(resource.get_registration_status)


class AsyncAuthenticationResourceWithRawResponse:
    """The authentication operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAuthenticationResource) -> None:
        self.login = async_raw_response(resource.login)
        self.register = async_raw_response(resource.register)
        self.get_registration_status = async_raw_response(resource.get_registration_status)


__all__ = (
    "AuthenticationResource",
    "AsyncAuthenticationResource",
    "AuthenticationResourceWithRawResponse",
    "AsyncAuthenticationResourceWithRawResponse",
)
