"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_rule import AccessRule
    from .access_rule_create import AccessRuleCreate
    from .access_rule_match import AccessRuleMatch
    from .access_rule_page import AccessRulePage
    from .access_rule_status import AccessRuleStatus
    from .access_rule_update import AccessRuleUpdate
    from .access_token import AccessToken
    from .access_token_created import AccessTokenCreated
    from .access_token_envelope import AccessTokenEnvelope
    from .access_token_list import AccessTokenList
    from .access_token_request import AccessTokenRequest
    from .added_file import AddedFile
    from .api_token import ApiToken
    from .app_profile import AppProfile
    from .app_profile_request import AppProfileRequest
    from .app_slug import AppSlug
    from .app_slug_update import AppSlugUpdate
    from .array_attribute import ArrayAttribute
    from .attribute_list import AttributeList
    from .attribute_mapping import AttributeMapping
    from .attribute_metadata import AttributeMetadata
    from .attribute_metadata_attribute_cooccurrence_item import AttributeMetadataAttributeCooccurrenceItem
    from .attribute_metadata_attribute_cooccurrence_item_attribute import (
        AttributeMetadataAttributeCooccurrenceItemAttribute,
    )
    from .attribute_reference import AttributeReference
    from .attribute_set import AttributeSet
    from .auth_rules import AuthRules
    from .bound import Bound
    from .bound_type import BoundType
    from .bucket import Bucket
    from .bucket_access_update import BucketAccessUpdate
    from .bucket_auth import BucketAuth
    from .bucket_create import BucketCreate
    from .bucket_list import BucketList
    from .bucket_policy_access import BucketPolicyAccess
    from .budget import Budget
    from .budget_amount import BudgetAmount
    from .budget_period import BudgetPeriod
    from .cadence import Cadence
    from .cloud_platform import CloudPlatform
    from .column_metric import ColumnMetric
    from .column_reference import ColumnReference
    from .column_set import ColumnSet
    from .column_stats_upload import ColumnStatsUpload
    from .column_stats_upload_records_item import ColumnStatsUploadRecordsItem
    from .columns_stats import ColumnsStats
    from .columns_stats_advanced_statistics_metadata import ColumnsStatsAdvancedStatisticsMetadata
    from .columns_stats_advanced_statistics_metadata_snapshot_range import (
        ColumnsStatsAdvancedStatisticsMetadataSnapshotRange,
    )
    from .columns_stats_columns_summary_item import ColumnsStatsColumnsSummaryItem
    from .columns_stats_columns_summary_item_advanced_statistics import ColumnsStatsColumnsSummaryItemAdvancedStatistics
    from .columns_stats_columns_summary_item_basic_statistics import ColumnsStatsColumnsSummaryItemBasicStatistics
    from .company import Company
    from .company_constraint import CompanyConstraint
    from .company_constraint_type import CompanyConstraintType
    from .company_domains import CompanyDomains
    from .company_info import CompanyInfo
    from .company_info_list import CompanyInfoList
    from .company_status import CompanyStatus
    from .company_update import CompanyUpdate
    from .company_update_status import CompanyUpdateStatus
    from .company_update_visibility import CompanyUpdateVisibility
    from .company_visibility import CompanyVisibility
    from .connection import Connection
    from .connection_create import ConnectionCreate
    from .connection_list import ConnectionList
    from .contract import Contract
    from .contract_create import ContractCreate
    from .contract_created import ContractCreated
    from .contract_list import ContractList
    from .contract_rate import ContractRate
    from .contract_rate_detail import ContractRateDetail
    from .contract_rate_request import ContractRateRequest
    from .contract_rates import ContractRates
    from .contract_update import ContractUpdate
    from .contract_with_details import ContractWithDetails
    from .cost_forecast import CostForecast
    from .cost_forecast_cost import CostForecastCost
    from .cost_forecast_cost_sources_item import CostForecastCostSourcesItem
    from .cost_forecast_cost_sources_item_source import CostForecastCostSourcesItemSource
    from .cost_forecast_list import CostForecastList
    from .data_rules import DataRules
    from .data_shop import DataShop
    from .data_shop_ids import DataShopIds
    from .data_shop_list import DataShopList
    from .data_shop_manifest import DataShopManifest
    from .data_shop_request import DataShopRequest
    from .data_shop_request_fe_manifest import DataShopRequestFeManifest
    from .data_stream import DataStream
    from .data_stream_content import DataStreamContent
    from .data_stream_content_sections_item import DataStreamContentSectionsItem
    from .data_stream_create import DataStreamCreate
    from .data_stream_datasets_type_0_item import DataStreamDatasetsType0Item
    from .data_stream_ids import DataStreamIds
    from .data_stream_list import DataStreamList
    from .data_stream_purchase_details import DataStreamPurchaseDetails
    from .data_stream_subscription_details import DataStreamSubscriptionDetails
    from .dataset import Dataset
    from .dataset_create import DatasetCreate
    from .dataset_filter import DatasetFilter
    from .dataset_filter_attribute import DatasetFilterAttribute
    from .dataset_list import DatasetList
    from .dataset_metrics import DatasetMetrics
    from .dataset_schema import DatasetSchema
    from .dataset_schema_properties import DatasetSchemaProperties
    from .dataset_stats import DatasetStats
    from .dataset_status import DatasetStatus
    from .dataset_storage_billing import DatasetStorageBilling
    from .dataset_update import DatasetUpdate
    from .dataset_with_table import DatasetWithTable
    from .dataset_with_table_table import DatasetWithTableTable
    from .deduplication import Deduplication
    from .delivery_command import DeliveryCommand
    from .delivery_command_list import DeliveryCommandList
    from .delivery_command_metadata import DeliveryCommandMetadata
    from .delivery_command_payload import DeliveryCommandPayload
    from .delivery_download_request import DeliveryDownloadRequest
    from .delivery_file import DeliveryFile
    from .delivery_file_list import DeliveryFileList
    from .delivery_schema import DeliverySchema
    from .destination import Destination
    from .destination_create import DestinationCreate
    from .destination_list import DestinationList
    from .download_url import DownloadUrl
    from .error import Error
    from .execution_cluster import ExecutionCluster
    from .expire_everything import ExpireEverything
    from .expression_filter import ExpressionFilter
    from .field_filter_type_1 import FieldFilterType1
    from .field_rule import FieldRule
    from .file_config import FileConfig
    from .frequency_filter import FrequencyFilter
    from .histogram import Histogram
    from .histogram_camel import HistogramCamel
    from .histogram_camel_values import HistogramCamelValues
    from .histogram_camel_values_additional_property import HistogramCamelValuesAdditionalProperty
    from .histogram_values import HistogramValues
    from .histogram_values_additional_property import HistogramValuesAdditionalProperty
    from .inference_request import InferenceRequest
    from .inferred_schema import InferredSchema
    from .ingest_request import IngestRequest
    from .job import Job
    from .job_input import JobInput
    from .job_list import JobList
    from .job_ref import JobRef
    from .job_result_type_0 import JobResultType0
    from .license_ import License
    from .list_company_data_streams_by_sales_channel_o import ListCompanyDataStreamsBySalesChannelO
    from .list_filter import ListFilter
    from .list_filter_type import ListFilterType
    from .login_request import LoginRequest
    from .login_result import LoginResult
    from .logo_upload_request import LogoUploadRequest
    from .logo_upload_url import LogoUploadUrl
    from .magic_links_token import MagicLinksToken
    from .mapped_record import MappedRecord
    from .mapped_record_input import MappedRecordInput
    from .mapped_record_output import MappedRecordOutput
    from .mapped_records import MappedRecords
    from .mapping_create import MappingCreate
    from .mapping_list import MappingList
    from .mapping_sample import MappingSample
    from .mapping_update import MappingUpdate
    from .marketplace_details import MarketplaceDetails
    from .marketplace_details_pricing import MarketplaceDetailsPricing
    from .match_list import MatchList
    from .match_list_records_item import MatchListRecordsItem
    from .match_list_records_item_attributes_item import MatchListRecordsItemAttributesItem
    from .match_list_records_item_dataset import MatchListRecordsItemDataset
    from .materialized_view_refresh import MaterializedViewRefresh
    from .materialized_view_refresh_type import MaterializedViewRefreshType
    from .o_auth_token import OAuthToken
    from .o_auth_token_request import OAuthTokenRequest
    from .o_auth_token_request_grant_type import OAuthTokenRequestGrantType
    from .object_attribute import ObjectAttribute
    from .object_attribute_properties import ObjectAttributeProperties
    from .object_mapping import ObjectMapping
    from .offer import Offer
    from .offer_licensing import OfferLicensing
    from .offer_pricing import OfferPricing
    from .offer_pricing_type import OfferPricingType
    from .owner import Owner
    from .page_info import PageInfo
    from .partition_spec_add_field import PartitionSpecAddField
    from .partition_spec_remove_field import PartitionSpecRemoveField
    from .partition_spec_update_request import PartitionSpecUpdateRequest
    from .payment_method import PaymentMethod
    from .permission import Permission
    from .permission_access import PermissionAccess
    from .permission_create import PermissionCreate
    from .permission_create_status import PermissionCreateStatus
    from .permission_create_verb import PermissionCreateVerb
    from .primitive_attribute import PrimitiveAttribute
    from .primitive_attribute_type import PrimitiveAttributeType
    from .product import Product
    from .product_create import ProductCreate
    from .product_list import ProductList
    from .product_permission import ProductPermission
    from .product_status import ProductStatus
    from .product_update import ProductUpdate
    from .profile_data import ProfileData
    from .profile_data_saved import ProfileDataSaved
    from .profile_data_saved_data import ProfileDataSavedData
    from .profile_data_saved_meta import ProfileDataSavedMeta
    from .profile_data_value import ProfileDataValue
    from .profile_store_schema_version import ProfileStoreSchemaVersion
    from .profile_store_schema_version_value import ProfileStoreSchemaVersionValue
    from .property_mapping import PropertyMapping
    from .property_schema import PropertySchema
    from .property_schema_properties import PropertySchemaProperties
    from .put_profile_data_body import PutProfileDataBody
    from .put_profile_store_schema_body import PutProfileStoreSchemaBody
    from .query import Query
    from .query_ast import QueryAst
    from .query_create import QueryCreate
    from .query_page import QueryPage
    from .query_update import QueryUpdate
    from .quick_settings import QuickSettings
    from .range_filter import RangeFilter
    from .rate import Rate
    from .recalculation import Recalculation
    from .recalculation_request import RecalculationRequest
    from .recency_filter import RecencyFilter
    from .refresh_schedule_create import RefreshScheduleCreate
    from .refresh_schedule_create_status import RefreshScheduleCreateStatus
    from .refresh_schedule_update import RefreshScheduleUpdate
    from .refresh_schedule_update_status import RefreshScheduleUpdateStatus
    from .register_request import RegisterRequest
    from .register_result import RegisterResult
    from .registration_status import RegistrationStatus
    from .registration_status_request import RegistrationStatusRequest
    from .request_source import RequestSource
    from .resource_metadata import ResourceMetadata
    from .retain_everything import RetainEverything
    from .retention_preview import RetentionPreview
    from .retention_preview_snapshots_to_expire_item import RetentionPreviewSnapshotsToExpireItem
    from .role_access import RoleAccess
    from .row_sample import RowSample
    from .row_sample_records_item import RowSampleRecordsItem
    from .sales_channel import SalesChannel
    from .schema_preset import SchemaPreset
    from .schema_preset_create import SchemaPresetCreate
    from .schema_preset_details import SchemaPresetDetails
    from .schema_preset_details_attributes_item import SchemaPresetDetailsAttributesItem
    from .schema_preset_details_attributes_item_fields_item import SchemaPresetDetailsAttributesItemFieldsItem
    from .schema_preset_list import SchemaPresetList
    from .sku_type import SkuType
    from .snapshot_cursor import SnapshotCursor
    from .snapshot_files_page import SnapshotFilesPage
    from .snapshot_files_page_files_per_snapshot_item import SnapshotFilesPageFilesPerSnapshotItem
    from .snapshot_files_page_files_per_snapshot_item_files_item import SnapshotFilesPageFilesPerSnapshotItemFilesItem
    from .snapshot_metrics import SnapshotMetrics
    from .snapshot_page import SnapshotPage
    from .snapshot_page_snapshots_item import SnapshotPageSnapshotsItem
    from .snapshot_page_snapshots_item_files import SnapshotPageSnapshotsItemFiles
    from .snapshot_stats_list import SnapshotStatsList
    from .snapshot_stats_list_records_item import SnapshotStatsListRecordsItem
    from .stats_columns import StatsColumns
    from .stats_config import StatsConfig
    from .stats_config_saved import StatsConfigSaved
    from .stats_config_version import StatsConfigVersion
    from .subscription import Subscription
    from .subscription_create import SubscriptionCreate
    from .subscription_list import SubscriptionList
    from .subscription_output import SubscriptionOutput
    from .subscription_update import SubscriptionUpdate
    from .suggest_dataset_mappings_body import SuggestDatasetMappingsBody
    from .unit_price import UnitPrice
    from .update_access_token_body import UpdateAccessTokenBody
    from .upload_url import UploadUrl
    from .usage_event import UsageEvent
    from .usage_event_create import UsageEventCreate
    from .usage_event_create_dimensions import UsageEventCreateDimensions
    from .usage_event_create_measures import UsageEventCreateMeasures
    from .usage_event_create_usage import UsageEventCreateUsage
    from .user import User
    from .user_record import UserRecord
    from .user_update import UserUpdate
    from .value_mapping import ValueMapping
    from .view import View
    from .view_create import ViewCreate
    from .view_page import ViewPage
    from .view_update import ViewUpdate
    from .whoami import Whoami
    from .write_mode import WriteMode

