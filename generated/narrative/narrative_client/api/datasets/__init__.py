"""The datasets operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> DatasetList:
        """List the company's datasets

        Returns every dataset of the caller's company.

        Returns:
            DatasetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _list_datasets.sync_detailed(client=self._client)
        return cast("DatasetList", success(response, "list_datasets", (200,)))

    def update_by_name(
        self,
        *,
        body: DatasetCreate,
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
        response = _update_dataset_by_name.sync_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset_by_name", (200,)))

    def create(
        self,
        *,
        body: DatasetCreate,
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
        response = _create_dataset.sync_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "create_dataset", (200,)))

    def get(
        self,
        dataset_id: int,
    ) -> Dataset:
        """Get a dataset

        Returns one dataset.

        Args:
            dataset_id (int):

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_dataset.sync_detailed(dataset_id, client=self._client)
        return cast("Dataset", success(response, "get_dataset", (200,)))

    def update(
        self,
        dataset_id: int,
        *,
        body: DatasetUpdate,
    ) -> Dataset:
        """Update a dataset

        Changes a pending or active dataset. On a pending dataset every field may change. On an active one
        only
        the schema's property metadata (`sensitive`, `required`, `unsellable`), enumerations (values may
        only be
        added), `description` and `display_name` may change. Archived datasets cannot change.

        Args:
            dataset_id (int):
            body (DatasetUpdate): The dataset's fields to change.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _update_dataset.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset", (200,)))

    def delete(
        self,
        dataset_id: int,
        *,
        x_narrative_retention_days: str | Unset = "30",
    ) -> Any:
        """Delete a dataset

        Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
        (`X-Narrative-Retention-Days`).

        Args:
            dataset_id (int):
            x_narrative_retention_days (str | Unset):  Default: '30'.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _delete_dataset.sync_detailed(
            dataset_id, client=self._client, x_narrative_retention_days=x_narrative_retention_days
        )
        return cast("Any", success(response, "delete_dataset", (204,)))

    def sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> RowSample:
        """Sample a dataset's rows

        Returns up to `size` rows of a dataset as JSON.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _sample_dataset.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "sample_dataset", (200,)))

    def admin_get(
        self,
        dataset_id: int,
    ) -> DatasetWithTable:
        """Get a dataset with its Iceberg table (admin)

        Returns a dataset with information about the Iceberg table that backs it.

        Args:
            dataset_id (int):

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_get_dataset.sync_detailed(dataset_id, client=self._client)
        return cast("DatasetWithTable", success(response, "admin_get_dataset", (200,)))

    def admin_sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> RowSample:
        """Sample a dataset's rows (admin)

        Returns up to `size` rows of a dataset as JSON, for administrators.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_sample_dataset.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "admin_sample_dataset", (200,)))

    def admin_update_partition_spec(
        self,
        dataset_id: int,
        *,
        body: PartitionSpecUpdateRequest,
    ) -> DatasetWithTable:
        """Change the partitioning of a dataset's table (admin)

        Adds or removes partition fields of the Iceberg table behind a dataset.

        Args:
            dataset_id (int):
            body (PartitionSpecUpdateRequest): Changes to a partition specification, applied in order.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_update_partition_spec.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("DatasetWithTable", success(response, "admin_update_partition_spec", (200,)))

    def preview_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
    ) -> RetentionPreview:
        """Preview a retention policy

        Lists the snapshots that a retention policy would expire, without applying it.

        Args:
            dataset_id (int):
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            RetentionPreview

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _preview_retention_policy.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("RetentionPreview", success(response, "preview_retention_policy", (200,)))

    def update_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
    ) -> Dataset:
        """Set a dataset's retention policy

        Sets which snapshots of a dataset are kept.

        Args:
            dataset_id (int):
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _update_retention_policy.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_retention_policy", (200,)))

    def sample_mappings(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> builtins.list[MappingSample]:
        """Sample a dataset through its mappings

        For each existing mapping of the dataset, returns sample rows before (`input`) and after (`output`,
        keyed by attribute name) mapping.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            builtins.list[MappingSample]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _sample_dataset_mappings.sync_detailed(dataset_id, client=self._client, size=size)
        return cast("builtins.list[MappingSample]", success(response, "sample_dataset_mappings", (200,)))

    def suggest_mappings(
        self,
        dataset_id: int,
        *,
        body: SuggestDatasetMappingsBody | Unset = UNSET,
    ) -> JobRef:
        """Schedule mapping suggestions for a dataset

        Schedules a job that suggests mappings for the dataset using the Rosetta Stone API (Snowflake data
        plane only).

        Args:
            dataset_id (int):
            body (SuggestDatasetMappingsBody | Unset): Empty.

        Returns:
            JobRef

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _suggest_dataset_mappings.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("JobRef", success(response, "suggest_dataset_mappings", (200,)))

    def get_stats(
        self,
        dataset_id: int,
        *,
        all_records: bool | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> Pager[SnapshotStatsListRecordsItem]:
        """Get a dataset's snapshot statistics

        Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
        is an
        incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
        `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
        returns 100.

        Args:
            dataset_id (int):
            all_records (bool | Unset):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            Pager[SnapshotStatsListRecordsItem]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "all_records": all_records,
            "per_page": per_page,
            "offset": offset,
        }
        return Pager(
            _get_dataset_stats,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def get_columns_stats(
        self,
        dataset_id: int,
        *,
        histogram_bin_limit: int | Unset = UNSET,
    ) -> ColumnsStats:
        """Get a dataset's column statistics

        Returns statistics of each column of a dataset, with histograms of at most `histogram_bin_limit`
        bins.

        Args:
            dataset_id (int):
            histogram_bin_limit (int | Unset):

        Returns:
            ColumnsStats

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_dataset_columns_stats.sync_detailed(
            dataset_id, client=self._client, histogram_bin_limit=histogram_bin_limit
        )
        return cast("ColumnsStats", success(response, "get_dataset_columns_stats", (200,)))

    def put_columns_stats(
        self,
        dataset_id: int,
        *,
        body: ColumnStatsUpload,
    ) -> Any:
        """Upload a dataset's column statistics

        Creates or replaces detailed column statistics. Narrative computes them for datasets on its own data
        plane; other data planes must upload them, since Narrative cannot read their data.

        Args:
            dataset_id (int):
            body (ColumnStatsUpload): Detailed statistics of columns, computed outside Narrative.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _put_dataset_columns_stats.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "put_dataset_columns_stats", (204,)))

    def recalculate_columns_stats(
        self,
        dataset_id: int,
        *,
        body: RecalculationRequest,
    ) -> Recalculation:
        """Recalculate a dataset's column statistics

        Starts recalculating a dataset's statistics from a snapshot on.

        Args:
            dataset_id (int):
            body (RecalculationRequest): The range to recalculate.

        Returns:
            Recalculation

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _recalculate_dataset_columns_stats.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Recalculation", success(response, "recalculate_dataset_columns_stats", (200,)))

    def ingest_file(
        self,
        dataset_id: int,
        *,
        body: IngestRequest,
    ) -> Any:
        """Ingest an uploaded file into a dataset

        Ingests a file previously sent with the uploads operation into the dataset. `source_file` is the
        upload path used then.

        Args:
            dataset_id (int):
            body (IngestRequest): A file to ingest.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _ingest_dataset_file.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "ingest_dataset_file", (204,)))

    def list_snapshot_added_files(
        self,
        dataset_id: int,
        snapshot_id: int,
    ) -> builtins.list[AddedFile]:
        """List the files a snapshot added

        Lists the data files added by one snapshot of a dataset.

        Args:
            dataset_id (int):
            snapshot_id (int):

        Returns:
            builtins.list[AddedFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> Pager[SnapshotPageSnapshotsItem]:
        """List a dataset's snapshots and their files

        Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
        page at a time.

        Args:
            dataset_id (int):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            timestamp_gte (str | Unset):
            timestamp_lt (str | Unset):
            timestamp_lte (str | Unset):
            from_snapshot_id (int | Unset):
            until_snapshot_id (int | Unset):
            to_snapshot_id (int | Unset):

        Returns:
            Pager[SnapshotPageSnapshotsItem]

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
        return Pager(
            _find_dataset_snapshots,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def list_metrics(
        self,
        dataset_id: int,
    ) -> DatasetMetrics:
        """List a dataset's metrics

        Returns the column metrics of each snapshot of a dataset.

        Args:
            dataset_id (int):

        Returns:
            DatasetMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _list_dataset_metrics.sync_detailed(dataset_id, client=self._client)
        return cast("DatasetMetrics", success(response, "list_dataset_metrics", (200,)))

    def get_snapshot_column_stats(
        self,
        dataset_id: int,
        snapshot_id: int,
    ) -> SnapshotMetrics:
        """Get a snapshot's column metrics

        Returns the column metrics of one snapshot.

        Args:
            dataset_id (int):
            snapshot_id (int):

        Returns:
            SnapshotMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_snapshot_column_stats.sync_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("SnapshotMetrics", success(response, "get_snapshot_column_stats", (200,)))

    def get_stats_config(
        self,
        dataset_id: int,
    ) -> StatsConfigVersion:
        """Get a dataset's statistics configuration

        Returns the current statistics configuration of a dataset and its version.

        Args:
            dataset_id (int):

        Returns:
            StatsConfigVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_dataset_stats_config.sync_detailed(dataset_id, client=self._client)
        return cast("StatsConfigVersion", success(response, "get_dataset_stats_config", (200,)))

    def put_stats_config(
        self,
        dataset_id: int,
        *,
        body: StatsConfig,
    ) -> StatsConfigSaved:
        """Set a dataset's statistics configuration

        Saves a new version of the configuration that says which statistics are computed for which columns.

        Args:
            dataset_id (int):
            body (StatsConfig): Which advanced statistics are computed for which columns.

        Returns:
            StatsConfigSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> Pager[SnapshotFilesPageFilesPerSnapshotItem]:
        """List a dataset's snapshots with file sizes

        Lists a dataset's snapshots with the path and size of each file, a page at a time.

        Args:
            dataset_id (int):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            timestamp_gte (str | Unset):
            from_snapshot_id (int | Unset):

        Returns:
            Pager[SnapshotFilesPageFilesPerSnapshotItem]

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
        return Pager(
            _find_dataset_files,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def get_snapshot_file_download_url(
        self,
        dataset_id: int,
        snapshot_id: int,
        file_id: str,
    ) -> DownloadUrl:
        """Get a download URL for a snapshot file

        Returns a URL from which one file added by a snapshot can be downloaded.

        Args:
            dataset_id (int):
            snapshot_id (int):
            file_id (str):

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_snapshot_file_download_url.sync_detailed(dataset_id, snapshot_id, file_id, client=self._client)
        return cast("DownloadUrl", success(response, "get_snapshot_file_download_url", (200,)))

    def update_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleUpdate,
    ) -> Any:
        """Update a dataset's refresh schedule

        Changes the cron schedule, budget, execution cluster or status of a dataset's refresh.

        Args:
            dataset_id (int):
            body (RefreshScheduleUpdate): The refresh schedule's fields to change.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _update_refresh_schedule.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "update_refresh_schedule", (204,)))

    def create_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleCreate,
    ) -> Any:
        """Create a dataset's refresh schedule

        Schedules the refresh of a dataset on a cron expression, within a budget.

        Args:
            dataset_id (int):
            body (RefreshScheduleCreate): A refresh schedule of a materialized view.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _create_refresh_schedule.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "create_refresh_schedule", (204,)))

    def refresh_materialized_view(
        self,
        dataset_id: int,
        *,
        body: MaterializedViewRefresh,
    ) -> Any:
        """Refresh a materialized view

        Runs a materialized view now: `full` from scratch, `incremental` from the tracked progress.

        Args:
            dataset_id (int):
            body (MaterializedViewRefresh): How to refresh a materialized view.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _refresh_materialized_view.sync_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "refresh_materialized_view", (204,)))


class AsyncDatasetsResource:
    """The datasets operations, awaited: `client.datasets.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDatasetsResource()"

    async def list(
        self,
    ) -> DatasetList:
        """List the company's datasets

        Returns every dataset of the caller's company.

        Returns:
            DatasetList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_datasets.asyncio_detailed(client=self._client)
        return cast("DatasetList", success(response, "list_datasets", (200,)))

    async def update_by_name(
        self,
        *,
        body: DatasetCreate,
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
        response = await _update_dataset_by_name.asyncio_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset_by_name", (200,)))

    async def create(
        self,
        *,
        body: DatasetCreate,
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
        response = await _create_dataset.asyncio_detailed(client=self._client, body=body)
        return cast("Dataset", success(response, "create_dataset", (200,)))

    async def get(
        self,
        dataset_id: int,
    ) -> Dataset:
        """Get a dataset

        Returns one dataset.

        Args:
            dataset_id (int):

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_dataset.asyncio_detailed(dataset_id, client=self._client)
        return cast("Dataset", success(response, "get_dataset", (200,)))

    async def update(
        self,
        dataset_id: int,
        *,
        body: DatasetUpdate,
    ) -> Dataset:
        """Update a dataset

        Changes a pending or active dataset. On a pending dataset every field may change. On an active one
        only
        the schema's property metadata (`sensitive`, `required`, `unsellable`), enumerations (values may
        only be
        added), `description` and `display_name` may change. Archived datasets cannot change.

        Args:
            dataset_id (int):
            body (DatasetUpdate): The dataset's fields to change.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _update_dataset.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_dataset", (200,)))

    async def delete(
        self,
        dataset_id: int,
        *,
        x_narrative_retention_days: str | Unset = "30",
    ) -> Any:
        """Delete a dataset

        Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
        (`X-Narrative-Retention-Days`).

        Args:
            dataset_id (int):
            x_narrative_retention_days (str | Unset):  Default: '30'.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _delete_dataset.asyncio_detailed(
            dataset_id, client=self._client, x_narrative_retention_days=x_narrative_retention_days
        )
        return cast("Any", success(response, "delete_dataset", (204,)))

    async def sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> RowSample:
        """Sample a dataset's rows

        Returns up to `size` rows of a dataset as JSON.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _sample_dataset.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "sample_dataset", (200,)))

    async def admin_get(
        self,
        dataset_id: int,
    ) -> DatasetWithTable:
        """Get a dataset with its Iceberg table (admin)

        Returns a dataset with information about the Iceberg table that backs it.

        Args:
            dataset_id (int):

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_get_dataset.asyncio_detailed(dataset_id, client=self._client)
        return cast("DatasetWithTable", success(response, "admin_get_dataset", (200,)))

    async def admin_sample(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> RowSample:
        """Sample a dataset's rows (admin)

        Returns up to `size` rows of a dataset as JSON, for administrators.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            RowSample

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_sample_dataset.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("RowSample", success(response, "admin_sample_dataset", (200,)))

    async def admin_update_partition_spec(
        self,
        dataset_id: int,
        *,
        body: PartitionSpecUpdateRequest,
    ) -> DatasetWithTable:
        """Change the partitioning of a dataset's table (admin)

        Adds or removes partition fields of the Iceberg table behind a dataset.

        Args:
            dataset_id (int):
            body (PartitionSpecUpdateRequest): Changes to a partition specification, applied in order.

        Returns:
            DatasetWithTable

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_update_partition_spec.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("DatasetWithTable", success(response, "admin_update_partition_spec", (200,)))

    async def preview_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
    ) -> RetentionPreview:
        """Preview a retention policy

        Lists the snapshots that a retention policy would expire, without applying it.

        Args:
            dataset_id (int):
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            RetentionPreview

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _preview_retention_policy.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("RetentionPreview", success(response, "preview_retention_policy", (200,)))

    async def update_retention_policy(
        self,
        dataset_id: int,
        *,
        body: ExpireEverything | RetainEverything,
    ) -> Dataset:
        """Set a dataset's retention policy

        Sets which snapshots of a dataset are kept.

        Args:
            dataset_id (int):
            body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
                apart by `type`.

        Returns:
            Dataset

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _update_retention_policy.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Dataset", success(response, "update_retention_policy", (200,)))

    async def sample_mappings(
        self,
        dataset_id: int,
        *,
        size: int | Unset = UNSET,
    ) -> builtins.list[MappingSample]:
        """Sample a dataset through its mappings

        For each existing mapping of the dataset, returns sample rows before (`input`) and after (`output`,
        keyed by attribute name) mapping.

        Args:
            dataset_id (int):
            size (int | Unset):

        Returns:
            builtins.list[MappingSample]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _sample_dataset_mappings.asyncio_detailed(dataset_id, client=self._client, size=size)
        return cast("builtins.list[MappingSample]", success(response, "sample_dataset_mappings", (200,)))

    async def suggest_mappings(
        self,
        dataset_id: int,
        *,
        body: SuggestDatasetMappingsBody | Unset = UNSET,
    ) -> JobRef:
        """Schedule mapping suggestions for a dataset

        Schedules a job that suggests mappings for the dataset using the Rosetta Stone API (Snowflake data
        plane only).

        Args:
            dataset_id (int):
            body (SuggestDatasetMappingsBody | Unset): Empty.

        Returns:
            JobRef

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _suggest_dataset_mappings.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("JobRef", success(response, "suggest_dataset_mappings", (200,)))

    def get_stats(
        self,
        dataset_id: int,
        *,
        all_records: bool | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> AsyncPager[SnapshotStatsListRecordsItem]:
        """Get a dataset's snapshot statistics

        Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
        is an
        incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
        `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
        returns 100.

        Args:
            dataset_id (int):
            all_records (bool | Unset):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            AsyncPager[SnapshotStatsListRecordsItem]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "dataset_id": dataset_id,
            "all_records": all_records,
            "per_page": per_page,
            "offset": offset,
        }
        return AsyncPager(
            _get_dataset_stats,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def get_columns_stats(
        self,
        dataset_id: int,
        *,
        histogram_bin_limit: int | Unset = UNSET,
    ) -> ColumnsStats:
        """Get a dataset's column statistics

        Returns statistics of each column of a dataset, with histograms of at most `histogram_bin_limit`
        bins.

        Args:
            dataset_id (int):
            histogram_bin_limit (int | Unset):

        Returns:
            ColumnsStats

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_dataset_columns_stats.asyncio_detailed(
            dataset_id, client=self._client, histogram_bin_limit=histogram_bin_limit
        )
        return cast("ColumnsStats", success(response, "get_dataset_columns_stats", (200,)))

    async def put_columns_stats(
        self,
        dataset_id: int,
        *,
        body: ColumnStatsUpload,
    ) -> Any:
        """Upload a dataset's column statistics

        Creates or replaces detailed column statistics. Narrative computes them for datasets on its own data
        plane; other data planes must upload them, since Narrative cannot read their data.

        Args:
            dataset_id (int):
            body (ColumnStatsUpload): Detailed statistics of columns, computed outside Narrative.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _put_dataset_columns_stats.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "put_dataset_columns_stats", (204,)))

    async def recalculate_columns_stats(
        self,
        dataset_id: int,
        *,
        body: RecalculationRequest,
    ) -> Recalculation:
        """Recalculate a dataset's column statistics

        Starts recalculating a dataset's statistics from a snapshot on.

        Args:
            dataset_id (int):
            body (RecalculationRequest): The range to recalculate.

        Returns:
            Recalculation

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _recalculate_dataset_columns_stats.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Recalculation", success(response, "recalculate_dataset_columns_stats", (200,)))

    async def ingest_file(
        self,
        dataset_id: int,
        *,
        body: IngestRequest,
    ) -> Any:
        """Ingest an uploaded file into a dataset

        Ingests a file previously sent with the uploads operation into the dataset. `source_file` is the
        upload path used then.

        Args:
            dataset_id (int):
            body (IngestRequest): A file to ingest.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _ingest_dataset_file.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "ingest_dataset_file", (204,)))

    async def list_snapshot_added_files(
        self,
        dataset_id: int,
        snapshot_id: int,
    ) -> builtins.list[AddedFile]:
        """List the files a snapshot added

        Lists the data files added by one snapshot of a dataset.

        Args:
            dataset_id (int):
            snapshot_id (int):

        Returns:
            builtins.list[AddedFile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> AsyncPager[SnapshotPageSnapshotsItem]:
        """List a dataset's snapshots and their files

        Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
        page at a time.

        Args:
            dataset_id (int):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            timestamp_gte (str | Unset):
            timestamp_lt (str | Unset):
            timestamp_lte (str | Unset):
            from_snapshot_id (int | Unset):
            until_snapshot_id (int | Unset):
            to_snapshot_id (int | Unset):

        Returns:
            AsyncPager[SnapshotPageSnapshotsItem]

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
        return AsyncPager(
            _find_dataset_snapshots,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def list_metrics(
        self,
        dataset_id: int,
    ) -> DatasetMetrics:
        """List a dataset's metrics

        Returns the column metrics of each snapshot of a dataset.

        Args:
            dataset_id (int):

        Returns:
            DatasetMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_dataset_metrics.asyncio_detailed(dataset_id, client=self._client)
        return cast("DatasetMetrics", success(response, "list_dataset_metrics", (200,)))

    async def get_snapshot_column_stats(
        self,
        dataset_id: int,
        snapshot_id: int,
    ) -> SnapshotMetrics:
        """Get a snapshot's column metrics

        Returns the column metrics of one snapshot.

        Args:
            dataset_id (int):
            snapshot_id (int):

        Returns:
            SnapshotMetrics

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_snapshot_column_stats.asyncio_detailed(dataset_id, snapshot_id, client=self._client)
        return cast("SnapshotMetrics", success(response, "get_snapshot_column_stats", (200,)))

    async def get_stats_config(
        self,
        dataset_id: int,
    ) -> StatsConfigVersion:
        """Get a dataset's statistics configuration

        Returns the current statistics configuration of a dataset and its version.

        Args:
            dataset_id (int):

        Returns:
            StatsConfigVersion

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_dataset_stats_config.asyncio_detailed(dataset_id, client=self._client)
        return cast("StatsConfigVersion", success(response, "get_dataset_stats_config", (200,)))

    async def put_stats_config(
        self,
        dataset_id: int,
        *,
        body: StatsConfig,
    ) -> StatsConfigSaved:
        """Set a dataset's statistics configuration

        Saves a new version of the configuration that says which statistics are computed for which columns.

        Args:
            dataset_id (int):
            body (StatsConfig): Which advanced statistics are computed for which columns.

        Returns:
            StatsConfigSaved

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> AsyncPager[SnapshotFilesPageFilesPerSnapshotItem]:
        """List a dataset's snapshots with file sizes

        Lists a dataset's snapshots with the path and size of each file, a page at a time.

        Args:
            dataset_id (int):
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.
            timestamp_gte (str | Unset):
            from_snapshot_id (int | Unset):

        Returns:
            AsyncPager[SnapshotFilesPageFilesPerSnapshotItem]

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
        return AsyncPager(
            _find_dataset_files,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def get_snapshot_file_download_url(
        self,
        dataset_id: int,
        snapshot_id: int,
        file_id: str,
    ) -> DownloadUrl:
        """Get a download URL for a snapshot file

        Returns a URL from which one file added by a snapshot can be downloaded.

        Args:
            dataset_id (int):
            snapshot_id (int):
            file_id (str):

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_snapshot_file_download_url.asyncio_detailed(
            dataset_id, snapshot_id, file_id, client=self._client
        )
        return cast("DownloadUrl", success(response, "get_snapshot_file_download_url", (200,)))

    async def update_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleUpdate,
    ) -> Any:
        """Update a dataset's refresh schedule

        Changes the cron schedule, budget, execution cluster or status of a dataset's refresh.

        Args:
            dataset_id (int):
            body (RefreshScheduleUpdate): The refresh schedule's fields to change.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _update_refresh_schedule.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "update_refresh_schedule", (204,)))

    async def create_refresh_schedule(
        self,
        dataset_id: int,
        *,
        body: RefreshScheduleCreate,
    ) -> Any:
        """Create a dataset's refresh schedule

        Schedules the refresh of a dataset on a cron expression, within a budget.

        Args:
            dataset_id (int):
            body (RefreshScheduleCreate): A refresh schedule of a materialized view.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _create_refresh_schedule.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "create_refresh_schedule", (204,)))

    async def refresh_materialized_view(
        self,
        dataset_id: int,
        *,
        body: MaterializedViewRefresh,
    ) -> Any:
        """Refresh a materialized view

        Runs a materialized view now: `full` from scratch, `incremental` from the tracked progress.

        Args:
            dataset_id (int):
            body (MaterializedViewRefresh): How to refresh a materialized view.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _refresh_materialized_view.asyncio_detailed(dataset_id, client=self._client, body=body)
        return cast("Any", success(response, "refresh_materialized_view", (204,)))


__all__ = ("DatasetsResource", "AsyncDatasetsResource")
