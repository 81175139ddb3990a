"""The merge_runs operations: one module per operation, and the resource classes of the client object."""

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
from ...models.merge_run import MergeRun
from ...models.merge_run_record import MergeRunRecord
from ...types import UNSET, Unset
from . import create_merge_run as _create_merge_run

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class MergeRunsResource:
    """The merge_runs operations: `client.merge_runs.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "MergeRunsResource()"

    def create(
        self,
        *,
        body: MergeRun,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MergeRunRecord:
        """Create a merge run

        Creates a job that combines several converted datafiles into one output. Each input takes a role:
        `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
        `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
        records that share a key with them.

        Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
        `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
        is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
        `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
        one.

        The job starts at once when `ready` is true.

        Args:
            body (MergeRun): A merge job's definition.

        Returns:
            MergeRunRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_merge_run.sync_detailed(client=self._client, body=body)
        return cast("MergeRunRecord", success(response, "create_merge_run", (200,)))


class AsyncMergeRunsResource:
    """The merge_runs operations, awaited: `client.merge_runs.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncMergeRunsResource()"

    async def create(
        self,
        *,
        body: MergeRun,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MergeRunRecord:
        """Create a merge run

        Creates a job that combines several converted datafiles into one output. Each input takes a role:
        `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
        `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
        records that share a key with them.

        Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
        `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
        is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
        `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
        one.

        The job starts at once when `ready` is true.

        Args:
            body (MergeRun): A merge job's definition.

        Returns:
            MergeRunRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_merge_run.asyncio_detailed(client=self._client, body=body)
        return cast("MergeRunRecord", success(response, "create_merge_run", (200,)))


class MergeRunsResourceWithRawResponse:
    """The merge_runs operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: MergeRunsResource) -> None:
        self.create = raw_response(resource.create)


class AsyncMergeRunsResourceWithRawResponse:
    """The merge_runs operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncMergeRunsResource) -> None:
        self.create = async_raw_response(resource.create)


__all__ = (
    "MergeRunsResource",
    "AsyncMergeRunsResource",
    "MergeRunsResourceWithRawResponse",
    "AsyncMergeRunsResourceWithRawResponse",
)
