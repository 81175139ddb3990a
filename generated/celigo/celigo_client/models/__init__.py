"""Contains all the data models used in inputs/outputs"""

from .audit_log_entry import AuditLogEntry
from .audit_log_entry_event import AuditLogEntryEvent
from .audit_log_entry_field_changes_item import AuditLogEntryFieldChangesItem
from .connection_queue import ConnectionQueue
from .connection_record import ConnectionRecord
from .debug_log_entry import DebugLogEntry
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .export_model import ExportModel
from .export_model_netsuite import ExportModelNetsuite
from .export_model_netsuite_searches_item import ExportModelNetsuiteSearchesItem
from .export_page import ExportPage
from .export_result import ExportResult
from .field_mapping import FieldMapping
from .import_model import ImportModel
from .import_model_mapping import ImportModelMapping
from .import_model_rest import ImportModelRest
from .import_model_rest_method_item import ImportModelRestMethodItem
from .import_result import ImportResult
from .import_result_json import ImportResultJson
from .json_patch_operation import JsonPatchOperation
from .json_patch_operation_op import JsonPatchOperationOp
from .other_connection import OtherConnection
from .other_connection_input import OtherConnectionInput
from .paged_export_state import PagedExportState
from .ping_result import PingResult
from .record import Record
from .rest_connection import RestConnection
from .rest_connection_input import RestConnectionInput
from .rest_settings import RestSettings
from .rest_settings_basic_auth import RestSettingsBasicAuth
from .rest_settings_oauth import RestSettingsOauth
from .virtual_export_page_request import VirtualExportPageRequest
from .virtual_export_request import VirtualExportRequest
from .virtual_import_request import VirtualImportRequest

__all__ = (
    "AuditLogEntry",
    "AuditLogEntryEvent",
    "AuditLogEntryFieldChangesItem",
    "ConnectionQueue",
    "ConnectionRecord",
    "DebugLogEntry",
    "Error",
    "ErrorErrorsItem",
    "ExportModel",
    "ExportModelNetsuite",
    "ExportModelNetsuiteSearchesItem",
    "ExportPage",
    "ExportResult",
    "FieldMapping",
    "ImportModel",
    "ImportModelMapping",
    "ImportModelRest",
    "ImportModelRestMethodItem",
    "ImportResult",
    "ImportResultJson",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "OtherConnection",
    "OtherConnectionInput",
    "PagedExportState",
    "PingResult",
    "Record",
    "RestConnection",
    "RestConnectionInput",
    "RestSettings",
    "RestSettingsBasicAuth",
    "RestSettingsOauth",
    "VirtualExportPageRequest",
    "VirtualExportRequest",
    "VirtualImportRequest",
)
