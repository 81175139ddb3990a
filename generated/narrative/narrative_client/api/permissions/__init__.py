"""The permissions operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> Any:
        """Create a permission (admin)

        Creates a permission: a verb on a resource type, with a status.

        Args:
            body (PermissionCreate): A new permission.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_create_permission.sync_detailed(client=self._client, body=body)
        return cast("Any", success(response, "admin_create_permission", (204,)))


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
    ) -> Any:
        """Create a permission (admin)

        Creates a permission: a verb on a resource type, with a status.

        Args:
            body (PermissionCreate): A new permission.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_create_permission.asyncio_detailed(client=self._client, body=body)
        return cast("Any", success(response, "admin_create_permission", (204,)))


__all__ = ("PermissionsResource", "AsyncPermissionsResource")
