"""The uploads operations: one module per operation, and the resource classes of the client object."""

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
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UploadUrl:
        """Get an upload URL for a file

        First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
        an
        `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
        {upload_url}`.

        Args:
            upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
                are sent unencoded.

        Returns:
            UploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
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
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UploadUrl:
        """Get an upload URL for a file

        First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
        an
        `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
        {upload_url}`.

        Args:
            upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
                are sent unencoded.

        Returns:
            UploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _create_upload_url.asyncio_detailed(upload_path, client=self._client)
        return cast("UploadUrl", success(response, "create_upload_url", (200,)))


class UploadsResourceWithRawResponse:
    """The uploads operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: UploadsResource) -> None:
        self.create_url = raw_response(resource.create_url)


class AsyncUploadsResourceWithRawResponse:
    """The uploads operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.create_url = async_raw_response(resource.create_url)


__all__ = (
    "UploadsResource",
    "AsyncUploadsResource",
    "UploadsResourceWithRawResponse",
    "AsyncUploadsResourceWithRawResponse",
)
