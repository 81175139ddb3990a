"""The uploads operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
from ...models.error import Error
from ...models.upload_url import UploadUrl
from ...types import UNSET, Unset
from . import create_upload_url as _create_upload_url

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class UploadsResource:
    """The uploads operations: `client.uploads.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "UploadsResource()"

    def create_url(
        self,
        upload_path: str,
    ) -> UploadUrl:
        """Get an upload URL for a file

        First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
        an
        `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
        {upload_url}`.

        Args:
            upload_path (str):

        Returns:
            UploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _create_upload_url.sync_detailed(upload_path, client=self._client)
        return cast("UploadUrl", success(response, "create_upload_url", (200,)))


class AsyncUploadsResource:
    """The uploads operations, awaited: `client.uploads.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncUploadsResource()"

    async def create_url(
        self,
        upload_path: str,
    ) -> UploadUrl:
        """Get an upload URL for a file

        First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
        an
        `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
        {upload_url}`.

        Args:
            upload_path (str):

        Returns:
            UploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _create_upload_url.asyncio_detailed(upload_path, client=self._client)
        return cast("UploadUrl", success(response, "create_upload_url", (200,)))


__all__ = ("UploadsResource", "AsyncUploadsResource")
