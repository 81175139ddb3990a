"""Narrative flows over a company's data: datasets and their snapshots, statistics and schedules, attributes,
mappings, schema presets, uploads, storage buckets and dataset connections.

Each flow drives the typed generated client against apimock served over HTTP, with request bodies built from the
spec's documented examples, and checks that what was written is what is read back, as the generated models.
"""

from __future__ import annotations

import uuid

import pytest
from narrative_client import AuthenticatedClient, BadRequestError, NotFoundError, paginate
from narrative_client.api.attributes import (
    create_attribute,
    delete_attribute,
    get_attribute,
    list_attribute_references,
    list_attributes,
)
from narrative_client.api.connections import create_connection, delete_connection, get_connection, list_connections
from narrative_client.api.datasets import (
    admin_get_dataset,
    admin_sample_dataset,
    admin_update_partition_spec,
    create_dataset,
    create_refresh_schedule,
    delete_dataset,
    find_dataset_files,
    find_dataset_snapshots,
    get_dataset,
    get_dataset_columns_stats,
    get_dataset_stats,
    get_dataset_stats_config,
    get_snapshot_column_stats,
    get_snapshot_file_download_url,
    ingest_dataset_file,
    list_dataset_metrics,
    list_datasets,
    list_snapshot_added_files,
    preview_retention_policy,
    put_dataset_columns_stats,
    put_dataset_stats_config,
    recalculate_dataset_columns_stats,
    refresh_materialized_view,
    sample_dataset,
    sample_dataset_mappings,
    suggest_dataset_mappings,
    update_dataset,
    update_dataset_by_name,
    update_refresh_schedule,
    update_retention_policy,
)
from narrative_client.api.mappings import (
    accept_mapping,
    create_company_mapping,
    create_global_mapping,
    create_system_mapping,
    delete_mapping,
    get_mapping,
    list_company_mappings,
    list_mappings,
    list_system_mappings,
    promote_mapping,
    sample_mapping,
    test_mapping,
    update_mapping,
)
from narrative_client.api.resources import create_bucket, list_buckets, update_bucket_access
from narrative_client.api.schema_presets import (
    admin_create_public_schema_preset,
    archive_schema_preset,
    create_schema_preset,
    get_schema_preset,
    list_public_schema_presets,
    list_schema_presets,
)
from narrative_client.api.uploads import create_upload_url
from narrative_client.models import (
    AddedFile,
    AttributeList,
    AttributeMapping,
    Bucket,
    BucketAccessUpdate,
    BucketCreate,
    BucketList,
    ColumnsStats,
    ColumnStatsUpload,
    Connection,
    ConnectionCreate,
    ConnectionList,
    Dataset,
    DatasetCreate,
    DatasetList,
    DatasetMetrics,
    DatasetUpdate,
    DatasetWithTable,
    DownloadUrl,
    ExpireEverything,
    IngestRequest,
    JobRef,
    MappedRecords,
    MappingCreate,
    MappingList,
    MappingSample,
    MappingUpdate,
    MaterializedViewRefresh,
    ObjectAttribute,
    ObjectMapping,
    PartitionSpecUpdateRequest,
    Recalculation,
    RecalculationRequest,
    RefreshScheduleCreate,
    RefreshScheduleUpdate,
    RetentionPreview,
    RowSample,
    SchemaPreset,
    SchemaPresetCreate,
    SchemaPresetList,
    SnapshotFilesPageFilesPerSnapshotItem,
    SnapshotMetrics,
    SnapshotPageSnapshotsItem,
    SnapshotStatsListRecordsItem,
    StatsConfig,
    StatsConfigSaved,
    StatsConfigVersion,
    UploadUrl,
)

from .narrative_flow_support import (
    parameter_example,
    request_example,
    typed,
    walk,
)

DATASET = parameter_example("get_dataset", "dataset_id")
SNAPSHOT = parameter_example("list_snapshot_added_files", "snapshot_id")


