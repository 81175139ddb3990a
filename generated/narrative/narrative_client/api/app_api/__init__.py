"""The app_api operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
from ...models.delivery_command_list import DeliveryCommandList
from ...models.delivery_file import DeliveryFile
from ...models.download_url import DownloadUrl
from ...models.error import Error
from ...types import UNSET, Unset
from . import get_delivery_file_download_url as _get_delivery_file_download_url
from . import list_delivery_commands as _list_delivery_commands
from . import list_delivery_files as _list_delivery_files

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AppApiResource:
    """The app_api operations: `client.app_api.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AppApiResource()"

    def list_delivery_commands(
        self,
    ) -> DeliveryCommandList:
        """List delivery commands (app)

        Returns the delivery commands addressed to the calling connector app.

        Returns:
            DeliveryCommandList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _list_delivery_commands.sync_detailed(client=self._client)
        return cast("DeliveryCommandList", success(response, "list_delivery_commands", (200,)))

    def list_delivery_files(
        self,
        delivery_id: int,
    ) -> builtins.list[DeliveryFile]:
        """List a delivery's files (app)

        Lists the files of one delivery command.

        Args:
            delivery_id (int):

        Returns:
            builtins.list[DeliveryFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _list_delivery_files.sync_detailed(delivery_id, client=self._client)
        return cast("builtins.list[DeliveryFile]", success(response, "list_delivery_files", (200,)))

    def get_delivery_file_download_url(
        self,
        delivery_id: int,
        filename: str,
    ) -> DeliveryCommandList | DownloadUrl:
        """Get a download URL for a delivery file (app)

        Generates a download URL for one file of a delivery.

        Args:
            delivery_id (int):
            filename (str):

        Returns:
            DeliveryCommandList | DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_delivery_file_download_url.sync_detailed(delivery_id, filename, client=self._client)
        return cast("DeliveryCommandList | DownloadUrl", success(response, "get_delivery_file_download_url", (200,)))


class AsyncAppApiResource:
    """The app_api operations, awaited: `client.app_api.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAppApiResource()"

    async def list_delivery_commands(
        self,
    ) -> DeliveryCommandList:
        """List delivery commands (app)

        Returns the delivery commands addressed to the calling connector app.

        Returns:
            DeliveryCommandList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_delivery_commands.asyncio_detailed(client=self._client)
        return cast("DeliveryCommandList", success(response, "list_delivery_commands", (200,)))

    async def list_delivery_files(
        self,
        delivery_id: int,
    ) -> builtins.list[DeliveryFile]:
        """List a delivery's files (app)

        Lists the files of one delivery command.

        Args:
            delivery_id (int):

        Returns:
            builtins.list[DeliveryFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_delivery_files.asyncio_detailed(delivery_id, client=self._client)
        return cast("builtins.list[DeliveryFile]", success(response, "list_delivery_files", (200,)))

    async def get_delivery_file_download_url(
        self,
        delivery_id: int,
        filename: str,
    ) -> DeliveryCommandList | DownloadUrl:
        """Get a download URL for a delivery file (app)

        Generates a download URL for one file of a delivery.

        Args:
            delivery_id (int):
            filename (str):

        Returns:
            DeliveryCommandList | DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_delivery_file_download_url.asyncio_detailed(delivery_id, filename, client=self._client)
        return cast("DeliveryCommandList | DownloadUrl", success(response, "get_delivery_file_download_url", (200,)))


__all__ = ("AppApiResource", "AsyncAppApiResource")
