from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStats")
_ColumnsStats_MEMBERS: frozenset[str] = frozenset(
    (
        "advanced_statistics_metadata",
        "columns_summary",
    )
)


@_attrs_define
class ColumnsStats:
    """Statistics of each column of a dataset.

    Attributes:
        advanced_statistics_metadata (ColumnsStatsAdvancedStatisticsMetadata | Unset):
        columns_summary (list[ColumnsStatsColumnsSummaryItem] | Unset):
    """

    advanced_statistics_metadata: ColumnsStatsAdvancedStatisticsMetadata | Unset = UNSET
    columns_summary: list[ColumnsStatsColumnsSummaryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        advanced_statistics_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_statistics_metadata, Unset):
            advanced_statistics_metadata = self.advanced_statistics_metadata.to_dict()

        columns_summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns_summary, Unset):
            columns_summary = []
            for columns_summary_item_data in self.columns_summary:
                columns_summary_item = columns_summary_item_data.to_dict()
                columns_summary.append(columns_summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_statistics_metadata is not UNSET:
            field_dict["advanced_statistics_metadata"] = advanced_statistics_metadata
        if columns_summary is not UNSET:
            field_dict["columns_summary"] = columns_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _advanced_statistics_metadata = d.get("advanced_statistics_metadata", UNSET)
        advanced_statistics_metadata: ColumnsStatsAdvancedStatisticsMetadata | Unset
        if isinstance(_advanced_statistics_metadata, Unset):
            advanced_statistics_metadata = UNSET
        else:
            advanced_statistics_metadata = ColumnsStatsAdvancedStatisticsMetadata.from_dict(
                object_member(_advanced_statistics_metadata, "advanced_statistics_metadata")
            )

        _columns_summary = d.get("columns_summary", UNSET)
        columns_summary: list[ColumnsStatsColumnsSummaryItem] | Unset = UNSET
        if _columns_summary is not UNSET:
            columns_summary = []
            for columns_summary_item_data in array_member(_columns_summary, "columns_summary"):
                columns_summary_item = ColumnsStatsColumnsSummaryItem.from_dict(
                    object_member(columns_summary_item_data, "columns_summary_item")
                )

                columns_summary.append(columns_summary_item)

        columns_stats = cls(
            advanced_statistics_metadata=advanced_statistics_metadata,
            columns_summary=columns_summary,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnsStats_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnsStats_MEMBERS}
        )
        columns_stats.additional_properties = unknown
        return columns_stats

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


from ..models.columns_stats_advanced_statistics_metadata import ColumnsStatsAdvancedStatisticsMetadata
from ..models.columns_stats_columns_summary_item import ColumnsStatsColumnsSummaryItem
