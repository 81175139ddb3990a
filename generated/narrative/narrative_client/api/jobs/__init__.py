"""The jobs operations: one module per operation, and the resource classes of the client object."""

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
from ...models.job import Job
from ...models.job_list import JobList
from ...types import UNSET, Unset
from . import get_job as _get_job
from . import list_jobs as _list_jobs

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class JobsResource:
    """The jobs operations: `client.jobs.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "JobsResource()"

    def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        dataset_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[Job, JobList]:
        """List the company's jobs

        Lists the jobs of the caller's company (forecasts, materialized views), at most 500 at a time.

        Args:
            per_page (int | Unset): How many records to return (at most 500).
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            dataset_id (int | Unset): Only jobs whose input has this dataset (such as materialized
                views).

        Returns:
            Pager[Job, JobList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
            "dataset_id": dataset_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_jobs,
            API.operations["list_jobs"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Job:
        """Get a job

        Returns everything recorded about one job.

        Args:
            job_id (str): The job's identifier.

        Returns:
            Job

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_job.sync_detailed(job_id, client=self._client)
        return cast("Job", success(response, "get_job", (200,)))


class AsyncJobsResource:
    """The jobs operations, awaited: `client.jobs.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncJobsResource()"

    def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        dataset_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Job, JobList]:
        """List the company's jobs

        Lists the jobs of the caller's company (forecasts, materialized views), at most 500 at a time.

        Args:
            per_page (int | Unset): How many records to return (at most 500).
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            dataset_id (int | Unset): Only jobs whose input has this dataset (such as materialized
                views).

        Returns:
            AsyncPager[Job, JobList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
            "dataset_id": dataset_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_jobs,
            API.operations["list_jobs"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Job:
        """Get a job

        Returns everything recorded about one job.

        Args:
            job_id (str): The job's identifier.

        Returns:
            Job

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_job.asyncio_detailed(job_id, client=self._client)
        return cast("Job", success(response, "get_job", (200,)))


class JobsResourceWithRawResponse:
    """The jobs operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: JobsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncJobsResourceWithRawResponse:
    """The jobs operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.get = async_raw_response(resource.get)


__all__ = ("JobsResource", "AsyncJobsResource", "JobsResourceWithRawResponse", "AsyncJobsResourceWithRawResponse")