def test_dataset_is_created_listed_renamed_given_a_retention_policy_and_deleted(client: AuthenticatedClient) -> None:
    name = f"declared_age_{uuid.uuid4().hex[:8]}"
    documented = request_example("create_dataset")
    dataset = typed(
        create_dataset.sync(client=client, body=DatasetCreate.from_dict({**documented, "name": name})), Dataset
    )
    assert (dataset.name, dataset.description) == (name, documented["description"])

    listed = typed(list_datasets.sync(client=client), DatasetList)
    assert dataset.id in [each.id for each in listed.records]

    change = {**request_example("update_dataset"), "name": name, "description": "Birth years declared at sign-up."}
    typed(update_dataset.sync(dataset.id, client=client, body=DatasetUpdate.from_dict(change)), Dataset)
    read_back = typed(get_dataset.sync(dataset.id, client=client), Dataset)
    assert (read_back.id, read_back.name, read_back.description) == (dataset.id, name, change["description"])
    assert read_back.display_name == change["display_name"]

    by_name = {**documented, "name": name, "description": "Replaced through its name."}
    typed(update_dataset_by_name.sync(client=client, body=DatasetCreate.from_dict(by_name)), Dataset)

    policy = ExpireEverything.from_dict(request_example("update_retention_policy"))
    preview = typed(preview_retention_policy.sync(dataset.id, client=client, body=policy), RetentionPreview)
    assert preview.snapshots_to_expire
    with_policy = typed(update_retention_policy.sync(dataset.id, client=client, body=policy), Dataset)
    assert isinstance(with_policy.retention_policy, ExpireEverything)

    deleted = delete_dataset.sync_detailed(dataset.id, client=client)
    assert deleted.status_code == 204
    with pytest.raises(NotFoundError):
        get_dataset.sync(dataset.id, client=client)
    assert dataset.id not in [each.id for each in typed(list_datasets.sync(client=client), DatasetList).records]


def test_dataset_snapshots_files_and_statistics_are_walked_page_by_page(client: AuthenticatedClient) -> None:
    stats = walk(paginate(get_dataset_stats, client, dataset_id=DATASET, per_page=1))
    assert stats
    assert all(isinstance(each, SnapshotStatsListRecordsItem) for each in stats)

    snapshots = walk(paginate(find_dataset_snapshots, client, dataset_id=DATASET, per_page=1))
    assert snapshots
    assert all(isinstance(each, SnapshotPageSnapshotsItem) for each in snapshots)
    assert len({each.snapshot_id for each in snapshots}) == len(snapshots)

    files = walk(paginate(find_dataset_files, client, dataset_id=DATASET, per_page=1))
    assert files
    assert all(isinstance(each, SnapshotFilesPageFilesPerSnapshotItem) for each in files)

    added = list_snapshot_added_files.sync(DATASET, SNAPSHOT, client=client)
    assert isinstance(added, list)
    assert added
    assert all(isinstance(each, AddedFile) for each in added)
    download = typed(get_snapshot_file_download_url.sync(DATASET, SNAPSHOT, added[0].name, client=client), DownloadUrl)
    assert download.download_url.startswith("https://")
    column_stats = typed(get_snapshot_column_stats.sync(DATASET, SNAPSHOT, client=client), SnapshotMetrics)
    assert column_stats.value
    metrics = typed(list_dataset_metrics.sync(DATASET, client=client), DatasetMetrics)
    assert metrics.value

    with pytest.raises(BadRequestError):
        walk(paginate(find_dataset_snapshots, client, dataset_id=DATASET, per_page=1, timestamp_gte="yesterday"))
    with pytest.raises(NotFoundError):
        walk(paginate(get_dataset_stats, client, dataset_id=987654321))
    with pytest.raises(NotFoundError):
        sample_dataset.sync(987654321, client=client)


