"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "AuditLogEntry": ".audit_log_entry",
    "AuditLogEntryEvent": ".audit_log_entry_event",
    "AuditLogEntryFieldChangesItem": ".audit_log_entry_field_changes_item",
    "ConnectionQueue": ".connection_queue",
    "ConnectionRecord": ".connection_record",
    "DebugLogEntry": ".debug_log_entry",
    "Error": ".error",
    "ErrorErrorsItem": ".error_errors_item",
    "ExportModel": ".export_model",
    "ExportModelNetsuite": ".export_model_netsuite",
    "ExportModelNetsuiteSearchesItem": ".export_model_netsuite_searches_item",
    "ExportPage": ".export_page",
    "ExportResult": ".export_result",
    "FieldMapping": ".field_mapping",
    "ImportModel": ".import_model",
    "ImportModelMapping": ".import_model_mapping",
    "ImportModelRest": ".import_model_rest",
    "ImportModelRestMethodItem": ".import_model_rest_method_item",
    "ImportResult": ".import_result",
    "ImportResultJson": ".import_result_json",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonPatchOperationOp": ".json_patch_operation_op",
    "OtherConnection": ".other_connection",
    "OtherConnectionInput": ".other_connection_input",
    "PagedExportState": ".paged_export_state",
    "PingResult": ".ping_result",
    "Record": ".record",
    "RestConnection": ".rest_connection",
    "RestConnectionInput": ".rest_connection_input",
    "RestSettings": ".rest_settings",
    "RestSettingsBasicAuth": ".rest_settings_basic_auth",
    "RestSettingsOauth": ".rest_settings_oauth",
    "VirtualExportPageRequest": ".virtual_export_page_request",
    "VirtualExportRequest": ".virtual_export_request",
    "VirtualImportRequest": ".virtual_import_request",
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
