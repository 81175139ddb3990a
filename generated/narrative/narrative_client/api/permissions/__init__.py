"""The permissions operations: one module per operation, and the resource classes of the client object."""

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
from ...models.permission_create import PermissionCreate
from ...types import UNSET, Unset
from . import admin_create_permission as _admin_create_permission

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class PermissionsResource:
    """The permissions operations: `client.permissions.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "PermissionsResource()"

    def admin_create(
        self,
        *,
        body: PermissionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a permission (admin)

        Creates a permission: a verb on a resource type, with a status.

        Args:
            body (PermissionCreate): A new permission.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_create_permission.sync_detailed(client=self._client, body=body)
        return cast("None", success(response, "admin_create_permission", (204,)))


class AsyncPermissionsResource:
    """The permissions operations, awaited: `client.permissions.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncPermissionsResource()"

    async def admin_create(
        self,
        *,
        body: PermissionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a permission (admin)

        Creates a permission: a verb on a resource type, with a status.

        Args:
            body (PermissionCreate): A new permission.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_create_permission.asyncio_detailed(client=self._client, body=body)
        return cast("None", success(response, "admin_create_permission", (204,)))


class PermissionsResourceWithRawResponse:
    """The permissions operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: PermissionsResource) -> None:
        self.admin_create = raw_response(resource.admin_create)


class AsyncPermissionsResourceWithRawResponse:
    """The permissions operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncPermissionsResource) -> None:
        self.admin_create = async_raw_response(resource.admin_create)


__all__ = (
    "PermissionsResource",
    "AsyncPermissionsResource",
    "PermissionsResourceWithRawResponse",
    "AsyncPermissionsResourceWithRawResponse",
)