def test_column_statistics_are_uploaded_recalculated_and_configured(client: AuthenticatedClient) -> None:
    histogram_bins = parameter_example("get_dataset_columns_stats", "histogram_bin_limit")
    current = typed(
        get_dataset_columns_stats.sync(DATASET, client=client, histogram_bin_limit=histogram_bins), ColumnsStats
    )
    assert current.advanced_statistics_metadata is not None

    upload = ColumnStatsUpload.from_dict(request_example("put_dataset_columns_stats"))
    assert put_dataset_columns_stats.sync_detailed(DATASET, client=client, body=upload).status_code == 204

    recalculation_request = request_example("recalculate_dataset_columns_stats")
    recalculation = typed(
        recalculate_dataset_columns_stats.sync(
            DATASET, client=client, body=RecalculationRequest.from_dict(recalculation_request)
        ),
        Recalculation,
    )
    assert recalculation.snapshots

    config = request_example("put_dataset_stats_config")
    saved = typed(
        put_dataset_stats_config.sync(DATASET, client=client, body=StatsConfig.from_dict(config)), StatsConfigSaved
    )
    assert saved.version_id
    read_back = typed(get_dataset_stats_config.sync(DATASET, client=client), StatsConfigVersion)
    assert read_back.to_dict().items() >= config.items()

    with pytest.raises(BadRequestError):
        get_dataset_columns_stats.sync(DATASET, client=client, histogram_bin_limit=0)


def test_dataset_rows_are_sampled_directly_through_mappings_and_as_admin(client: AuthenticatedClient) -> None:
    size = parameter_example("sample_dataset", "size")
    rows = typed(sample_dataset.sync(DATASET, client=client, size=size), RowSample)
    assert 0 < len(rows.records) <= size
    admin_rows = typed(admin_sample_dataset.sync(DATASET, client=client, size=size), RowSample)
    assert admin_rows.records

    mapped = sample_dataset_mappings.sync(DATASET, client=client, size=size)
    assert isinstance(mapped, list)
    assert mapped
    assert all(isinstance(each, MappingSample) for each in mapped)

    job = typed(suggest_dataset_mappings.sync(DATASET, client=client), JobRef)
    assert job.job_id

    with pytest.raises(BadRequestError) as refused:
        sample_dataset.sync(DATASET, client=client, size=1001)
    assert "size" in str(refused.value.body)


def test_admin_reads_the_iceberg_table_and_repartitions_it(client: AuthenticatedClient) -> None:
    table = typed(admin_get_dataset.sync(DATASET, client=client), DatasetWithTable)
    assert table.id == DATASET
    change = PartitionSpecUpdateRequest.from_dict(request_example("admin_update_partition_spec"))
    repartitioned = typed(admin_update_partition_spec.sync(DATASET, client=client, body=change), DatasetWithTable)
    assert repartitioned.id == DATASET


def test_a_file_is_uploaded_ingested_and_the_dataset_refreshed_on_a_schedule(client: AuthenticatedClient) -> None:
    upload_path = parameter_example("create_upload_url", "upload_path")
    upload = typed(create_upload_url.sync(upload_path, client=client), UploadUrl)
    assert upload.upload_url.startswith("https://")

    ingest = IngestRequest.from_dict(request_example("ingest_dataset_file"))
    assert ingest_dataset_file.sync_detailed(DATASET, client=client, body=ingest).status_code == 204

    schedule = RefreshScheduleCreate.from_dict(request_example("create_refresh_schedule"))
    assert create_refresh_schedule.sync_detailed(DATASET, client=client, body=schedule).status_code == 204
    change = RefreshScheduleUpdate.from_dict(request_example("update_refresh_schedule"))
    assert update_refresh_schedule.sync_detailed(DATASET, client=client, body=change).status_code == 204
    refresh = MaterializedViewRefresh.from_dict(request_example("refresh_materialized_view"))
    assert refresh_materialized_view.sync_detailed(DATASET, client=client, body=refresh).status_code == 204

    with pytest.raises(BadRequestError) as refused:
        ingest_dataset_file.sync(DATASET, client=client, body=IngestRequest.from_dict({"source_file": 20211201}))
    assert "source_file" in str(refused.value.body)


