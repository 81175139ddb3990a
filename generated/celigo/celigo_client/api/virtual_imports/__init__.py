"""The virtual_imports operations: one module per operation, and the resource classes of the client object."""

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
from ...models.import_result import ImportResult
from ...models.record import Record
from ...models.virtual_import_request import VirtualImportRequest
from ...types import UNSET, Unset
from . import map_virtual_import as _map_virtual_import
from . import run_virtual_import as _run_virtual_import

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class VirtualImportsResource:
    """The virtual_imports operations: `client.virtual_imports.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "VirtualImportsResource()"

    def run(
        self,
        field_id: str,
        *,
        body: VirtualImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[ImportResult]:
        """Run a virtual import

        Maps each record of `data` as `import.mapping` says and sends it to the application as `import`
        says;
        answers one result per record, in the order of `data`.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualImportRequest): A virtual import to run, and the records to import.

        Returns:
            builtins.list[ImportResult]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _run_virtual_import.sync_detailed(field_id, client=self._client, body=body)
        return cast("builtins.list[ImportResult]", success(response, "run_virtual_import", (200,)))

    def map(
        self,
        field_id: str,
        *,
        body: VirtualImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[Record]:
        """Run only the mapping step of a virtual import

        Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
        sending anything to the application. Each field mapping writes, at `generate`, the record's value at
        `extract`, or `hardCodedValue` when it has one.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualImportRequest): A virtual import to run, and the records to import.

        Returns:
            builtins.list[Record]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _map_virtual_import.sync_detailed(field_id, client=self._client, body=body)
        return cast("builtins.list[Record]", success(response, "map_virtual_import", (200,)))


class AsyncVirtualImportsResource:
    """The virtual_imports operations, awaited: `client.virtual_imports.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncVirtualImportsResource()"

    async def run(
        self,
        field_id: str,
        *,
        body: VirtualImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[ImportResult]:
        """Run a virtual import

        Maps each record of `data` as `import.mapping` says and sends it to the application as `import`
        says;
        answers one result per record, in the order of `data`.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualImportRequest): A virtual import to run, and the records to import.

        Returns:
            builtins.list[ImportResult]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _run_virtual_import.asyncio_detailed(field_id, client=self._client, body=body)
        return cast("builtins.list[ImportResult]", success(response, "run_virtual_import", (200,)))

    async def map(
        self,
        field_id: str,
        *,
        body: VirtualImportRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> builtins.list[Record]:
        """Run only the mapping step of a virtual import

        Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
        sending anything to the application. Each field mapping writes, at `generate`, the record's value at
        `extract`, or `hardCodedValue` when it has one.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (VirtualImportRequest): A virtual import to run, and the records to import.

        Returns:
            builtins.list[Record]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _map_virtual_import.asyncio_detailed(field_id, client=self._client, body=body)
        return cast("builtins.list[Record]", success(response, "map_virtual_import", (200,)))


class VirtualImportsResourceWithRawResponse:
    """The virtual_imports operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: VirtualImportsResource) -> None:
        self.run = raw_response(resource.run)
        self.map = raw_response(resource.map)


class AsyncVirtualImportsResourceWithRawResponse:
    """The virtual_imports operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncVirtualImportsResource) -> None:
        self.run = async_raw_response(resource.run)
        self.map = async_raw_response(resource.map)


__all__ = (
    "VirtualImportsResource",
    "AsyncVirtualImportsResource",
    "VirtualImportsResourceWithRawResponse",
    "AsyncVirtualImportsResourceWithRawResponse",
)
