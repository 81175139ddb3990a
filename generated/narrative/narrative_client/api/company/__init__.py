"""The company operations: one module per operation, and the resource classes of the client object."""

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
from ...models.company import Company
from ...models.company_update import CompanyUpdate
from ...models.error import Error
from ...models.user_record import UserRecord
from ...models.user_update import UserUpdate
from ...types import UNSET, Unset
from . import get_company as _get_company
from . import get_company_profile as _get_company_profile
from . import update_company as _update_company
from . import update_user as _update_user

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class CompanyResource:
    """The company operations: `client.company.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "CompanyResource()"

    def get(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Company:
        """Get a company

        Returns a company's profile.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_company.sync_detailed(company_id, client=self._client)
        return cast("Company", success(response, "get_company", (200,)))

    def get_profile(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Company:
        """Get a company with its audit fields

        Returns a company's profile, with when and by whom it was last updated.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_company_profile.sync_detailed(company_id, client=self._client)
        return cast("Company", success(response, "get_company_profile", (200,)))

    def update(
        self,
        company_id: int,
        *,
        body: CompanyUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Update a company

        Replaces a company's profile. `slug` can change only once, from null (leaving it out means null,
        which passes only while it is still null); `status` can go from `pending` to `active` but not back.

        Args:
            company_id (int): The id of an existing company.
            body (CompanyUpdate): The company's new profile. `slug` can change only once, from null;
                leaving it out means null. `status` can
                go from `pending` to `active`, not back.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_company.sync_detailed(company_id, client=self._client, body=body)
        return cast("Company", success(response, "update_company", (200,)))

    def update_user(
        self,
        user_id: int,
        *,
        body: UserUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UserRecord:
        """Update a user

        Changes a user's name.

        Args:
            user_id (int): The user's id.
            body (UserUpdate): The user's new details.

        Returns:
            UserRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_user.sync_detailed(user_id, client=self._client, body=body)
        return cast("UserRecord", success(response, "update_user", (200,)))


class AsyncCompanyResource:
    """The company operations, awaited: `client.company.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncCompanyResource()"

    async def get(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Company:
        """Get a company

        Returns a company's profile.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_company.asyncio_detailed(company_id, client=self._client)
        return cast("Company", success(response, "get_company", (200,)))

    async def get_profile(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Company:
        """Get a company with its audit fields

        Returns a company's profile, with when and by whom it was last updated.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_company_profile.asyncio_detailed(company_id, client=self._client)
        return cast("Company", success(response, "get_company_profile", (200,)))

    async def update(
        self,
        company_id: int,
        *,
        body: CompanyUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Update a company

        Replaces a company's profile. `slug` can change only once, from null (leaving it out means null,
        which passes only while it is still null); `status` can go from `pending` to `active` but not back.

        Args:
            company_id (int): The id of an existing company.
            body (CompanyUpdate): The company's new profile. `slug` can change only once, from null;
                leaving it out means null. `status` can
                go from `pending` to `active`, not back.

        Returns:
            Company

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_company.asyncio_detailed(company_id, client=self._client, body=body)
        return cast("Company", success(response, "update_company", (200,)))

    async def update_user(
        self,
        user_id: int,
        *,
        body: UserUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UserRecord:
        """Update a user

        Changes a user's name.

        Args:
            user_id (int): The user's id.
            body (UserUpdate): The user's new details.

        Returns:
            UserRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_user.asyncio_detailed(user_id, client=self._client, body=body)
        return cast("UserRecord", success(response, "update_user", (200,)))


class CompanyResourceWithRawResponse:
    """The company operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: CompanyResource) -> None:
        self.get = raw_response(resource.get)
        self.get_profile = raw_response(resource.get_profile)
        self.update = raw_response(resource.update)
        self.update_user = raw_response(resource.update_user)


class AsyncCompanyResourceWithRawResponse:
    """The company operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncCompanyResource) -> None:
        self.get = async_raw_response(resource.get)
        self.get_profile = async_raw_response(resource.get_profile)
        self.update = async_raw_response(resource.update)
        self.update_user = async_raw_response(resource.update_user)


__all__ = (
    "CompanyResource",
    "AsyncCompanyResource",
    "CompanyResourceWithRawResponse",
    "AsyncCompanyResourceWithRawResponse",
)