def test_attribute_is_created_read_by_name_and_id_listed_and_deleted(client: AuthenticatedClient) -> None:
    documented = request_example("create_attribute")
    name = f"unit_price_{uuid.uuid4().hex[:8]}"
    body = ObjectAttribute.from_dict({**documented, "name": name})
    created = typed(create_attribute.sync(client=client, body=body), ObjectAttribute)
    assert (created.name, created.display_name) == (name, documented["display_name"])

    by_name = typed(get_attribute.sync(name, client=client), ObjectAttribute)
    by_id = typed(get_attribute.sync(str(created.id), client=client), ObjectAttribute)
    assert by_name.to_dict() == by_id.to_dict() == created.to_dict()
    assert by_name.properties.to_dict() == documented["properties"]
    listed = typed(list_attributes.sync(client=client), AttributeList)
    assert name in [each.name for each in listed.records]
    seeded = parameter_example("list_attribute_references", "attribute_name_or_id")
    typed(list_attribute_references.sync(seeded, client=client), ObjectAttribute)
    assert delete_attribute.sync_detailed(name, client=client).status_code == 204
    with pytest.raises(NotFoundError):
        get_attribute.sync(name, client=client)

    with pytest.raises(BadRequestError) as refused:
        create_attribute.sync(client=client, body=ObjectAttribute.from_dict({**documented, "name": "unit price"}))
    assert "name" in str(refused.value.body)


def test_mapping_is_tried_created_sampled_updated_accepted_promoted_and_deleted(client: AuthenticatedClient) -> None:
    documented = request_example("create_company_mapping")
    body = MappingCreate.from_dict(documented)
    size = parameter_example("test_mapping", "size")
    tried = typed(test_mapping.sync(client=client, body=body, size=size), MappedRecords)
    assert tried.records

    company_id = parameter_example("create_company_mapping", "company_id")
    typed(create_company_mapping.sync(company_id, client=client, body=body), AttributeMapping)
    typed(list_company_mappings.sync(company_id, client=client), MappingList)

    mapping = typed(create_global_mapping.sync(client=client, body=body), AttributeMapping)
    assert (mapping.attribute_id, mapping.dataset_id) == (documented["attribute_id"], documented["dataset_id"])
    assert mapping.mapping.to_dict() == documented["mapping"]
    by_dataset = typed(list_mappings.sync(client=client, dataset_id=[documented["dataset_id"]]), MappingList)
    assert mapping.id in [each.id for each in by_dataset.records]
    sample = typed(sample_mapping.sync(mapping.id, client=client, size=size), MappedRecords)
    assert sample.records

    change = request_example("update_mapping")
    typed(update_mapping.sync(mapping.id, client=client, body=MappingUpdate.from_dict(change)), AttributeMapping)
    read_back = typed(get_mapping.sync(mapping.id, client=client), AttributeMapping)
    assert isinstance(read_back.mapping, ObjectMapping)
    assert read_back.mapping.to_dict() == change["mapping"]

    accepted = typed(accept_mapping.sync(mapping.id, client=client), AttributeMapping)
    assert accepted.status == "active"
    promoted = typed(promote_mapping.sync(mapping.id, client=client), AttributeMapping)
    assert promoted.id != mapping.id
    assert (promoted.scope, promoted.derived_from) == ("global", mapping.id)
    assert typed(get_mapping.sync(promoted.id, client=client), AttributeMapping).mapping.to_dict() == change["mapping"]

    assert delete_mapping.sync_detailed(mapping.id, client=client).status_code == 204
    with pytest.raises(NotFoundError):
        get_mapping.sync(mapping.id, client=client)
    with pytest.raises(NotFoundError):
        accept_mapping.sync(mapping.id, client=client)


