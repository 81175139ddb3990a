"""The jobs operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> Pager[Job]:
        """List the company's jobs

        Lists the jobs of the caller's company (forecasts, materialized views), at most 500 at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            dataset_id (int | Unset):

        Returns:
            Pager[Job]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
            "dataset_id": dataset_id,
        }
        return Pager(
            _list_jobs, self._client, {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        )

    def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job

        Returns everything recorded about one job.

        Args:
            job_id (str):

        Returns:
            Job

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> AsyncPager[Job]:
        """List the company's jobs

        Lists the jobs of the caller's company (forecasts, materialized views), at most 500 at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            dataset_id (int | Unset):

        Returns:
            AsyncPager[Job]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
            "dataset_id": dataset_id,
        }
        return AsyncPager(
            _list_jobs, self._client, {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        )

    async def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job

        Returns everything recorded about one job.

        Args:
            job_id (str):

        Returns:
            Job

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_job.asyncio_detailed(job_id, client=self._client)
        return cast("Job", success(response, "get_job", (200,)))


__all__ = ("JobsResource", "AsyncJobsResource")
