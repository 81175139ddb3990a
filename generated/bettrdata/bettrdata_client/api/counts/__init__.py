"""The counts operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from io import BytesIO
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
from ...models.cancel_result import CancelResult
from ...models.count_execution import CountExecution
from ...models.count_history_entry import CountHistoryEntry
from ...models.count_request import CountRequest
from ...models.count_result_row import CountResultRow
from ...models.error import Error
from ...types import UNSET, File, FileTypes, Unset
from . import cancel_count as _cancel_count
from . import get_count_result as _get_count_result
from . import list_count_history as _list_count_history
from . import run_count as _run_count
from . import stream_count_status as _stream_count_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


from ...lib.resource_extensions.counts import AsyncCountsExtension, CountsExtension


class CountsResource(CountsExtension):
    """The counts operations: `client.counts.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "CountsResource()"

    def list_history(
        self,
        order_id: str,
        query_name: str,
        *,
        execution_hash: str | Unset = UNSET,
        db_origin: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[CountHistoryEntry]:
        """List an order's past count results for one query

        Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
        is the `countResultId` with which to read that count's rows.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            query_name (str): The name of one of the order's BDS source queries.
            execution_hash (str | Unset): Only results of this execution.
            db_origin (str | Unset): Only results computed on this database.

        Returns:
            builtins.list[CountHistoryEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_count_history.sync_detailed(
                order_id, query_name, client=self._client, execution_hash=execution_hash, db_origin=db_origin
            )
        return cast("builtins.list[CountHistoryEntry]", success(response, "list_count_history", (200,)))

    def run(
        self,
        order_id: str,
        query_name: str,
        *,
        body: CountRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CountExecution:
        """Run a BD Select order's count

        Starts counting the audience of an existing order with one of its source's queries. The answer names
        the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
        count's
        status stream or to cancel it.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            query_name (str): The name of one of the order's BDS source queries.
            body (CountRequest): Who is starting the count.

        Returns:
            CountExecution

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _run_count.sync_detailed(order_id, query_name, client=self._client, body=body)
        return cast("CountExecution", success(response, "run_count", (200,)))

    def cancel(
        self,
        execution_hash: str,
        db_origin: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CancelResult:
        """Cancel a running count

        Stops a count that is still running. A client following the count's status stream then receives an
        `error` event with the message "Count Canceled".

        Args:
            execution_hash (str): The execution's identifier, as returned when the count was started.
            db_origin (str): The database the execution runs on, as returned when the count was
                started.

        Returns:
            CancelResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _cancel_count.sync_detailed(execution_hash, db_origin, client=self._client)
        return cast("CancelResult", success(response, "cancel_count", (200,)))

    def get_result(
        self,
        count_result_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 1000,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[CountResultRow, builtins.list[CountResultRow]]:
        """Read a count result's rows, one page at a time

        Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
        comes
        back with fewer than `limit` rows.

        Args:
            count_result_id (str): The `_id` of an entry in the order's count history.
            page (int | Unset): The page to return, from 1. Default: 1.
            limit (int | Unset): Rows per page. Default: 1000.

        Returns:
            Pager[CountResultRow, builtins.list[CountResultRow]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "count_result_id": count_result_id,
            "page": page,
            "limit": limit,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _get_count_result,
            API.operations["get_count_result"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class AsyncCountsResource(AsyncCountsExtension):
    """The counts operations, awaited: `client.counts.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncCountsResource()"

    async def list_history(
        self,
        order_id: str,
        query_name: str,
        *,
        execution_hash: str | Unset = UNSET,
        db_origin: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[CountHistoryEntry]:
        """List an order's past count results for one query

        Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
        is the `countResultId` with which to read that count's rows.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            query_name (str): The name of one of the order's BDS source queries.
            execution_hash (str | Unset): Only results of this execution.
            db_origin (str | Unset): Only results computed on this database.

        Returns:
            builtins.list[CountHistoryEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_count_history.asyncio_detailed(
                order_id, query_name, client=self._client, execution_hash=execution_hash, db_origin=db_origin
            )
        return cast("builtins.list[CountHistoryEntry]", success(response, "list_count_history", (200,)))

    async def run(
        self,
        order_id: str,
        query_name: str,
        *,
        body: CountRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CountExecution:
        """Run a BD Select order's count

        Starts counting the audience of an existing order with one of its source's queries. The answer names
        the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
        count's
        status stream or to cancel it.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            query_name (str): The name of one of the order's BDS source queries.
            body (CountRequest): Who is starting the count.

        Returns:
            CountExecution

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _run_count.asyncio_detailed(order_id, query_name, client=self._client, body=body)
        return cast("CountExecution", success(response, "run_count", (200,)))

    async def cancel(
        self,
        execution_hash: str,
        db_origin: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CancelResult:
        """Cancel a running count

        Stops a count that is still running. A client following the count's status stream then receives an
        `error` event with the message "Count Canceled".

        Args:
            execution_hash (str): The execution's identifier, as returned when the count was started.
            db_origin (str): The database the execution runs on, as returned when the count was
                started.

        Returns:
            CancelResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _cancel_count.asyncio_detailed(execution_hash, db_origin, client=self._client)
        return cast("CancelResult", success(response, "cancel_count", (200,)))

    def get_result(
        self,
        count_result_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 1000,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[CountResultRow, builtins.list[CountResultRow]]:
        """Read a count result's rows, one page at a time

        Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
        comes
        back with fewer than `limit` rows.

        Args:
            count_result_id (str): The `_id` of an entry in the order's count history.
            page (int | Unset): The page to return, from 1. Default: 1.
            limit (int | Unset): Rows per page. Default: 1000.

        Returns:
            AsyncPager[CountResultRow, builtins.list[CountResultRow]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "count_result_id": count_result_id,
            "page": page,
            "limit": limit,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _get_count_result,
            API.operations["get_count_result"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class CountsResourceWithRawResponse:
    """The counts operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: CountsResource) -> None:
        self.list_history = raw_response(resource.list_history)
        self.run = raw_response(resource.run)
        self.cancel = raw_response(resource.cancel)


class AsyncCountsResourceWithRawResponse:
    """The counts operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncCountsResource) -> None:
        self.list_history = async_raw_response(resource.list_history)
        self.run = async_raw_response(resource.run)
        self.cancel = async_raw_response(resource.cancel)


__all__ = (
    "CountsResource",
    "AsyncCountsResource",
    "CountsResourceWithRawResponse",
    "AsyncCountsResourceWithRawResponse",
)