def test_admin_creates_global_and_system_mappings_and_finds_them_listed(client: AuthenticatedClient) -> None:
    body = MappingCreate.from_dict(request_example("create_global_mapping"))
    global_mapping = typed(create_global_mapping.sync(client=client, body=body), AttributeMapping)
    system_mapping = typed(create_system_mapping.sync(client=client, body=body), AttributeMapping)
    assert global_mapping.id != system_mapping.id

    everything = typed(list_mappings.sync(client=client), MappingList)
    assert {global_mapping.id, system_mapping.id} <= {each.id for each in everything.records}
    system = typed(list_system_mappings.sync(client=client), MappingList)
    assert system_mapping.id in [each.id for each in system.records]

    with pytest.raises(BadRequestError):
        create_global_mapping.sync(
            client=client, body=MappingCreate.from_dict({**body.to_dict(), "attribute_id": "price"})
        )


def test_schema_preset_is_created_listed_read_and_archived(client: AuthenticatedClient) -> None:
    name = f"Age {uuid.uuid4().hex[:8]}"
    documented = request_example("create_schema_preset")
    body = SchemaPresetCreate.from_dict({**documented, "name": name})
    preset = typed(create_schema_preset.sync(client=client, body=body), SchemaPreset)
    assert (preset.name, preset.tags, preset.based_on_preset_id) == (
        name,
        documented["tags"],
        documented["based_on_preset_id"],
    )
    read_back = typed(get_schema_preset.sync(preset.id, client=client), SchemaPreset)
    assert read_back.details is not None
    assert read_back.to_dict()["details"] == documented["details"]
    usable = typed(list_schema_presets.sync(client=client), SchemaPresetList)
    assert preset.id in [each.id for each in usable.records]

    public_name = f"Public {name}"
    public = typed(
        admin_create_public_schema_preset.sync(
            client=client, body=SchemaPresetCreate.from_dict({**documented, "name": public_name})
        ),
        SchemaPreset,
    )
    public_list = typed(list_public_schema_presets.sync(client=client), SchemaPresetList)
    assert public.id in [each.id for each in public_list.records]

    assert archive_schema_preset.sync_detailed(preset.id, client=client).status_code == 204
    with pytest.raises(NotFoundError):
        get_schema_preset.sync(preset.id, client=client)


def test_bucket_is_created_listed_and_switched_to_a_bucket_policy(client: AuthenticatedClient) -> None:
    documented = request_example("create_bucket")
    bucket = typed(create_bucket.sync(client=client, body=BucketCreate.from_dict(documented)), Bucket)
    listed = typed(list_buckets.sync(client=client), BucketList)
    assert bucket.id in [each.id for each in listed.records]

    change = {**request_example("update_bucket_access"), "bucket_name": bucket.name}
    switched = typed(update_bucket_access.sync(client=client, body=BucketAccessUpdate.from_dict(change)), Bucket)
    assert switched.auth is not None
    assert switched.to_dict()["auth"]["type"] == change["new_access"]["type"]

    with pytest.raises(BadRequestError):
        create_bucket.sync(client=client, body=BucketCreate.from_dict({**documented, "account_id": "not-an-account"}))


def test_connection_is_created_listed_for_its_dataset_and_deleted(client: AuthenticatedClient) -> None:
    documented = request_example("create_connection")
    connection = typed(create_connection.sync(client=client, body=ConnectionCreate.from_dict(documented)), Connection)
    assert connection.dataset_id == documented["dataset_id"]
    assert connection.to_dict()["quick_settings"] == documented["quick_settings"]

    read_back = typed(get_connection.sync(connection.id, client=client), Connection)
    assert read_back.to_dict() == connection.to_dict()
    listed = typed(list_connections.sync(client=client, dataset_id=documented["dataset_id"]), ConnectionList)
    assert connection.id in [each.id for each in listed.records]

    removed = typed(delete_connection.sync(connection.id, client=client), Connection)
    assert removed.id == connection.id
    with pytest.raises(NotFoundError):
        get_connection.sync(connection.id, client=client)
    remaining = typed(list_connections.sync(client=client, dataset_id=documented["dataset_id"]), ConnectionList)
    assert connection.id not in [each.id for each in remaining.records]
