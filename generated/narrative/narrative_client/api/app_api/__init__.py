"""The app_api operations: one module per operation, and the resource classes of the client object."""

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
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryCommandList:
        """List delivery commands (app)

        Returns the delivery commands addressed to the calling connector app.

        Returns:
            DeliveryCommandList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_delivery_commands.sync_detailed(client=self._client)
        return cast("DeliveryCommandList", success(response, "list_delivery_commands", (200,)))

    def list_delivery_files(
        self,
        delivery_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DeliveryFile]:
        """List a delivery's files (app)

        Lists the files of one delivery command.

        Args:
            delivery_id (int): The delivery record's identifier.

        Returns:
            builtins.list[DeliveryFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_delivery_files.sync_detailed(delivery_id, client=self._client)
        return cast("builtins.list[DeliveryFile]", success(response, "list_delivery_files", (200,)))

    def get_delivery_file_download_url(
        self,
        delivery_id: int,
        filename: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryCommandList | DownloadUrl:
        """Get a download URL for a delivery file (app)

        Generates a download URL for one file of a delivery.

        Args:
            delivery_id (int): The delivery record's identifier.
            filename (str): The delivery file's name.

        Returns:
            DeliveryCommandList | DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
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
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryCommandList:
        """List delivery commands (app)

        Returns the delivery commands addressed to the calling connector app.

        Returns:
            DeliveryCommandList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_delivery_commands.asyncio_detailed(client=self._client)
        return cast("DeliveryCommandList", success(response, "list_delivery_commands", (200,)))

    async def list_delivery_files(
        self,
        delivery_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DeliveryFile]:
        """List a delivery's files (app)

        Lists the files of one delivery command.

        Args:
            delivery_id (int): The delivery record's identifier.

        Returns:
            builtins.list[DeliveryFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_delivery_files.asyncio_detailed(delivery_id, client=self._client)
        return cast("builtins.list[DeliveryFile]", success(response, "list_delivery_files", (200,)))

    async def get_delivery_file_download_url(
        self,
        delivery_id: int,
        filename: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryCommandList | DownloadUrl:
        """Get a download URL for a delivery file (app)

        Generates a download URL for one file of a delivery.

        Args:
            delivery_id (int): The delivery record's identifier.
            filename (str): The delivery file's name.

        Returns:
            DeliveryCommandList | DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_delivery_file_download_url.asyncio_detailed(
                delivery_id, filename, client=self._client
            )
        return cast("DeliveryCommandList | DownloadUrl", success(response, "get_delivery_file_download_url", (200,)))


class AppApiResourceWithRawResponse:
    """The app_api operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AppApiResource) -> None:
        self.list_delivery_commands = raw_response(resource.list_delivery_commands)
        self.list_delivery_files = raw_response(resource.list_delivery_files)
        self.get_delivery_file_download_url = raw_response(resource.get_delivery_file_download_url)


class AsyncAppApiResourceWithRawResponse:
    """The app_api operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAppApiResource) -> None:
        self.list_delivery_commands = async_raw_response(resource.list_delivery_commands)
        self.list_delivery_files = async_raw_response(resource.list_delivery_files)
        self.get_delivery_file_download_url = async_raw_response(resource.get_delivery_file_download_url)


__all__ = (
    "AppApiResource",
    "AsyncAppApiResource",
    "AppApiResourceWithRawResponse",
    "AsyncAppApiResourceWithRawResponse",
)
