"""The counts operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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


class CountsResource:
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
    ) -> builtins.list[CountHistoryEntry]:
        """List an order's past count results for one query

        Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
        is the `countResultId` with which to read that count's rows.

        Args:
            order_id (str):
            query_name (str):
            execution_hash (str | Unset):
            db_origin (str | Unset):

        Returns:
            builtins.list[CountHistoryEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> CountExecution:
        """Run a BD Select order's count

        Starts counting the audience of an existing order with one of its source's queries. The answer names
        the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
        count's
        status stream or to cancel it.

        Args:
            order_id (str):
            query_name (str):
            body (CountRequest): Who is starting the count.

        Returns:
            CountExecution

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _run_count.sync_detailed(order_id, query_name, client=self._client, body=body)
        return cast("CountExecution", success(response, "run_count", (200,)))

    def stream_status(
        self,
        execution_hash: str,
        db_origin: str,
    ) -> File:
        """Follow a count's status as a stream

        Answers with a chunked stream that reports the count's status about every three seconds: first
        `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
        result
        appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
        exists). The stream closes after `end` or `error`.

        Each event is one JSON object followed by a newline. The response schema describes one event.

        Args:
            execution_hash (str):
            db_origin (str):

        Returns:
            File

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _stream_count_status.sync_detailed(execution_hash, db_origin, client=self._client)
        return cast("File", success(response, "stream_count_status", (200,)))

    def cancel(
        self,
        execution_hash: str,
        db_origin: str,
    ) -> CancelResult:
        """Cancel a running count

        Stops a count that is still running. A client following the count's status stream then receives an
        `error` event with the message "Count Canceled".

        Args:
            execution_hash (str):
            db_origin (str):

        Returns:
            CancelResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _cancel_count.sync_detailed(execution_hash, db_origin, client=self._client)
        return cast("CancelResult", success(response, "cancel_count", (200,)))

    def get_result(
        self,
        count_result_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 1000,
    ) -> Pager[CountResultRow]:
        """Read a count result's rows, one page at a time

        Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
        comes
        back with fewer than `limit` rows.

        Args:
            count_result_id (str):
            page (int | Unset):  Default: 1.
            limit (int | Unset):  Default: 1000.

        Returns:
            Pager[CountResultRow]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "count_result_id": count_result_id,
            "page": page,
            "limit": limit,
        }
        return Pager(
            _get_count_result,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )


class AsyncCountsResource:
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
    ) -> builtins.list[CountHistoryEntry]:
        """List an order's past count results for one query

        Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
        is the `countResultId` with which to read that count's rows.

        Args:
            order_id (str):
            query_name (str):
            execution_hash (str | Unset):
            db_origin (str | Unset):

        Returns:
            builtins.list[CountHistoryEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> CountExecution:
        """Run a BD Select order's count

        Starts counting the audience of an existing order with one of its source's queries. The answer names
        the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
        count's
        status stream or to cancel it.

        Args:
            order_id (str):
            query_name (str):
            body (CountRequest): Who is starting the count.

        Returns:
            CountExecution

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _run_count.asyncio_detailed(order_id, query_name, client=self._client, body=body)
        return cast("CountExecution", success(response, "run_count", (200,)))

    async def stream_status(
        self,
        execution_hash: str,
        db_origin: str,
    ) -> File:
        """Follow a count's status as a stream

        Answers with a chunked stream that reports the count's status about every three seconds: first
        `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
        result
        appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
        exists). The stream closes after `end` or `error`.

        Each event is one JSON object followed by a newline. The response schema describes one event.

        Args:
            execution_hash (str):
            db_origin (str):

        Returns:
            File

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _stream_count_status.asyncio_detailed(execution_hash, db_origin, client=self._client)
        return cast("File", success(response, "stream_count_status", (200,)))

    async def cancel(
        self,
        execution_hash: str,
        db_origin: str,
    ) -> CancelResult:
        """Cancel a running count

        Stops a count that is still running. A client following the count's status stream then receives an
        `error` event with the message "Count Canceled".

        Args:
            execution_hash (str):
            db_origin (str):

        Returns:
            CancelResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _cancel_count.asyncio_detailed(execution_hash, db_origin, client=self._client)
        return cast("CancelResult", success(response, "cancel_count", (200,)))

    def get_result(
        self,
        count_result_id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 1000,
    ) -> AsyncPager[CountResultRow]:
        """Read a count result's rows, one page at a time

        Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
        comes
        back with fewer than `limit` rows.

        Args:
            count_result_id (str):
            page (int | Unset):  Default: 1.
            limit (int | Unset):  Default: 1000.

        Returns:
            AsyncPager[CountResultRow]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "count_result_id": count_result_id,
            "page": page,
            "limit": limit,
        }
        return AsyncPager(
            _get_count_result,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )


__all__ = ("CountsResource", "AsyncCountsResource")
