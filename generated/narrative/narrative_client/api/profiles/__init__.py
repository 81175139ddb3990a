"""The profiles operations: one module per operation, and the resource classes of the client object."""

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
from ...models.app_profile import AppProfile
from ...models.app_profile_request import AppProfileRequest
from ...models.error import Error
from ...types import UNSET, Unset
from . import archive_profile as _archive_profile
from . import create_profile as _create_profile
from . import disable_profile as _disable_profile
from . import enable_profile as _enable_profile
from . import get_profile as _get_profile
from . import list_profiles as _list_profiles
from . import update_profile as _update_profile

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ProfilesResource:
    """The profiles operations: `client.profiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ProfilesResource()"

    def list(
        self,
        installation_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AppProfile]:
        """List an installation's app profiles

        Lists the profiles of an app installation. A profile points to configuration the app keeps outside
        Narrative, e.g. a connector's settings.

        Args:
            installation_id (UUID): The app installation's identifier.

        Returns:
            builtins.list[AppProfile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_profiles.sync_detailed(installation_id, client=self._client)
        return cast("builtins.list[AppProfile]", success(response, "list_profiles", (200,)))

    def create(
        self,
        installation_id: UUID,
        *,
        body: AppProfileRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Create an app profile

        Creates a profile with a new unique id. New profiles are `disabled` and must be enabled.

        Args:
            installation_id (UUID): The app installation's identifier.
            body (AppProfileRequest): An app profile's name and description.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_profile.sync_detailed(installation_id, client=self._client, body=body)
        return cast("AppProfile", success(response, "create_profile", (200,)))

    def get(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Get an app profile

        Returns one profile.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_profile.sync_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "get_profile", (200,)))

    def update(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        body: AppProfileRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Update an app profile

        Changes a profile's name or description.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.
            body (AppProfileRequest): An app profile's name and description.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_profile.sync_detailed(installation_id, app_profile_id, client=self._client, body=body)
        return cast("AppProfile", success(response, "update_profile", (200,)))

    def enable(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Enable an app profile

        Enables a profile; only enabled profiles are used when subscriptions are delivered.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _enable_profile.sync_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "enable_profile", (200,)))

    def disable(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Disable an app profile

        Disables a profile, so that deliveries no longer use it.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _disable_profile.sync_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "disable_profile", (200,)))

    def archive(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Archive an app profile

        Archives a profile, so that it can never be used again.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _archive_profile.sync_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "archive_profile", (200,)))


class AsyncProfilesResource:
    """The profiles operations, awaited: `client.profiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncProfilesResource()"

    async def list(
        self,
        installation_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AppProfile]:
        """List an installation's app profiles

        Lists the profiles of an app installation. A profile points to configuration the app keeps outside
        Narrative, e.g. a connector's settings.

        Args:
            installation_id (UUID): The app installation's identifier.

        Returns:
            builtins.list[AppProfile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_profiles.asyncio_detailed(installation_id, client=self._client)
        return cast("builtins.list[AppProfile]", success(response, "list_profiles", (200,)))

    async def create(
        self,
        installation_id: UUID,
        *,
        body: AppProfileRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Create an app profile

        Creates a profile with a new unique id. New profiles are `disabled` and must be enabled.

        Args:
            installation_id (UUID): The app installation's identifier.
            body (AppProfileRequest): An app profile's name and description.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_profile.asyncio_detailed(installation_id, client=self._client, body=body)
        return cast("AppProfile", success(response, "create_profile", (200,)))

    async def get(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Get an app profile

        Returns one profile.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_profile.asyncio_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "get_profile", (200,)))

    async def update(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        body: AppProfileRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Update an app profile

        Changes a profile's name or description.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.
            body (AppProfileRequest): An app profile's name and description.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_profile.asyncio_detailed(
                installation_id, app_profile_id, client=self._client, body=body
            )
        return cast("AppProfile", success(response, "update_profile", (200,)))

    async def enable(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Enable an app profile

        Enables a profile; only enabled profiles are used when subscriptions are delivered.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _enable_profile.asyncio_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "enable_profile", (200,)))

    async def disable(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Disable an app profile

        Disables a profile, so that deliveries no longer use it.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _disable_profile.asyncio_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "disable_profile", (200,)))

    async def archive(
        self,
        installation_id: UUID,
        app_profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppProfile:
        """Archive an app profile

        Archives a profile, so that it can never be used again.

        Args:
            installation_id (UUID): The app installation's identifier.
            app_profile_id (UUID): The app profile's identifier.

        Returns:
            AppProfile

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _archive_profile.asyncio_detailed(installation_id, app_profile_id, client=self._client)
        return cast("AppProfile", success(response, "archive_profile", (200,)))


class ProfilesResourceWithRawResponse:
    """The profiles operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ProfilesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.enable = raw_response(resource.enable)
        self.disable = raw_response(resource.disable)
        self.archive = raw_response(resource.archive)


class AsyncProfilesResourceWithRawResponse:
    """The profiles operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncProfilesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.enable = async_raw_response(resource.enable)
        self.disable = async_raw_response(resource.disable)
        self.archive = async_raw_response(resource.archive)


__all__ = (
    "ProfilesResource",
    "AsyncProfilesResource",
    "ProfilesResourceWithRawResponse",
    "AsyncProfilesResourceWithRawResponse",
)
