"""The datafiles operations: one module per operation, and the resource classes of the client object."""

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
from ...models.datafile import Datafile
from ...models.error import Error
from ...types import UNSET, Unset
from . import search_datafiles as _search_datafiles

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DatafilesResource:
    """The datafiles operations: `client.datafiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DatafilesResource()"

    def search(
        self,
        *,
        where: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Datafile]:
        """Search datafiles

        Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

        Args:
            where (str | Unset):
            sort (str | Unset):
            limit (int | Unset): The largest number of datafiles to return.

        Returns:
            builtins.list[Datafile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _search_datafiles.sync_detailed(client=self._client, where=where, sort=sort, limit=limit)
        return cast("builtins.list[Datafile]", success(response, "search_datafiles", (200,)))


class AsyncDatafilesResource:
    """The datafiles operations, awaited: `client.datafiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDatafilesResource()"

    async def search(
        self,
        *,
        where: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Datafile]:
        """Search datafiles

        Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

        Args:
            where (str | Unset):
            sort (str | Unset):
            limit (int | Unset): The largest number of datafiles to return.

        Returns:
            builtins.list[Datafile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _search_datafiles.asyncio_detailed(
                client=self._client, where=where, sort=sort, limit=limit
            )
        return cast("builtins.list[Datafile]", success(response, "search_datafiles", (200,)))


class DatafilesResourceWithRawResponse:
    """The datafiles operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: DatafilesResource) -> None:
        self.search = raw_response(resource.search)


class AsyncDatafilesResourceWithRawResponse:
    """The datafiles operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncDatafilesResource) -> None:
        self.search = async_raw_response(resource.search)


__all__ = (
    "DatafilesResource",
    "AsyncDatafilesResource",
    "DatafilesResourceWithRawResponse",
    "AsyncDatafilesResourceWithRawResponse",
)
