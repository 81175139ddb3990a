"""The virtual_exports operations: one module per operation, and the resource classes of the client object."""

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
from ...models.export_page import ExportPage
from ...models.export_result import ExportResult
from ...models.record import Record
from ...models.virtual_export_page_request import VirtualExportPageRequest
from ...models.virtual_export_request import VirtualExportRequest
from ...types import UNSET, Unset
from . import run_virtual_export as _run_virtual_export
from . import run_virtual_export_page as _run_virtual_export_page

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class VirtualExportsResource:
    """The virtual_exports operations: `client.virtual_exports.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "VirtualExportsResource()"

    def run(
        self,
        field_id: str,
        *,
        body: VirtualExportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExportResult:
        """Run a virtual export

        Runs the export model posted through the connection and returns every exported record at once.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualExportRequest): A virtual export to run.

        Returns:
            ExportResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _run_virtual_export.sync_detailed(field_id, client=self._client, body=body)
        return cast("ExportResult", success(response, "run_virtual_export", (200,)))

    def run_paged(
        self,
        field_id: str,
        *,
        body: VirtualExportPageRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pager[Record, ExportPage]:
        """Run a virtual export one page at a time

        Runs the export model posted through the connection and returns one page of records
        (`export.pageSize`
        of them) with a `pagedExportState`. To get the next page, post the same export again with that
        `pagedExportState` exactly as it was answered; the last page's state has `done: true`. The state is
        signed (`sig`): a state changed by the caller, or issued for another export, is refused with 400.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualExportPageRequest): A virtual export to run one page at a time, and for every
                page but the first the state the previous page gave.

        Returns:
            Pager[Record, ExportPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "field_id": field_id,
            "body": body,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _run_virtual_export_page,
            API.operations["run_virtual_export_page"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncVirtualExportsResource:
    """The virtual_exports operations, awaited: `client.virtual_exports.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncVirtualExportsResource()"

    async def run(
        self,
        field_id: str,
        *,
        body: VirtualExportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ExportResult:
        """Run a virtual export

        Runs the export model posted through the connection and returns every exported record at once.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualExportRequest): A virtual export to run.

        Returns:
            ExportResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _run_virtual_export.asyncio_detailed(field_id, client=self._client, body=body)
        return cast("ExportResult", success(response, "run_virtual_export", (200,)))

    def run_paged(
        self,
        field_id: str,
        *,
        body: VirtualExportPageRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Record, ExportPage]:
        """Run a virtual export one page at a time

        Runs the export model posted through the connection and returns one page of records
        (`export.pageSize`
        of them) with a `pagedExportState`. To get the next page, post the same export again with that
        `pagedExportState` exactly as it was answered; the last page's state has `done: true`. The state is
        signed (`sig`): a state changed by the caller, or issued for another export, is refused with 400.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualExportPageRequest): A virtual export to run one page at a time, and for every
                page but the first the state the previous page gave.

        Returns:
            AsyncPager[Record, ExportPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "field_id": field_id,
            "body": body,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _run_virtual_export_page,
            API.operations["run_virtual_export_page"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class VirtualExportsResourceWithRawResponse:
    """The virtual_exports operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: VirtualExportsResource) -> None:
        self.run = raw_response(resource.run)


class AsyncVirtualExportsResourceWithRawResponse:
    """The virtual_exports operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncVirtualExportsResource) -> None:
        self.run = async_raw_response(resource.run)


__all__ = (
    "VirtualExportsResource",
    "AsyncVirtualExportsResource",
    "VirtualExportsResourceWithRawResponse",
    "AsyncVirtualExportsResourceWithRawResponse",
)
