from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStatsColumnsSummaryItemBasicStatistics")
_ColumnsStatsColumnsSummaryItemBasicStatistics_MEMBERS: frozenset[str] = frozenset(
    (
        "nan_value_count",
        "null_value_count",
        "lower_bound",
        "upper_bound",
        "value_count",
        "column_store_bytes",
    )
)


@_attrs_define
class ColumnsStatsColumnsSummaryItemBasicStatistics:
    """
    Attributes:
        nan_value_count (int | None | Unset):
        null_value_count (int | None | Unset):
        lower_bound (Any | Unset):
        upper_bound (Any | Unset):
        value_count (int | Unset):
        column_store_bytes (int | Unset):
    """

    nan_value_count: int | None | Unset = UNSET
    null_value_count: int | None | Unset = UNSET
    lower_bound: Any | Unset = UNSET
    upper_bound: Any | Unset = UNSET
    value_count: int | Unset = UNSET
    column_store_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        nan_value_count: int | None | Unset
        if isinstance(self.nan_value_count, Unset):
            nan_value_count = UNSET
        else:
            nan_value_count = self.nan_value_count

        null_value_count: int | None | Unset
        if isinstance(self.null_value_count, Unset):
            null_value_count = UNSET
        else:
            null_value_count = self.null_value_count

        lower_bound = self.lower_bound

        upper_bound = self.upper_bound

        value_count = self.value_count

        column_store_bytes = self.column_store_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nan_value_count is not UNSET:
            field_dict["nan_value_count"] = nan_value_count
        if null_value_count is not UNSET:
            field_dict["null_value_count"] = null_value_count
        if lower_bound is not UNSET:
            field_dict["lower_bound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound
        if value_count is not UNSET:
            field_dict["value_count"] = value_count
        if column_store_bytes is not UNSET:
            field_dict["column_store_bytes"] = column_store_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_nan_value_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        nan_value_count = _parse_nan_value_count(d.get("nan_value_count", UNSET))

        def _parse_null_value_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        null_value_count = _parse_null_value_count(d.get("null_value_count", UNSET))

        lower_bound = d.get("lower_bound", UNSET)

        upper_bound = d.get("upper_bound", UNSET)

        value_count = d.get("value_count", UNSET)

        column_store_bytes = d.get("column_store_bytes", UNSET)

        columns_stats_columns_summary_item_basic_statistics = cls(
            nan_value_count=nan_value_count,
            null_value_count=null_value_count,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            value_count=value_count,
            column_store_bytes=column_store_bytes,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnsStatsColumnsSummaryItemBasicStatistics_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _ColumnsStatsColumnsSummaryItemBasicStatistics_MEMBERS
            }
        )
        columns_stats_columns_summary_item_basic_statistics.additional_properties = unknown
        return columns_stats_columns_summary_item_basic_statistics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
