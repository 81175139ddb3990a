from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStatsColumnsSummaryItem")
_ColumnsStatsColumnsSummaryItem_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "basic_statistics",
        "advanced_statistics",
    )
)


@_attrs_define
class ColumnsStatsColumnsSummaryItem:
    """
    Attributes:
        name (str):
        type_ (str | Unset):
        basic_statistics (ColumnsStatsColumnsSummaryItemBasicStatistics | Unset):
        advanced_statistics (ColumnsStatsColumnsSummaryItemAdvancedStatistics | Unset):
    """

    name: str
    type_: str | Unset = UNSET
    basic_statistics: ColumnsStatsColumnsSummaryItemBasicStatistics | Unset = UNSET
    advanced_statistics: ColumnsStatsColumnsSummaryItemAdvancedStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        basic_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_statistics, Unset):
            basic_statistics = self.basic_statistics.to_dict()

        advanced_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_statistics, Unset):
            advanced_statistics = self.advanced_statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if basic_statistics is not UNSET:
            field_dict["basic_statistics"] = basic_statistics
        if advanced_statistics is not UNSET:
            field_dict["advanced_statistics"] = advanced_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        type_ = d.get("type", UNSET)

        _basic_statistics = d.get("basic_statistics", UNSET)
        basic_statistics: ColumnsStatsColumnsSummaryItemBasicStatistics | Unset
        if isinstance(_basic_statistics, Unset):
            basic_statistics = UNSET
        else:
            basic_statistics = ColumnsStatsColumnsSummaryItemBasicStatistics.from_dict(
                object_member(_basic_statistics, "basic_statistics")
            )

        _advanced_statistics = d.get("advanced_statistics", UNSET)
        advanced_statistics: ColumnsStatsColumnsSummaryItemAdvancedStatistics | Unset
        if isinstance(_advanced_statistics, Unset):
            advanced_statistics = UNSET
        else:
            advanced_statistics = ColumnsStatsColumnsSummaryItemAdvancedStatistics.from_dict(
                object_member(_advanced_statistics, "advanced_statistics")
            )

        columns_stats_columns_summary_item = cls(
            name=name,
            type_=type_,
            basic_statistics=basic_statistics,
            advanced_statistics=advanced_statistics,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnsStatsColumnsSummaryItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnsStatsColumnsSummaryItem_MEMBERS}
        )
        columns_stats_columns_summary_item.additional_properties = unknown
        return columns_stats_columns_summary_item

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


from ..models.columns_stats_columns_summary_item_advanced_statistics import (
    ColumnsStatsColumnsSummaryItemAdvancedStatistics,
)
from ..models.columns_stats_columns_summary_item_basic_statistics import ColumnsStatsColumnsSummaryItemBasicStatistics
