"""The apps operations: one module per operation, and the resource classes of the client object."""

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
from ...models.app_slug import AppSlug
from ...models.app_slug_update import AppSlugUpdate
from ...models.error import Error
from ...models.profile_data import ProfileData
from ...models.profile_data_saved import ProfileDataSaved
from ...models.profile_store_schema_version import ProfileStoreSchemaVersion
from ...models.put_profile_data_body import PutProfileDataBody
from ...models.put_profile_store_schema_body import PutProfileStoreSchemaBody
from ...types import UNSET, Unset
from . import get_profile_data as _get_profile_data
from . import get_profile_store_schema_version as _get_profile_store_schema_version
from . import list_profile_store_schema_versions as _list_profile_store_schema_versions
from . import put_profile_data as _put_profile_data
from . import put_profile_store_schema as _put_profile_store_schema
from . import set_app_slug as _set_app_slug

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AppsResource:
    """The apps operations: `client.apps.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AppsResource()"

    def list_profile_store_schema_versions(
        self,
        app_slug: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[ProfileStoreSchemaVersion]:
        """List an app's profile-store schema versions

        Returns every version of the app's profile-store JSON Schema.

        Args:
            app_slug (str): The app's unique name.

        Returns:
            builtins.list[ProfileStoreSchemaVersion]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_profile_store_schema_versions.sync_detailed(app_slug, client=self._client)
        return cast(
            "builtins.list[ProfileStoreSchemaVersion]", success(response, "list_profile_store_schema_versions", (200,))
        )

    def put_profile_store_schema(
        self,
        app_slug: str,
        *,
        body: PutProfileStoreSchemaBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ProfileStoreSchemaVersion:
        """Submit an app's profile-store schema

        Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
        submission makes a new version.

        Args:
            app_slug (str): The app's unique name.
            body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

        Returns:
            ProfileStoreSchemaVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _put_profile_store_schema.sync_detailed(app_slug, client=self._client, body=body)
        return cast("ProfileStoreSchemaVersion", success(response, "put_profile_store_schema", (200,)))

    def get_profile_store_schema_version(
        self,
        app_slug: str,
        schema_version_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProfileStoreSchemaVersion:
        """Get one version of an app's profile-store schema

        Returns one version of the app's profile-store JSON Schema.

        Args:
            app_slug (str): The app's unique name.
            schema_version_id (UUID): The schema version's identifier.

        Returns:
            ProfileStoreSchemaVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_profile_store_schema_version.sync_detailed(app_slug, schema_version_id, client=self._client)
        return cast("ProfileStoreSchemaVersion", success(response, "get_profile_store_schema_version", (200,)))

    def get_profile_data(
        self,
        app_slug: str,
        profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProfileData:
        """Get a profile's data

        Returns the data stored for one profile in the app's profile store.

        Args:
            app_slug (str): The app's unique name.
            profile_id (UUID): The profile's identifier (sent after a literal `$`).

        Returns:
            ProfileData

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_profile_data.sync_detailed(app_slug, profile_id, client=self._client)
        return cast("ProfileData", success(response, "get_profile_data", (200,)))

    def put_profile_data(
        self,
        app_slug: str,
        profile_id: UUID,
        *,
        body: PutProfileDataBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ProfileDataSaved:
        """Submit a profile's data

        Creates or replaces the data of one profile in the app's profile store; the data is checked against
        the current schema version.

        Args:
            app_slug (str): The app's unique name.
            profile_id (UUID): The profile's identifier (sent after a literal `$`).
            body (PutProfileDataBody): The profile's data: any JSON object.

        Returns:
            ProfileDataSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _put_profile_data.sync_detailed(app_slug, profile_id, client=self._client, body=body)
        return cast("ProfileDataSaved", success(response, "put_profile_data", (200,)))

    def set_slug(
        self,
        app_id: int,
        *,
        body: AppSlugUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppSlug:
        """Set an app's slug

        Sets the slug of an app. A slug can be set only once, when it is still null.

        Args:
            app_id (int): The app's identifier.
            body (AppSlugUpdate): A new slug for an app.

        Returns:
            AppSlug

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _set_app_slug.sync_detailed(app_id, client=self._client, body=body)
        return cast("AppSlug", success(response, "set_app_slug", (200,)))


class AsyncAppsResource:
    """The apps operations, awaited: `client.apps.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAppsResource()"

    async def list_profile_store_schema_versions(
        self,
        app_slug: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[ProfileStoreSchemaVersion]:
        """List an app's profile-store schema versions

        Returns every version of the app's profile-store JSON Schema.

        Args:
            app_slug (str): The app's unique name.

        Returns:
            builtins.list[ProfileStoreSchemaVersion]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_profile_store_schema_versions.asyncio_detailed(app_slug, client=self._client)
        return cast(
            "builtins.list[ProfileStoreSchemaVersion]", success(response, "list_profile_store_schema_versions", (200,))
        )

    async def put_profile_store_schema(
        self,
        app_slug: str,
        *,
        body: PutProfileStoreSchemaBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ProfileStoreSchemaVersion:
        """Submit an app's profile-store schema

        Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
        submission makes a new version.

        Args:
            app_slug (str): The app's unique name.
            body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

        Returns:
            ProfileStoreSchemaVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _put_profile_store_schema.asyncio_detailed(app_slug, client=self._client, body=body)
        return cast("ProfileStoreSchemaVersion", success(response, "put_profile_store_schema", (200,)))

    async def get_profile_store_schema_version(
        self,
        app_slug: str,
        schema_version_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProfileStoreSchemaVersion:
        """Get one version of an app's profile-store schema

        Returns one version of the app's profile-store JSON Schema.

        Args:
            app_slug (str): The app's unique name.
            schema_version_id (UUID): The schema version's identifier.

        Returns:
            ProfileStoreSchemaVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_profile_store_schema_version.asyncio_detailed(
                app_slug, schema_version_id, client=self._client
            )
        return cast("ProfileStoreSchemaVersion", success(response, "get_profile_store_schema_version", (200,)))

    async def get_profile_data(
        self,
        app_slug: str,
        profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ProfileData:
        """Get a profile's data

        Returns the data stored for one profile in the app's profile store.

        Args:
            app_slug (str): The app's unique name.
            profile_id (UUID): The profile's identifier (sent after a literal `$`).

        Returns:
            ProfileData

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_profile_data.asyncio_detailed(app_slug, profile_id, client=self._client)
        return cast("ProfileData", success(response, "get_profile_data", (200,)))

    async def put_profile_data(
        self,
        app_slug: str,
        profile_id: UUID,
        *,
        body: PutProfileDataBody,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ProfileDataSaved:
        """Submit a profile's data

        Creates or replaces the data of one profile in the app's profile store; the data is checked against
        the current schema version.

        Args:
            app_slug (str): The app's unique name.
            profile_id (UUID): The profile's identifier (sent after a literal `$`).
            body (PutProfileDataBody): The profile's data: any JSON object.

        Returns:
            ProfileDataSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _put_profile_data.asyncio_detailed(app_slug, profile_id, client=self._client, body=body)
        return cast("ProfileDataSaved", success(response, "put_profile_data", (200,)))

    async def set_slug(
        self,
        app_id: int,
        *,
        body: AppSlugUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AppSlug:
        """Set an app's slug

        Sets the slug of an app. A slug can be set only once, when it is still null.

        Args:
            app_id (int): The app's identifier.
            body (AppSlugUpdate): A new slug for an app.

        Returns:
            AppSlug

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _set_app_slug.asyncio_detailed(app_id, client=self._client, body=body)
        return cast("AppSlug", success(response, "set_app_slug", (200,)))


class AppsResourceWithRawResponse:
    """The apps operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AppsResource) -> None:
        self.list_profile_store_schema_versions = raw_response(resource.list_profile_store_schema_versions)
        self.put_profile_store_schema = raw_response(resource.put_profile_store_schema)
        self.get_profile_store_schema_version = raw_response(resource.get_profile_store_schema_version)
        self.get_profile_data = raw_response(resource.get_profile_data)
        self.put_profile_data = raw_response(resource.put_profile_data)
        self.set_slug = raw_response(resource.set_slug)


class AsyncAppsResourceWithRawResponse:
    """The apps operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAppsResource) -> None:
        self.list_profile_store_schema_versions = async_raw_response(resource.list_profile_store_schema_versions)
        self.put_profile_store_schema = async_raw_response(resource.put_profile_store_schema)
        self.get_profile_store_schema_version = async_raw_response(resource.get_profile_store_schema_version)
        self.get_profile_data = async_raw_response(resource.get_profile_data)
        self.put_profile_data = async_raw_response(resource.put_profile_data)
        self.set_slug = async_raw_response(resource.set_slug)


__all__ = ("AppsResource", "AsyncAppsResource", "AppsResourceWithRawResponse", "AsyncAppsResourceWithRawResponse")
