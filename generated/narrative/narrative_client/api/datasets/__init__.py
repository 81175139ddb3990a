"""The datasets operations: one module per operation, and the resource classes of the client object."""

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
from ...models.added_file import AddedFile
from ...models.column_stats_upload import ColumnStatsUpload
from ...models.columns_stats import ColumnsStats
from ...models.dataset import Dataset
from ...models.dataset_create import DatasetCreate
from ...models.dataset_list import DatasetList
from ...models.dataset_metrics import DatasetMetrics
from ...models.dataset_update import DatasetUpdate
from ...models.dataset_with_table import DatasetWithTable
from ...models.download_url import DownloadUrl
from ...models.error import Error
from ...models.expire_everything import ExpireEverything
from ...models.ingest_request import IngestRequest
from ...models.job_ref import JobRef
from ...models.mapping_sample import MappingSample
from ...models.materialized_view_refresh import MaterializedViewRefresh
from ...models.partition_spec_update_request import PartitionSpecUpdateRequest
from ...models.recalculation import Recalculation
from ...models.recalculation_request import RecalculationRequest
from ...models.refresh_schedule_create import RefreshScheduleCreate
from ...models.refresh_schedule_update import RefreshScheduleUpdate
from ...models.retain_everything import RetainEverything
from ...models.retention_preview import RetentionPreview
from ...models.row_sample import RowSample
from ...models.snapshot_files_page import SnapshotFilesPage
from ...models.snapshot_files_page_files_per_snapshot_item import SnapshotFilesPageFilesPerSnapshotItem
from ...models.snapshot_metrics import SnapshotMetrics
from ...models.snapshot_page import SnapshotPage
from ...models.snapshot_page_snapshots_item import SnapshotPageSnapshotsItem
from ...models.snapshot_stats_list import SnapshotStatsList
from ...models.snapshot_stats_list_records_item import SnapshotStatsListRecordsItem
from ...models.stats_config import StatsConfig
from ...models.stats_config_saved import StatsConfigSaved
from ...models.stats_config_version import StatsConfigVersion
from ...models.suggest_dataset_mappings_body import SuggestDatasetMappingsBody
from ...types import UNSET, Unset
from . import admin_get_dataset as _admin_get_dataset
from . import admin_sample_dataset as _admin_sample_dataset
from . import admin_update_partition_spec as _admin_update_partition_spec
from . import create_dataset as _create_dataset
from . import create_refresh_schedule as _create_refresh_schedule
from . import delete_dataset as _delete_dataset
from . import find_dataset_files as _find_dataset_files
from . import find_dataset_snapshots as _find_dataset_snapshots
from . import get_dataset as _get_dataset
from . import get_dataset_columns_stats as _get_dataset_columns_stats
from . import get_dataset_stats as _get_dataset_stats
from . import get_dataset_stats_config as _get_dataset_stats_config
from . import get_snapshot_column_stats as _get_snapshot_column_stats
from . import get_snapshot_file_download_url as _get_snapshot_file_download_url
from . import ingest_dataset_file as _ingest_dataset_file
from . import list_dataset_metrics as _list_dataset_metrics
from . import list_datasets as _list_datasets
from . import list_snapshot_added_files as _list_snapshot_added_files
from . import preview_retention_policy as _preview_retention_policy
from . import put_dataset_columns_stats as _put_dataset_columns_stats
from . import put_dataset_stats_config as _put_dataset_stats_config
from . import recalculate_dataset_columns_stats as _recalculate_dataset_columns_stats
from . import refresh_materialized_view as _refresh_materialized_view
from . import sample_dataset as _sample_dataset
from . import sample_dataset_mappings as _sample_dataset_mappings
from . import suggest_dataset_mappings as _suggest_dataset_mappings
from . import update_dataset as _update_dataset
from . import update_dataset_by_name as _update_dataset_by_name
from . import update_refresh_schedule as _update_refresh_schedule
from . import update_retention_policy as _update_retention_policy

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DatasetsResource:
    """The datasets operations: `client.datasets.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DatasetsResource()"

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetList:
        """List the company's datasets

        Returns every dataset of the caller's company.

        Returns:
            DatasetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_datasets.sync_detailed(client=self._client)
        return cast("DatasetList", success(response, "list_datasets", (200,)))

    def update_by_name(
        self,
        *,
        body: DatasetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Update a dataset (identified by name)

        Updates an existing dataset from a full definition; the body's `name` says which dataset.

        Args:
            body (DatasetCreate): A new dataset, or (for `PUT /datasets`) the full new version of one.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_dataset_by_name.sync_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset_by_name", (200,)))

    def create(
        self,
        *,
        body: DatasetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Create a dataset

        Creates a dataset. New datasets are `pending` and must be activated.

        Args:
            body (DatasetCreate): A new dataset, or (for `PUT /datasets`) the full new version of one.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_dataset.sync_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "create_dataset", (200,)))

    def get(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Get a dataset

        Returns one dataset.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_dataset.sync_detailed(dataset_id, client=self._client)
        return cast("Dataset", success(response, "get_dataset", (200,)))

    def update(
        self,
        dataset_id: int,
        *,
        body: DatasetUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Update a dataset

        Changes a pending or active dataset. On a pending dataset every field may change. On an active one
        only
        the schema's property metadata (`sensitive`, `required`, `unsellable`), enumerations (values may
        only be
        added), `description` and `display_name` may change. Archived datasets cannot change.

        Args:
            dataset_id (int): The dataset's identifier.
            body (DatasetUpdate): The dataset's fields to change.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_dataset.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset", (200,)))

    def delete(
        self,
        dataset_id: int,
        *,
        x_narrative_retention_days: str | Unset = "30",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a dataset

        Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
        (`X-Narrative-Retention-Days`).

        Args:
            dataset_id (int): The dataset's identifier.
            x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
                after deletion. Defaults to 30. Default: '30'.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_dataset.sync_detailed(
                dataset_id, client=self._client, x_narrative_retention_days=x_narrative_retention_days
            )
        return cast("None", success(response, "delete_dataset", (204,)))

    def sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RowSample:
        """Sample a dataset's rows

        Returns up to `size` rows of a dataset as JSON.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _sample_dataset.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "sample_dataset", (200,)))

    def admin_get(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetWithTable:
        """Get a dataset with its Iceberg table (admin)

        Returns a dataset with information about the Iceberg table that backs it.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_get_dataset.sync_detailed(dataset_id, client=self._client)
        return cast("DatasetWithTable", success(response, "admin_get_dataset", (200,)))

    def admin_sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RowSample:
        """Sample a dataset's rows (admin)

        Returns up to `size` rows of a dataset as JSON, for administrators.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_sample_dataset.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "admin_sample_dataset", (200,)))

    def admin_update_partition_spec(
        self,
        dataset_id: int,
        *,
        body: PartitionSpecUpdateRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DatasetWithTable:
        """Change the partitioning of a dataset's table (admin)

        Adds or removes partition fields of the Iceberg table behind a dataset.

        Args:
            dataset_id (int): The dataset's identifier.
            body (PartitionSpecUpdateRequest): Changes to a partition specification, applied in order.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_update_partition_spec.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("DatasetWithTable", success(response, "admin_update_partition_spec", (200,)))

    def preview_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetentionPreview:
        """Preview a retention policy

        Lists the snapshots that a retention policy would expire, without applying it.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            RetentionPreview

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _preview_retention_policy.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("RetentionPreview", success(response, "preview_retention_policy", (200,)))

    def update_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Set a dataset's retention policy

        Sets which snapshots of a dataset are kept.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_retention_policy.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_retention_policy", (200,)))

    def sample_mappings(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[MappingSample]:
        """Sample a dataset through its mappings

        For each existing mapping of the dataset, returns sample rows before (`input`) and after (`output`,
        keyed by attribute name) mapping.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            builtins.list[MappingSample]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _sample_dataset_mappings.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("builtins.list[MappingSample]", success(response, "sample_dataset_mappings", (200,)))

    def suggest_mappings(
        self,
        dataset_id: int,
        *,
        body: SuggestDatasetMappingsBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> JobRef:
        """Schedule mapping suggestions for a dataset

        Schedules a job that suggests mappings for the dataset using the Rosetta Stone API (Snowflake data
        plane only).

        Args:
            dataset_id (int): The dataset's identifier.
            body (SuggestDatasetMappingsBody | Unset): Empty.

        Returns:
            JobRef

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _suggest_dataset_mappings.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("JobRef", success(response, "suggest_dataset_mappings", (200,)))

    def get_stats(
        self,
        dataset_id: int,
        *,
        all_records: bool | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[SnapshotStatsListRecordsItem, SnapshotStatsList]:
        """Get a dataset's snapshot statistics

        Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
        is an
        incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
        `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
        returns 100.

        Args:
            dataset_id (int): The dataset's identifier.
            all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[SnapshotStatsListRecordsItem, SnapshotStatsList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "all_records": all_records,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _get_dataset_stats,
            API.operations["get_dataset_stats"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get_columns_stats(
        self,
        dataset_id: int,
        *,
        histogram_bin_limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ColumnsStats:
        """Get a dataset's column statistics

        Returns statistics of each column of a dataset, with histograms of at most `histogram_bin_limit`
        bins.

        Args:
            dataset_id (int): The dataset's identifier.
            histogram_bin_limit (int | Unset): The most histogram bins to return.

        Returns:
            ColumnsStats

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_dataset_columns_stats.sync_detailed(
                dataset_id, client=self._client, histogram_bin_limit=histogram_bin_limit
            )
        return cast("ColumnsStats", success(response, "get_dataset_columns_stats", (200,)))

    def put_columns_stats(
        self,
        dataset_id: int,
        *,
        body: ColumnStatsUpload,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Upload a dataset's column statistics

        Creates or replaces detailed column statistics. Narrative computes them for datasets on its own data
        plane; other data planes must upload them, since Narrative cannot read their data.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ColumnStatsUpload): Detailed statistics of columns, computed outside Narrative.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _put_dataset_columns_stats.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "put_dataset_columns_stats", (204,)))

    def recalculate_columns_stats(
        self,
        dataset_id: int,
        *,
        body: RecalculationRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Recalculation:
        """Recalculate a dataset's column statistics

        Starts recalculating a dataset's statistics from a snapshot on.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RecalculationRequest): The range to recalculate.

        Returns:
            Recalculation

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _recalculate_dataset_columns_stats.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Recalculation", success(response, "recalculate_dataset_columns_stats", (200,)))

    def ingest_file(
        self,
        dataset_id: int,
        *,
        body: IngestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Ingest an uploaded file into a dataset

        Ingests a file previously sent with the uploads operation into the dataset. `source_file` is the
        upload path used then.

        Args:
            dataset_id (int): The dataset's identifier.
            body (IngestRequest): A file to ingest.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _ingest_dataset_file.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "ingest_dataset_file", (204,)))

    def list_snapshot_added_files(
        self,
        dataset_id: int,
        snapshot_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AddedFile]:
        """List the files a snapshot added

        Lists the data files added by one snapshot of a dataset.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.

        Returns:
            builtins.list[AddedFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_snapshot_added_files.sync_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("builtins.list[AddedFile]", success(response, "list_snapshot_added_files", (200,)))

    def find_snapshots(
        self,
        dataset_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timestamp_gte: str | Unset = UNSET,
        timestamp_lt: str | Unset = UNSET,
        timestamp_lte: str | Unset = UNSET,
        from_snapshot_id: int | Unset = UNSET,
        until_snapshot_id: int | Unset = UNSET,
        to_snapshot_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[SnapshotPageSnapshotsItem, SnapshotPage]:
        """List a dataset's snapshots and their files

        Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
        page at a time.

        Args:
            dataset_id (int): The dataset's identifier.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            timestamp_gte (str | Unset): Only snapshots made at or after this time.
            timestamp_lt (str | Unset): Only snapshots made before this time.
            timestamp_lte (str | Unset): Only snapshots made at or before this time.
            from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
            until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
            to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

        Returns:
            Pager[SnapshotPageSnapshotsItem, SnapshotPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "per_page": per_page,
            "offset": offset,
            "timestamp_gte": timestamp_gte,
            "timestamp_lt": timestamp_lt,
            "timestamp_lte": timestamp_lte,
            "from_snapshot_id": from_snapshot_id,
            "until_snapshot_id": until_snapshot_id,
            "to_snapshot_id": to_snapshot_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _find_dataset_snapshots,
            API.operations["find_dataset_snapshots"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def list_metrics(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetMetrics:
        """List a dataset's metrics

        Returns the column metrics of each snapshot of a dataset.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            DatasetMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_dataset_metrics.sync_detailed(dataset_id, client=self._client)
        return cast("DatasetMetrics", success(response, "list_dataset_metrics", (200,)))

    def get_snapshot_column_stats(
        self,
        dataset_id: int,
        snapshot_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SnapshotMetrics:
        """Get a snapshot's column metrics

        Returns the column metrics of one snapshot.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.

        Returns:
            SnapshotMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_snapshot_column_stats.sync_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("SnapshotMetrics", success(response, "get_snapshot_column_stats", (200,)))

    def get_stats_config(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StatsConfigVersion:
        """Get a dataset's statistics configuration

        Returns the current statistics configuration of a dataset and its version.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            StatsConfigVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_dataset_stats_config.sync_detailed(dataset_id, client=self._client)
        return cast("StatsConfigVersion", success(response, "get_dataset_stats_config", (200,)))

    def put_stats_config(
        self,
        dataset_id: int,
        *,
        body: StatsConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> StatsConfigSaved:
        """Set a dataset's statistics configuration

        Saves a new version of the configuration that says which statistics are computed for which columns.

        Args:
            dataset_id (int): The dataset's identifier.
            body (StatsConfig): Which advanced statistics are computed for which columns.

        Returns:
            StatsConfigSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _put_dataset_stats_config.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("StatsConfigSaved", success(response, "put_dataset_stats_config", (200,)))

    def find_files(
        self,
        dataset_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timestamp_gte: str | Unset = UNSET,
        from_snapshot_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[SnapshotFilesPageFilesPerSnapshotItem, SnapshotFilesPage]:
        """List a dataset's snapshots with file sizes

        Lists a dataset's snapshots with the path and size of each file, a page at a time.

        Args:
            dataset_id (int): The dataset's identifier.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            timestamp_gte (str | Unset): Only snapshots made at or after this time.
            from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.

        Returns:
            Pager[SnapshotFilesPageFilesPerSnapshotItem, SnapshotFilesPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "per_page": per_page,
            "offset": offset,
            "timestamp_gte": timestamp_gte,
            "from_snapshot_id": from_snapshot_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _find_dataset_files,
            API.operations["find_dataset_files"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get_snapshot_file_download_url(
        self,
        dataset_id: int,
        snapshot_id: int,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DownloadUrl:
        """Get a download URL for a snapshot file

        Returns a URL from which one file added by a snapshot can be downloaded.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.
            file_id (str): The file's identifier.

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_snapshot_file_download_url.sync_detailed(
                dataset_id, snapshot_id, file_id, client=self._client
            )
        return cast("DownloadUrl", success(response, "get_snapshot_file_download_url", (200,)))

    def update_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a dataset's refresh schedule

        Changes the cron schedule, budget, execution cluster or status of a dataset's refresh.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RefreshScheduleUpdate): The refresh schedule's fields to change.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_refresh_schedule.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "update_refresh_schedule", (204,)))

    def create_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a dataset's refresh schedule

        Schedules the refresh of a dataset on a cron expression, within a budget.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RefreshScheduleCreate): A refresh schedule of a materialized view.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_refresh_schedule.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "create_refresh_schedule", (204,)))

    def refresh_materialized_view(
        self,
        dataset_id: int,
        *,
        body: MaterializedViewRefresh,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Refresh a materialized view

        Runs a materialized view now: `full` from scratch, `incremental` from the tracked progress.

        Args:
            dataset_id (int): The dataset's identifier.
            body (MaterializedViewRefresh): How to refresh a materialized view.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _refresh_materialized_view.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "refresh_materialized_view", (204,)))


class AsyncDatasetsResource:
    """The datasets operations, awaited: `client.datasets.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDatasetsResource()"

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetList:
        """List the company's datasets

        Returns every dataset of the caller's company.

        Returns:
            DatasetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_datasets.asyncio_detailed(client=self._client)
        return cast("DatasetList", success(response, "list_datasets", (200,)))

    async def update_by_name(
        self,
        *,
        body: DatasetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Update a dataset (identified by name)

        Updates an existing dataset from a full definition; the body's `name` says which dataset.

        Args:
            body (DatasetCreate): A new dataset, or (for `PUT /datasets`) the full new version of one.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_dataset_by_name.asyncio_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset_by_name", (200,)))

    async def create(
        self,
        *,
        body: DatasetCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Create a dataset

        Creates a dataset. New datasets are `pending` and must be activated.

        Args:
            body (DatasetCreate): A new dataset, or (for `PUT /datasets`) the full new version of one.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_dataset.asyncio_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "create_dataset", (200,)))

    async def get(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Get a dataset

        Returns one dataset.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_dataset.asyncio_detailed(dataset_id, client=self._client)
        return cast("Dataset", success(response, "get_dataset", (200,)))

    async def update(
        self,
        dataset_id: int,
        *,
        body: DatasetUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Update a dataset

        Changes a pending or active dataset. On a pending dataset every field may change. On an active one
        only
        the schema's property metadata (`sensitive`, `required`, `unsellable`), enumerations (values may
        only be
        added), `description` and `display_name` may change. Archived datasets cannot change.

        Args:
            dataset_id (int): The dataset's identifier.
            body (DatasetUpdate): The dataset's fields to change.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_dataset.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset", (200,)))

    async def delete(
        self,
        dataset_id: int,
        *,
        x_narrative_retention_days: str | Unset = "30",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a dataset

        Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
        (`X-Narrative-Retention-Days`).

        Args:
            dataset_id (int): The dataset's identifier.
            x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
                after deletion. Defaults to 30. Default: '30'.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_dataset.asyncio_detailed(
                dataset_id, client=self._client, x_narrative_retention_days=x_narrative_retention_days
            )
        return cast("None", success(response, "delete_dataset", (204,)))

    async def sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RowSample:
        """Sample a dataset's rows

        Returns up to `size` rows of a dataset as JSON.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _sample_dataset.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "sample_dataset", (200,)))

    async def admin_get(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetWithTable:
        """Get a dataset with its Iceberg table (admin)

        Returns a dataset with information about the Iceberg table that backs it.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_get_dataset.asyncio_detailed(dataset_id, client=self._client)
        return cast("DatasetWithTable", success(response, "admin_get_dataset", (200,)))

    async def admin_sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RowSample:
        """Sample a dataset's rows (admin)

        Returns up to `size` rows of a dataset as JSON, for administrators.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_sample_dataset.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "admin_sample_dataset", (200,)))

    async def admin_update_partition_spec(
        self,
        dataset_id: int,
        *,
        body: PartitionSpecUpdateRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DatasetWithTable:
        """Change the partitioning of a dataset's table (admin)

        Adds or removes partition fields of the Iceberg table behind a dataset.

        Args:
            dataset_id (int): The dataset's identifier.
            body (PartitionSpecUpdateRequest): Changes to a partition specification, applied in order.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_update_partition_spec.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("DatasetWithTable", success(response, "admin_update_partition_spec", (200,)))

    async def preview_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RetentionPreview:
        """Preview a retention policy

        Lists the snapshots that a retention policy would expire, without applying it.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            RetentionPreview

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _preview_retention_policy.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("RetentionPreview", success(response, "preview_retention_policy", (200,)))

    async def update_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dataset:
        """Set a dataset's retention policy

        Sets which snapshots of a dataset are kept.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_retention_policy.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_retention_policy", (200,)))

    async def sample_mappings(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[MappingSample]:
        """Sample a dataset through its mappings

        For each existing mapping of the dataset, returns sample rows before (`input`) and after (`output`,
        keyed by attribute name) mapping.

        Args:
            dataset_id (int): The dataset's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            builtins.list[MappingSample]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _sample_dataset_mappings.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("builtins.list[MappingSample]", success(response, "sample_dataset_mappings", (200,)))

    async def suggest_mappings(
        self,
        dataset_id: int,
        *,
        body: SuggestDatasetMappingsBody | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> JobRef:
        """Schedule mapping suggestions for a dataset

        Schedules a job that suggests mappings for the dataset using the Rosetta Stone API (Snowflake data
        plane only).

        Args:
            dataset_id (int): The dataset's identifier.
            body (SuggestDatasetMappingsBody | Unset): Empty.

        Returns:
            JobRef

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _suggest_dataset_mappings.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("JobRef", success(response, "suggest_dataset_mappings", (200,)))

    def get_stats(
        self,
        dataset_id: int,
        *,
        all_records: bool | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[SnapshotStatsListRecordsItem, SnapshotStatsList]:
        """Get a dataset's snapshot statistics

        Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
        is an
        incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
        `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
        returns 100.

        Args:
            dataset_id (int): The dataset's identifier.
            all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[SnapshotStatsListRecordsItem, SnapshotStatsList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "all_records": all_records,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _get_dataset_stats,
            API.operations["get_dataset_stats"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def get_columns_stats(
        self,
        dataset_id: int,
        *,
        histogram_bin_limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ColumnsStats:
        """Get a dataset's column statistics

        Returns statistics of each column of a dataset, with histograms of at most `histogram_bin_limit`
        bins.

        Args:
            dataset_id (int): The dataset's identifier.
            histogram_bin_limit (int | Unset): The most histogram bins to return.

        Returns:
            ColumnsStats

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_dataset_columns_stats.asyncio_detailed(
                dataset_id, client=self._client, histogram_bin_limit=histogram_bin_limit
            )
        return cast("ColumnsStats", success(response, "get_dataset_columns_stats", (200,)))

    async def put_columns_stats(
        self,
        dataset_id: int,
        *,
        body: ColumnStatsUpload,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Upload a dataset's column statistics

        Creates or replaces detailed column statistics. Narrative computes them for datasets on its own data
        plane; other data planes must upload them, since Narrative cannot read their data.

        Args:
            dataset_id (int): The dataset's identifier.
            body (ColumnStatsUpload): Detailed statistics of columns, computed outside Narrative.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _put_dataset_columns_stats.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "put_dataset_columns_stats", (204,)))

    async def recalculate_columns_stats(
        self,
        dataset_id: int,
        *,
        body: RecalculationRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Recalculation:
        """Recalculate a dataset's column statistics

        Starts recalculating a dataset's statistics from a snapshot on.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RecalculationRequest): The range to recalculate.

        Returns:
            Recalculation

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _recalculate_dataset_columns_stats.asyncio_detailed(
                dataset_id, client=self._client, body=body
            )
        return cast("Recalculation", success(response, "recalculate_dataset_columns_stats", (200,)))

    async def ingest_file(
        self,
        dataset_id: int,
        *,
        body: IngestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Ingest an uploaded file into a dataset

        Ingests a file previously sent with the uploads operation into the dataset. `source_file` is the
        upload path used then.

        Args:
            dataset_id (int): The dataset's identifier.
            body (IngestRequest): A file to ingest.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _ingest_dataset_file.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "ingest_dataset_file", (204,)))

    async def list_snapshot_added_files(
        self,
        dataset_id: int,
        snapshot_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AddedFile]:
        """List the files a snapshot added

        Lists the data files added by one snapshot of a dataset.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.

        Returns:
            builtins.list[AddedFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_snapshot_added_files.asyncio_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("builtins.list[AddedFile]", success(response, "list_snapshot_added_files", (200,)))

    def find_snapshots(
        self,
        dataset_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timestamp_gte: str | Unset = UNSET,
        timestamp_lt: str | Unset = UNSET,
        timestamp_lte: str | Unset = UNSET,
        from_snapshot_id: int | Unset = UNSET,
        until_snapshot_id: int | Unset = UNSET,
        to_snapshot_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[SnapshotPageSnapshotsItem, SnapshotPage]:
        """List a dataset's snapshots and their files

        Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
        page at a time.

        Args:
            dataset_id (int): The dataset's identifier.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            timestamp_gte (str | Unset): Only snapshots made at or after this time.
            timestamp_lt (str | Unset): Only snapshots made before this time.
            timestamp_lte (str | Unset): Only snapshots made at or before this time.
            from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
            until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
            to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

        Returns:
            AsyncPager[SnapshotPageSnapshotsItem, SnapshotPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "per_page": per_page,
            "offset": offset,
            "timestamp_gte": timestamp_gte,
            "timestamp_lt": timestamp_lt,
            "timestamp_lte": timestamp_lte,
            "from_snapshot_id": from_snapshot_id,
            "until_snapshot_id": until_snapshot_id,
            "to_snapshot_id": to_snapshot_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _find_dataset_snapshots,
            API.operations["find_dataset_snapshots"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def list_metrics(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DatasetMetrics:
        """List a dataset's metrics

        Returns the column metrics of each snapshot of a dataset.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            DatasetMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_dataset_metrics.asyncio_detailed(dataset_id, client=self._client)
        return cast("DatasetMetrics", success(response, "list_dataset_metrics", (200,)))

    async def get_snapshot_column_stats(
        self,
        dataset_id: int,
        snapshot_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SnapshotMetrics:
        """Get a snapshot's column metrics

        Returns the column metrics of one snapshot.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.

        Returns:
            SnapshotMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_snapshot_column_stats.asyncio_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("SnapshotMetrics", success(response, "get_snapshot_column_stats", (200,)))

    async def get_stats_config(
        self,
        dataset_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StatsConfigVersion:
        """Get a dataset's statistics configuration

        Returns the current statistics configuration of a dataset and its version.

        Args:
            dataset_id (int): The dataset's identifier.

        Returns:
            StatsConfigVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_dataset_stats_config.asyncio_detailed(dataset_id, client=self._client)
        return cast("StatsConfigVersion", success(response, "get_dataset_stats_config", (200,)))

    async def put_stats_config(
        self,
        dataset_id: int,
        *,
        body: StatsConfig,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> StatsConfigSaved:
        """Set a dataset's statistics configuration

        Saves a new version of the configuration that says which statistics are computed for which columns.

        Args:
            dataset_id (int): The dataset's identifier.
            body (StatsConfig): Which advanced statistics are computed for which columns.

        Returns:
            StatsConfigSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _put_dataset_stats_config.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("StatsConfigSaved", success(response, "put_dataset_stats_config", (200,)))

    def find_files(
        self,
        dataset_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timestamp_gte: str | Unset = UNSET,
        from_snapshot_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[SnapshotFilesPageFilesPerSnapshotItem, SnapshotFilesPage]:
        """List a dataset's snapshots with file sizes

        Lists a dataset's snapshots with the path and size of each file, a page at a time.

        Args:
            dataset_id (int): The dataset's identifier.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.
            timestamp_gte (str | Unset): Only snapshots made at or after this time.
            from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.

        Returns:
            AsyncPager[SnapshotFilesPageFilesPerSnapshotItem, SnapshotFilesPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "per_page": per_page,
            "offset": offset,
            "timestamp_gte": timestamp_gte,
            "from_snapshot_id": from_snapshot_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _find_dataset_files,
            API.operations["find_dataset_files"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def get_snapshot_file_download_url(
        self,
        dataset_id: int,
        snapshot_id: int,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DownloadUrl:
        """Get a download URL for a snapshot file

        Returns a URL from which one file added by a snapshot can be downloaded.

        Args:
            dataset_id (int): The dataset's identifier.
            snapshot_id (int): The snapshot's identifier.
            file_id (str): The file's identifier.

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_snapshot_file_download_url.asyncio_detailed(
                dataset_id, snapshot_id, file_id, client=self._client
            )
        return cast("DownloadUrl", success(response, "get_snapshot_file_download_url", (200,)))

    async def update_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Update a dataset's refresh schedule

        Changes the cron schedule, budget, execution cluster or status of a dataset's refresh.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RefreshScheduleUpdate): The refresh schedule's fields to change.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_refresh_schedule.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "update_refresh_schedule", (204,)))

    async def create_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Create a dataset's refresh schedule

        Schedules the refresh of a dataset on a cron expression, within a budget.

        Args:
            dataset_id (int): The dataset's identifier.
            body (RefreshScheduleCreate): A refresh schedule of a materialized view.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_refresh_schedule.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "create_refresh_schedule", (204,)))

    async def refresh_materialized_view(
        self,
        dataset_id: int,
        *,
        body: MaterializedViewRefresh,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Refresh a materialized view

        Runs a materialized view now: `full` from scratch, `incremental` from the tracked progress.

        Args:
            dataset_id (int): The dataset's identifier.
            body (MaterializedViewRefresh): How to refresh a materialized view.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _refresh_materialized_view.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("None", success(response, "refresh_materialized_view", (204,)))


class DatasetsResourceWithRawResponse:
    """The datasets operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: DatasetsResource) -> None:
        self.list = raw_response(resource.list)
        self.update_by_name = raw_response(resource.update_by_name)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.sample = raw_response(resource.sample)
        self.admin_get = raw_response(resource.admin_get)
        self.admin_sample = raw_response(resource.admin_sample)
        self.admin_update_partition_spec = raw_response(resource.admin_update_partition_spec)
        self.preview_retention_policy = raw_response(resource.preview_retention_policy)
        self.update_retention_policy = raw_response(resource.update_retention_policy)
        self.sample_mappings = raw_response(resource.sample_mappings)
        self.suggest_mappings = raw_response(resource.suggest_mappings)
        self.get_columns_stats = raw_response(resource.get_columns_stats)
        self.put_columns_stats = raw_response(resource.put_columns_stats)
        self.recalculate_columns_stats = raw_response(resource.recalculate_columns_stats)
        self.ingest_file = raw_response(resource.ingest_file)
        self.list_snapshot_added_files = raw_response(resource.list_snapshot_added_files)
        self.list_metrics = raw_response(resource.list_metrics)
        self.get_snapshot_column_stats = raw_response(resource.get_snapshot_column_stats)
        self.get_stats_config = raw_response(resource.get_stats_config)
        self.put_stats_config = raw_response(resource.put_stats_config)
        self.get_snapshot_file_download_url = raw_response(resource.get_snapshot_file_download_url)
        self.update_refresh_schedule = raw_response(resource.update_refresh_schedule)
        self.create_refresh_schedule = raw_response(resource.create_refresh_schedule)
        self.refresh_materialized_view = raw_response(resource.refresh_materialized_view)


class AsyncDatasetsResourceWithRawResponse:
    """The datasets operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncDatasetsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.update_by_name = async_raw_response(resource.update_by_name)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.sample = async_raw_response(resource.sample)
        self.admin_get = async_raw_response(resource.admin_get)
        self.admin_sample = async_raw_response(resource.admin_sample)
        self.admin_update_partition_spec = async_raw_response(resource.admin_update_partition_spec)
        self.preview_retention_policy = async_raw_response(resource.preview_retention_policy)
        self.update_retention_policy = async_raw_response(resource.update_retention_policy)
        self.sample_mappings = async_raw_response(resource.sample_mappings)
        self.suggest_mappings = async_raw_response(resource.suggest_mappings)
        self.get_columns_stats = async_raw_response(resource.get_columns_stats)
        self.put_columns_stats = async_raw_response(resource.put_columns_stats)
        self.recalculate_columns_stats = async_raw_response(resource.recalculate_columns_stats)
        self.ingest_file = async_raw_response(resource.ingest_file)
        self.list_snapshot_added_files = async_raw_response(resource.list_snapshot_added_files)
        self.list_metrics = async_raw_response(resource.list_metrics)
        self.get_snapshot_column_stats = async_raw_response(resource.get_snapshot_column_stats)
        self.get_stats_config = async_raw_response(resource.get_stats_config)
        self.put_stats_config = async_raw_response(resource.put_stats_config)
        self.get_snapshot_file_download_url = async_raw_response(resource.get_snapshot_file_download_url)
        self.update_refresh_schedule = async_raw_response(resource.update_refresh_schedule)
        self.create_refresh_schedule = async_raw_response(resource.create_refresh_schedule)
        self.refresh_materialized_view = async_raw_response(resource.refresh_materialized_view)


__all__ = (
    "DatasetsResource",
    "AsyncDatasetsResource",
    "DatasetsResourceWithRawResponse",
    "AsyncDatasetsResourceWithRawResponse",
)
