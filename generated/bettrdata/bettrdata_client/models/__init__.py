"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audience_segment import AudienceSegment
    from .bds_field_base import BDSFieldBase
    from .bds_order import BDSOrder
    from .bds_order_record import BDSOrderRecord
    from .cancel_result import CancelResult
    from .client_cid_field import ClientCidField
    from .cognito_authentication_result import CognitoAuthenticationResult
    from .cognito_initiate_auth_response import CognitoInitiateAuthResponse
    from .comparison_operator import ComparisonOperator
    from .contains_field import ContainsField
    from .converts_to_merge import ConvertsToMerge
    from .count_end_event import CountEndEvent
    from .count_error_event import CountErrorEvent
    from .count_execution import CountExecution
    from .count_history_entry import CountHistoryEntry
    from .count_in_progress_event import CountInProgressEvent
    from .count_request import CountRequest
    from .count_result_row import CountResultRow
    from .count_started_event import CountStartedEvent
    from .data_relation import DataRelation
    from .data_relation_field import DataRelationField
    from .datafile import Datafile
    from .datafile_query import DatafileQuery
    from .datafile_sort import DatafileSort
    from .datafile_sort_additional_property import DatafileSortAdditionalProperty
    from .date_range_operator import DateRangeOperator
    from .date_range_rule import DateRangeRule
    from .date_range_selector_field import DateRangeSelectorField
    from .deduplication_field import DeduplicationField
    from .dynamic_range_unit import DynamicRangeUnit
    from .error import Error
    from .get_token_x_amz_target import GetTokenXAmzTarget
    from .merge_details import MergeDetails
    from .merge_input_type import MergeInputType
    from .merge_run import MergeRun
    from .merge_run_record import MergeRunRecord
    from .merge_segment import MergeSegment
    from .multi_text_field import MultiTextField
    from .number_comparison import NumberComparison
    from .number_input_field import NumberInputField
    from .number_range import NumberRange
    from .number_slider_field import NumberSliderField
    from .range_slider_field import RangeSliderField
    from .selection_multi_field import SelectionMultiField
    from .selection_option import SelectionOption
    from .selection_unique_field import SelectionUniqueField
    from .suppression_key import SuppressionKey
    from .suppression_rule import SuppressionRule
    from .suppression_rule_scope import SuppressionRuleScope
    from .tag import Tag
    from .take import Take
    from .take_strategy import TakeStrategy
    from .token_auth_parameters import TokenAuthParameters
    from .token_request import TokenRequest
    from .token_request_auth_flow import TokenRequestAuthFlow
    from .token_response import TokenResponse
    from .untyped_value_field import UntypedValueField
    from .untyped_value_field_display_type import UntypedValueFieldDisplayType

_MODULES = {
    "AudienceSegment": ".audience_segment",
    "BDSFieldBase": ".bds_field_base",
    "BDSOrder": ".bds_order",
    "BDSOrderRecord": ".bds_order_record",
    "CancelResult": ".cancel_result",
    "ClientCidField": ".client_cid_field",
    "CognitoAuthenticationResult": ".cognito_authentication_result",
    "CognitoInitiateAuthResponse": ".cognito_initiate_auth_response",
    "ComparisonOperator": ".comparison_operator",
    "ContainsField": ".contains_field",
    "ConvertsToMerge": ".converts_to_merge",
    "CountEndEvent": ".count_end_event",
    "CountErrorEvent": ".count_error_event",
    "CountExecution": ".count_execution",
    "CountHistoryEntry": ".count_history_entry",
    "CountInProgressEvent": ".count_in_progress_event",
    "CountRequest": ".count_request",
    "CountResultRow": ".count_result_row",
    "CountStartedEvent": ".count_started_event",
    "DataRelation": ".data_relation",
    "DataRelationField": ".data_relation_field",
    "Datafile": ".datafile",
    "DatafileQuery": ".datafile_query",
    "DatafileSort": ".datafile_sort",
    "DatafileSortAdditionalProperty": ".datafile_sort_additional_property",
    "DateRangeOperator": ".date_range_operator",
    "DateRangeRule": ".date_range_rule",
    "DateRangeSelectorField": ".date_range_selector_field",
    "DeduplicationField": ".deduplication_field",
    "DynamicRangeUnit": ".dynamic_range_unit",
    "Error": ".error",
    "GetTokenXAmzTarget": ".get_token_x_amz_target",
    "MergeDetails": ".merge_details",
    "MergeInputType": ".merge_input_type",
    "MergeRun": ".merge_run",
    "MergeRunRecord": ".merge_run_record",
    "MergeSegment": ".merge_segment",
    "MultiTextField": ".multi_text_field",
    "NumberComparison": ".number_comparison",
    "NumberInputField": ".number_input_field",
    "NumberRange": ".number_range",
    "NumberSliderField": ".number_slider_field",
    "RangeSliderField": ".range_slider_field",
    "SelectionMultiField": ".selection_multi_field",
    "SelectionOption": ".selection_option",
    "SelectionUniqueField": ".selection_unique_field",
    "SuppressionKey": ".suppression_key",
    "SuppressionRule": ".suppression_rule",
    "SuppressionRuleScope": ".suppression_rule_scope",
    "Tag": ".tag",
    "Take": ".take",
    "TakeStrategy": ".take_strategy",
    "TokenAuthParameters": ".token_auth_parameters",
    "TokenRequest": ".token_request",
    "TokenRequestAuthFlow": ".token_request_auth_flow",
    "TokenResponse": ".token_response",
    "UntypedValueField": ".untyped_value_field",
    "UntypedValueFieldDisplayType": ".untyped_value_field_display_type",
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
    "AudienceSegment",
    "BDSFieldBase",
    "BDSOrder",
    "BDSOrderRecord",
    "CancelResult",
    "ClientCidField",
    "CognitoAuthenticationResult",
    "CognitoInitiateAuthResponse",
    "ComparisonOperator",
    "ContainsField",
    "ConvertsToMerge",
    "CountEndEvent",
    "CountErrorEvent",
    "CountExecution",
    "CountHistoryEntry",
    "CountInProgressEvent",
    "CountRequest",
    "CountResultRow",
    "CountStartedEvent",
    "Datafile",
    "DatafileQuery",
    "DatafileSort",
    "DatafileSortAdditionalProperty",
    "DataRelation",
    "DataRelationField",
    "DateRangeOperator",
    "DateRangeRule",
    "DateRangeSelectorField",
    "DeduplicationField",
    "DynamicRangeUnit",
    "Error",
    "GetTokenXAmzTarget",
    "MergeDetails",
    "MergeInputType",
    "MergeRun",
    "MergeRunRecord",
    "MergeSegment",
    "MultiTextField",
    "NumberComparison",
    "NumberInputField",
    "NumberRange",
    "NumberSliderField",
    "RangeSliderField",
    "SelectionMultiField",
    "SelectionOption",
    "SelectionUniqueField",
    "SuppressionKey",
    "SuppressionRule",
    "SuppressionRuleScope",
    "Tag",
    "Take",
    "TakeStrategy",
    "TokenAuthParameters",
    "TokenRequest",
    "TokenRequestAuthFlow",
    "TokenResponse",
    "UntypedValueField",
    "UntypedValueFieldDisplayType",
)
