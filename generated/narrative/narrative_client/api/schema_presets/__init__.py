"""The schema_presets operations: one module per operation, and the resource classes of the client object."""

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
from ...models.schema_preset import SchemaPreset
from ...models.schema_preset_create import SchemaPresetCreate
from ...models.schema_preset_list import SchemaPresetList
from ...types import UNSET, Unset
from . import admin_create_public_schema_preset as _admin_create_public_schema_preset
from . import archive_schema_preset as _archive_schema_preset
from . import create_schema_preset as _create_schema_preset
from . import get_schema_preset as _get_schema_preset
from . import list_public_schema_presets as _list_public_schema_presets
from . import list_schema_presets as _list_schema_presets

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class SchemaPresetsResource:
    """The schema_presets operations: `client.schema_presets.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "SchemaPresetsResource()"

    def list_public(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPresetList:
        """List public schema presets

        Returns the schema presets available to everyone.

        Returns:
            SchemaPresetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_public_schema_presets.sync_detailed(client=self._client)
        return cast("SchemaPresetList", success(response, "list_public_schema_presets", (200,)))

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPresetList:
        """List the schema presets the caller can use

        Returns the public schema presets and those of the caller's company.

        Returns:
            SchemaPresetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_schema_presets.sync_detailed(client=self._client)
        return cast("SchemaPresetList", success(response, "list_schema_presets", (200,)))

    def create(
        self,
        *,
        body: SchemaPresetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Create a private schema preset

        Creates a schema preset that only members of the caller's company can see, from scratch or based on
        another preset.

        Args:
            body (SchemaPresetCreate): A new schema preset.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_schema_preset.sync_detailed(client=self._client, body=body)
        return cast("SchemaPreset", success(response, "create_schema_preset", (200,)))

    def get(
        self,
        schema_preset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Get a schema preset

        Returns one schema preset.

        Args:
            schema_preset_id (int): The schema preset's identifier.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_schema_preset.sync_detailed(schema_preset_id, client=self._client)
        return cast("SchemaPreset", success(response, "get_schema_preset", (200,)))

    def archive(
        self,
        schema_preset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Archive a schema preset

        Archives (soft-deletes) a schema preset; it is no longer visible afterwards.

        Args:
            schema_preset_id (int): The schema preset's identifier.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _archive_schema_preset.sync_detailed(schema_preset_id, client=self._client)
        return cast("None", success(response, "archive_schema_preset", (204,)))

    def admin_create_public(
        self,
        *,
        body: SchemaPresetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Create a public schema preset (admin)

        Creates a schema preset available to everyone on the platform. Administrators only.

        Args:
            body (SchemaPresetCreate): A new schema preset.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_create_public_schema_preset.sync_detailed(client=self._client, body=body)
        return cast("SchemaPreset", success(response, "admin_create_public_schema_preset", (200,)))


class AsyncSchemaPresetsResource:
    """The schema_presets operations, awaited: `client.schema_presets.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncSchemaPresetsResource()"

    async def list_public(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPresetList:
        """List public schema presets

        Returns the schema presets available to everyone.

        Returns:
            SchemaPresetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_public_schema_presets.asyncio_detailed(client=self._client)
        return cast("SchemaPresetList", success(response, "list_public_schema_presets", (200,)))

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPresetList:
        """List the schema presets the caller can use

        Returns the public schema presets and those of the caller's company.

        Returns:
            SchemaPresetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_schema_presets.asyncio_detailed(client=self._client)
        return cast("SchemaPresetList", success(response, "list_schema_presets", (200,)))

    async def create(
        self,
        *,
        body: SchemaPresetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Create a private schema preset

        Creates a schema preset that only members of the caller's company can see, from scratch or based on
        another preset.

        Args:
            body (SchemaPresetCreate): A new schema preset.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_schema_preset.asyncio_detailed(client=self._client, body=body)
        return cast("SchemaPreset", success(response, "create_schema_preset", (200,)))

    async def get(
        self,
        schema_preset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Get a schema preset

        Returns one schema preset.

        Args:
            schema_preset_id (int): The schema preset's identifier.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_schema_preset.asyncio_detailed(schema_preset_id, client=self._client)
        return cast("SchemaPreset", success(response, "get_schema_preset", (200,)))

    async def archive(
        self,
        schema_preset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Archive a schema preset

        Archives (soft-deletes) a schema preset; it is no longer visible afterwards.

        Args:
            schema_preset_id (int): The schema preset's identifier.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _archive_schema_preset.asyncio_detailed(schema_preset_id, client=self._client)
        return cast("None", success(response, "archive_schema_preset", (204,)))

    async def admin_create_public(
        self,
        *,
        body: SchemaPresetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SchemaPreset:
        """Create a public schema preset (admin)

        Creates a schema preset available to everyone on the platform. Administrators only.

        Args:
            body (SchemaPresetCreate): A new schema preset.

        Returns:
            SchemaPreset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_create_public_schema_preset.asyncio_detailed(client=self._client, body=body)
        return cast("SchemaPreset", success(response, "admin_create_public_schema_preset", (200,)))


class SchemaPresetsResourceWithRawResponse:
    """The schema_presets operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: SchemaPresetsResource) -> None:
        self.list_public = raw_response(resource.list_public)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.archive = raw_response(resource.archive)
        self.admin_create_public = raw_response(resource.admin_create_public)


class AsyncSchemaPresetsResourceWithRawResponse:
    """The schema_presets operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncSchemaPresetsResource) -> None:
        self.list_public = async_raw_response(resource.list_public)
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.archive = async_raw_response(resource.archive)
        self.admin_create_public = async_raw_response(resource.admin_create_public)


__all__ = (
    "SchemaPresetsResource",
    "AsyncSchemaPresetsResource",
    "SchemaPresetsResourceWithRawResponse",
    "AsyncSchemaPresetsResourceWithRawResponse",
)