_MODULES = {
    "AccessRule": ".access_rule",
    "AccessRuleCreate": ".access_rule_create",
    "AccessRuleMatch": ".access_rule_match",
    "AccessRulePage": ".access_rule_page",
    "AccessRuleStatus": ".access_rule_status",
    "AccessRuleUpdate": ".access_rule_update",
    "AccessToken": ".access_token",
    "AccessTokenCreated": ".access_token_created",
    "AccessTokenEnvelope": ".access_token_envelope",
    "AccessTokenList": ".access_token_list",
    "AccessTokenRequest": ".access_token_request",
    "AddedFile": ".added_file",
    "ApiToken": ".api_token",
    "AppProfile": ".app_profile",
    "AppProfileRequest": ".app_profile_request",
    "AppSlug": ".app_slug",
    "AppSlugUpdate": ".app_slug_update",
    "ArrayAttribute": ".array_attribute",
    "AttributeList": ".attribute_list",
    "AttributeMapping": ".attribute_mapping",
    "AttributeMetadata": ".attribute_metadata",
    "AttributeMetadataAttributeCooccurrenceItem": ".attribute_metadata_attribute_cooccurrence_item",
    "AttributeMetadataAttributeCooccurrenceItemAttribute": ".attribute_metadata_attribute_cooccurrence_item_attribute",
    "AttributeReference": ".attribute_reference",
    "AttributeSet": ".attribute_set",
    "AuthRules": ".auth_rules",
    "Bound": ".bound",
    "BoundType": ".bound_type",
    "Bucket": ".bucket",
    "BucketAccessUpdate": ".bucket_access_update",
    "BucketAuth": ".bucket_auth",
    "BucketCreate": ".bucket_create",
    "BucketList": ".bucket_list",
    "BucketPolicyAccess": ".bucket_policy_access",
    "Budget": ".budget",
    "BudgetAmount": ".budget_amount",
    "BudgetPeriod": ".budget_period",
    "Cadence": ".cadence",
    "CloudPlatform": ".cloud_platform",
    "ColumnMetric": ".column_metric",
    "ColumnReference": ".column_reference",
    "ColumnSet": ".column_set",
    "ColumnStatsUpload": ".column_stats_upload",
    "ColumnStatsUploadRecordsItem": ".column_stats_upload_records_item",
    "ColumnsStats": ".columns_stats",
    "ColumnsStatsAdvancedStatisticsMetadata": ".columns_stats_advanced_statistics_metadata",
    "ColumnsStatsAdvancedStatisticsMetadataSnapshotRange": ".columns_stats_advanced_statistics_metadata_snapshot_range",
    "ColumnsStatsColumnsSummaryItem": ".columns_stats_columns_summary_item",
    "ColumnsStatsColumnsSummaryItemAdvancedStatistics": ".columns_stats_columns_summary_item_advanced_statistics",
    "ColumnsStatsColumnsSummaryItemBasicStatistics": ".columns_stats_columns_summary_item_basic_statistics",
    "Company": ".company",
    "CompanyConstraint": ".company_constraint",
    "CompanyConstraintType": ".company_constraint_type",
    "CompanyDomains": ".company_domains",
    "CompanyInfo": ".company_info",
    "CompanyInfoList": ".company_info_list",
    "CompanyStatus": ".company_status",
    "CompanyUpdate": ".company_update",
    "CompanyUpdateStatus": ".company_update_status",
    "CompanyUpdateVisibility": ".company_update_visibility",
    "CompanyVisibility": ".company_visibility",
    "Connection": ".connection",
    "ConnectionCreate": ".connection_create",
    "ConnectionList": ".connection_list",
    "Contract": ".contract",
    "ContractCreate": ".contract_create",
    "ContractCreated": ".contract_created",
    "ContractList": ".contract_list",
    "ContractRate": ".contract_rate",
    "ContractRateDetail": ".contract_rate_detail",
    "ContractRateRequest": ".contract_rate_request",
    "ContractRates": ".contract_rates",
    "ContractUpdate": ".contract_update",
    "ContractWithDetails": ".contract_with_details",
    "CostForecast": ".cost_forecast",
    "CostForecastCost": ".cost_forecast_cost",
    "CostForecastCostSourcesItem": ".cost_forecast_cost_sources_item",
    "CostForecastCostSourcesItemSource": ".cost_forecast_cost_sources_item_source",
    "CostForecastList": ".cost_forecast_list",
    "DataRules": ".data_rules",
    "DataShop": ".data_shop",
    "DataShopIds": ".data_shop_ids",
    "DataShopList": ".data_shop_list",
    "DataShopManifest": ".data_shop_manifest",
    "DataShopRequest": ".data_shop_request",
    "DataShopRequestFeManifest": ".data_shop_request_fe_manifest",
    "DataStream": ".data_stream",
    "DataStreamContent": ".data_stream_content",
    "DataStreamContentSectionsItem": ".data_stream_content_sections_item",
    "DataStreamCreate": ".data_stream_create",
    "DataStreamDatasetsType0Item": ".data_stream_datasets_type_0_item",
    "DataStreamIds": ".data_stream_ids",
    "DataStreamList": ".data_stream_list",
    "DataStreamPurchaseDetails": ".data_stream_purchase_details",
    "DataStreamSubscriptionDetails": ".data_stream_subscription_details",
    "Dataset": ".dataset",
    "DatasetCreate": ".dataset_create",
    "DatasetFilter": ".dataset_filter",
    "DatasetFilterAttribute": ".dataset_filter_attribute",
    "DatasetList": ".dataset_list",
    "DatasetMetrics": ".dataset_metrics",
    "DatasetSchema": ".dataset_schema",
    "DatasetSchemaProperties": ".dataset_schema_properties",
    "DatasetStats": ".dataset_stats",
    "DatasetStatus": ".dataset_status",
    "DatasetStorageBilling": ".dataset_storage_billing",
    "DatasetUpdate": ".dataset_update",
    "DatasetWithTable": ".dataset_with_table",
    "DatasetWithTableTable": ".dataset_with_table_table",
    "Deduplication": ".deduplication",
    "DeliveryCommand": ".delivery_command",
    "DeliveryCommandList": ".delivery_command_list",
    "DeliveryCommandMetadata": ".delivery_command_metadata",
    "DeliveryCommandPayload": ".delivery_command_payload",
    "DeliveryDownloadRequest": ".delivery_download_request",
    "DeliveryFile": ".delivery_file",
    "DeliveryFileList": ".delivery_file_list",
    "DeliverySchema": ".delivery_schema",
    "Destination": ".destination",
    "DestinationCreate": ".destination_create",
    "DestinationList": ".destination_list",
    "DownloadUrl": ".download_url",
    "Error": ".error",
    "ExecutionCluster": ".execution_cluster",
    "ExpireEverything": ".expire_everything",
    "ExpressionFilter": ".expression_filter",
    "FieldFilterType1": ".field_filter_type_1",
    "FieldRule": ".field_rule",
    "FileConfig": ".file_config",
    "FrequencyFilter": ".frequency_filter",
    "Histogram": ".histogram",
    "HistogramCamel": ".histogram_camel",
    "HistogramCamelValues": ".histogram_camel_values",
    "HistogramCamelValuesAdditionalProperty": ".histogram_camel_values_additional_property",
    "HistogramValues": ".histogram_values",
    "HistogramValuesAdditionalProperty": ".histogram_values_additional_property",
    "InferenceRequest": ".inference_request",
    "InferredSchema": ".inferred_schema",
    "IngestRequest": ".ingest_request",
    "Job": ".job",
    "JobInput": ".job_input",
    "JobList": ".job_list",
    "JobRef": ".job_ref",
    "JobResultType0": ".job_result_type_0",
    "License": ".license_",
    "ListCompanyDataStreamsBySalesChannelO": ".list_company_data_streams_by_sales_channel_o",
    "ListFilter": ".list_filter",
    "ListFilterType": ".list_filter_type",
    "LoginRequest": ".login_request",
    "LoginResult": ".login_result",
    "LogoUploadRequest": ".logo_upload_request",
    "LogoUploadUrl": ".logo_upload_url",
    "MagicLinksToken": ".magic_links_token",
    "MappedRecord": ".mapped_record",
    "MappedRecordInput": ".mapped_record_input",
    "MappedRecordOutput": ".mapped_record_output",
    "MappedRecords": ".mapped_records",
    "MappingCreate": ".mapping_create",
    "MappingList": ".mapping_list",
    "MappingSample": ".mapping_sample",
    "MappingUpdate": ".mapping_update",
    "MarketplaceDetails": ".marketplace_details",
    "MarketplaceDetailsPricing": ".marketplace_details_pricing",
    "MatchList": ".match_list",
    "MatchListRecordsItem": ".match_list_records_item",
    "MatchListRecordsItemAttributesItem": ".match_list_records_item_attributes_item",
    "MatchListRecordsItemDataset": ".match_list_records_item_dataset",
    "MaterializedViewRefresh": ".materialized_view_refresh",
    "MaterializedViewRefreshType": ".materialized_view_refresh_type",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenRequestGrantType": ".o_auth_token_request_grant_type",
    "ObjectAttribute": ".object_attribute",
    "ObjectAttributeProperties": ".object_attribute_properties",
    "ObjectMapping": ".object_mapping",
    "Offer": ".offer",
    "OfferLicensing": ".offer_licensing",
    "OfferPricing": ".offer_pricing",
    "OfferPricingType": ".offer_pricing_type",
    "Owner": ".owner",
    "PageInfo": ".page_info",
    "PartitionSpecAddField": ".partition_spec_add_field",
    "PartitionSpecRemoveField": ".partition_spec_remove_field",
    "PartitionSpecUpdateRequest": ".partition_spec_update_request",
    "PaymentMethod": ".payment_method",
    "Permission": ".permission",
    "PermissionAccess": ".permission_access",
    "PermissionCreate": ".permission_create",
    "PermissionCreateStatus": ".permission_create_status",
    "PermissionCreateVerb": ".permission_create_verb",
    "PrimitiveAttribute": ".primitive_attribute",
    "PrimitiveAttributeType": ".primitive_attribute_type",
    "Product": ".product",
    "ProductCreate": ".product_create",
    "ProductList": ".product_list",
    "ProductPermission": ".product_permission",
    "ProductStatus": ".product_status",
    "ProductUpdate": ".product_update",
    "ProfileData": ".profile_data",
    "ProfileDataSaved": ".profile_data_saved",
    "ProfileDataSavedData": ".profile_data_saved_data",
    "ProfileDataSavedMeta": ".profile_data_saved_meta",
    "ProfileDataValue": ".profile_data_value",
    "ProfileStoreSchemaVersion": ".profile_store_schema_version",
    "ProfileStoreSchemaVersionValue": ".profile_store_schema_version_value",
    "PropertyMapping": ".property_mapping",
    "PropertySchema": ".property_schema",
    "PropertySchemaProperties": ".property_schema_properties",
    "PutProfileDataBody": ".put_profile_data_body",
    "PutProfileStoreSchemaBody": ".put_profile_store_schema_body",
    "Query": ".query",
    "QueryAst": ".query_ast",
    "QueryCreate": ".query_create",
    "QueryPage": ".query_page",
    "QueryUpdate": ".query_update",
    "QuickSettings": ".quick_settings",
    "RangeFilter": ".range_filter",
    "Rate": ".rate",
    "Recalculation": ".recalculation",
    "RecalculationRequest": ".recalculation_request",
    "RecencyFilter": ".recency_filter",
    "RefreshScheduleCreate": ".refresh_schedule_create",
    "RefreshScheduleCreateStatus": ".refresh_schedule_create_status",
    "RefreshScheduleUpdate": ".refresh_schedule_update",
    "RefreshScheduleUpdateStatus": ".refresh_schedule_update_status",
    "RegisterRequest": ".register_request",
    "RegisterResult": ".register_result",
    "RegistrationStatus": ".registration_status",
    "RegistrationStatusRequest": ".registration_status_request",
    "RequestSource": ".request_source",
    "ResourceMetadata": ".resource_metadata",
    "RetainEverything": ".retain_everything",
    "RetentionPreview": ".retention_preview",
    "RetentionPreviewSnapshotsToExpireItem": ".retention_preview_snapshots_to_expire_item",
    "RoleAccess": ".role_access",
    "RowSample": ".row_sample",
    "RowSampleRecordsItem": ".row_sample_records_item",
    "SalesChannel": ".sales_channel",
    "SchemaPreset": ".schema_preset",
    "SchemaPresetCreate": ".schema_preset_create",
    "SchemaPresetDetails": ".schema_preset_details",
    "SchemaPresetDetailsAttributesItem": ".schema_preset_details_attributes_item",
    "SchemaPresetDetailsAttributesItemFieldsItem": ".schema_preset_details_attributes_item_fields_item",
    "SchemaPresetList": ".schema_preset_list",
    "SkuType": ".sku_type",
    "SnapshotCursor": ".snapshot_cursor",
    "SnapshotFilesPage": ".snapshot_files_page",
    "SnapshotFilesPageFilesPerSnapshotItem": ".snapshot_files_page_files_per_snapshot_item",
    "SnapshotFilesPageFilesPerSnapshotItemFilesItem": ".snapshot_files_page_files_per_snapshot_item_files_item",
    "SnapshotMetrics": ".snapshot_metrics",
    "SnapshotPage": ".snapshot_page",
    "SnapshotPageSnapshotsItem": ".snapshot_page_snapshots_item",
    "SnapshotPageSnapshotsItemFiles": ".snapshot_page_snapshots_item_files",
    "SnapshotStatsList": ".snapshot_stats_list",
    "SnapshotStatsListRecordsItem": ".snapshot_stats_list_records_item",
    "StatsColumns": ".stats_columns",
    "StatsConfig": ".stats_config",
    "StatsConfigSaved": ".stats_config_saved",
    "StatsConfigVersion": ".stats_config_version",
    "Subscription": ".subscription",
    "SubscriptionCreate": ".subscription_create",
    "SubscriptionList": ".subscription_list",
    "SubscriptionOutput": ".subscription_output",
    "SubscriptionUpdate": ".subscription_update",
    "SuggestDatasetMappingsBody": ".suggest_dataset_mappings_body",
    "UnitPrice": ".unit_price",
    "UpdateAccessTokenBody": ".update_access_token_body",
    "UploadUrl": ".upload_url",
    "UsageEvent": ".usage_event",
    "UsageEventCreate": ".usage_event_create",
    "UsageEventCreateDimensions": ".usage_event_create_dimensions",
    "UsageEventCreateMeasures": ".usage_event_create_measures",
    "UsageEventCreateUsage": ".usage_event_create_usage",
    "User": ".user",
    "UserRecord": ".user_record",
    "UserUpdate": ".user_update",
    "ValueMapping": ".value_mapping",
    "View": ".view",
    "ViewCreate": ".view_create",
    "ViewPage": ".view_page",
    "ViewUpdate": ".view_update",
    "Whoami": ".whoami",
    "WriteMode": ".write_mode",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessRule",
    "AccessRuleCreate",
    "AccessRuleMatch",
    "AccessRulePage",
    "AccessRuleStatus",
    "AccessRuleUpdate",
    "AccessToken",
    "AccessTokenCreated",
    "AccessTokenEnvelope",
    "AccessTokenList",
    "AccessTokenRequest",
    "AddedFile",
    "ApiToken",
    "AppProfile",
    "AppProfileRequest",
    "AppSlug",
    "AppSlugUpdate",
    "ArrayAttribute",
    "AttributeList",
    "AttributeMapping",
    "AttributeMetadata",
    "AttributeMetadataAttributeCooccurrenceItem",
    "AttributeMetadataAttributeCooccurrenceItemAttribute",
    "AttributeReference",
    "AttributeSet",
    "AuthRules",
    "Bound",
    "BoundType",
    "Bucket",
    "BucketAccessUpdate",
    "BucketAuth",
    "BucketCreate",
    "BucketList",
    "BucketPolicyAccess",
    "Budget",
    "BudgetAmount",
    "BudgetPeriod",
    "Cadence",
    "CloudPlatform",
    "ColumnMetric",
    "ColumnReference",
    "ColumnSet",
    "ColumnsStats",
    "ColumnsStatsAdvancedStatisticsMetadata",
    "ColumnsStatsAdvancedStatisticsMetadataSnapshotRange",
    "ColumnsStatsColumnsSummaryItem",
    "ColumnsStatsColumnsSummaryItemAdvancedStatistics",
    "ColumnsStatsColumnsSummaryItemBasicStatistics",
    "ColumnStatsUpload",
    "ColumnStatsUploadRecordsItem",
    "Company",
    "CompanyConstraint",
    "CompanyConstraintType",
    "CompanyDomains",
    "CompanyInfo",
    "CompanyInfoList",
    "CompanyStatus",
    "CompanyUpdate",
    "CompanyUpdateStatus",
    "CompanyUpdateVisibility",
    "CompanyVisibility",
    "Connection",
    "ConnectionCreate",
    "ConnectionList",
    "Contract",
    "ContractCreate",
    "ContractCreated",
    "ContractList",
    "ContractRate",
    "ContractRateDetail",
    "ContractRateRequest",
    "ContractRates",
    "ContractUpdate",
    "ContractWithDetails",
    "CostForecast",
    "CostForecastCost",
    "CostForecastCostSourcesItem",
    "CostForecastCostSourcesItemSource",
    "CostForecastList",
    "DataRules",
    "Dataset",
    "DatasetCreate",
    "DatasetFilter",
    "DatasetFilterAttribute",
    "DatasetList",
    "DatasetMetrics",
    "DatasetSchema",
    "DatasetSchemaProperties",
    "DatasetStats",
    "DatasetStatus",
    "DatasetStorageBilling",
    "DatasetUpdate",
    "DatasetWithTable",
    "DatasetWithTableTable",
    "DataShop",
    "DataShopIds",
    "DataShopList",
    "DataShopManifest",
    "DataShopRequest",
    "DataShopRequestFeManifest",
    "DataStream",
    "DataStreamContent",
    "DataStreamContentSectionsItem",
    "DataStreamCreate",
    "DataStreamDatasetsType0Item",
    "DataStreamIds",
    "DataStreamList",
    "DataStreamPurchaseDetails",
    "DataStreamSubscriptionDetails",
    "Deduplication",
    "DeliveryCommand",
    "DeliveryCommandList",
    "DeliveryCommandMetadata",
    "DeliveryCommandPayload",
    "DeliveryDownloadRequest",
    "DeliveryFile",
    "DeliveryFileList",
    "DeliverySchema",
    "Destination",
    "DestinationCreate",
    "DestinationList",
    "DownloadUrl",
    "Error",
    "ExecutionCluster",
    "ExpireEverything",
    "ExpressionFilter",
    "FieldFilterType1",
    "FieldRule",
    "FileConfig",
    "FrequencyFilter",
    "Histogram",
    "HistogramCamel",
    "HistogramCamelValues",
    "HistogramCamelValuesAdditionalProperty",
    "HistogramValues",
    "HistogramValuesAdditionalProperty",
    "InferenceRequest",
    "InferredSchema",
    "IngestRequest",
    "Job",
    "JobInput",
    "JobList",
    "JobRef",
    "JobResultType0",
    "License",
    "ListCompanyDataStreamsBySalesChannelO",
    "ListFilter",
    "ListFilterType",
    "LoginRequest",
    "LoginResult",
    "LogoUploadRequest",
    "LogoUploadUrl",
    "MagicLinksToken",
    "MappedRecord",
    "MappedRecordInput",
    "MappedRecordOutput",
    "MappedRecords",
    "MappingCreate",
    "MappingList",
    "MappingSample",
    "MappingUpdate",
    "MarketplaceDetails",
    "MarketplaceDetailsPricing",
    "MatchList",
    "MatchListRecordsItem",
    "MatchListRecordsItemAttributesItem",
    "MatchListRecordsItemDataset",
    "MaterializedViewRefresh",
    "MaterializedViewRefreshType",
    "OAuthToken",
    "OAuthTokenRequest",
    "OAuthTokenRequestGrantType",
    "ObjectAttribute",
    "ObjectAttributeProperties",
    "ObjectMapping",
    "Offer",
    "OfferLicensing",
    "OfferPricing",
    "OfferPricingType",
    "Owner",
    "PageInfo",
    "PartitionSpecAddField",
    "PartitionSpecRemoveField",
    "PartitionSpecUpdateRequest",
    "PaymentMethod",
    "Permission",
    "PermissionAccess",
    "PermissionCreate",
    "PermissionCreateStatus",
    "PermissionCreateVerb",
    "PrimitiveAttribute",
    "PrimitiveAttributeType",
    "Product",
    "ProductCreate",
    "ProductList",
    "ProductPermission",
    "ProductStatus",
    "ProductUpdate",
    "ProfileData",
    "ProfileDataSaved",
    "ProfileDataSavedData",
    "ProfileDataSavedMeta",
    "ProfileDataValue",
    "ProfileStoreSchemaVersion",
    "ProfileStoreSchemaVersionValue",
    "PropertyMapping",
    "PropertySchema",
    "PropertySchemaProperties",
    "PutProfileDataBody",
    "PutProfileStoreSchemaBody",
    "Query",
    "QueryAst",
    "QueryCreate",
    "QueryPage",
    "QueryUpdate",
    "QuickSettings",
    "RangeFilter",
    "Rate",
    "Recalculation",
    "RecalculationRequest",
    "RecencyFilter",
    "RefreshScheduleCreate",
    "RefreshScheduleCreateStatus",
    "RefreshScheduleUpdate",
    "RefreshScheduleUpdateStatus",
    "RegisterRequest",
    "RegisterResult",
    "RegistrationStatus",
    "RegistrationStatusRequest",
    "RequestSource",
    "ResourceMetadata",
    "RetainEverything",
    "RetentionPreview",
    "RetentionPreviewSnapshotsToExpireItem",
    "RoleAccess",
    "RowSample",
    "RowSampleRecordsItem",
    "SalesChannel",
    "SchemaPreset",
    "SchemaPresetCreate",
    "SchemaPresetDetails",
    "SchemaPresetDetailsAttributesItem",
    "SchemaPresetDetailsAttributesItemFieldsItem",
    "SchemaPresetList",
    "SkuType",
    "SnapshotCursor",
    "SnapshotFilesPage",
    "SnapshotFilesPageFilesPerSnapshotItem",
    "SnapshotFilesPageFilesPerSnapshotItemFilesItem",
    "SnapshotMetrics",
    "SnapshotPage",
    "SnapshotPageSnapshotsItem",
    "SnapshotPageSnapshotsItemFiles",
    "SnapshotStatsList",
    "SnapshotStatsListRecordsItem",
    "StatsColumns",
    "StatsConfig",
    "StatsConfigSaved",
    "StatsConfigVersion",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionList",
    "SubscriptionOutput",
    "SubscriptionUpdate",
    "SuggestDatasetMappingsBody",
    "UnitPrice",
    "UpdateAccessTokenBody",
    "UploadUrl",
    "UsageEvent",
    "UsageEventCreate",
    "UsageEventCreateDimensions",
    "UsageEventCreateMeasures",
    "UsageEventCreateUsage",
    "User",
    "UserRecord",
    "UserUpdate",
    "ValueMapping",
    "View",
    "ViewCreate",
    "ViewPage",
    "ViewUpdate",
    "Whoami",
    "WriteMode",
)
