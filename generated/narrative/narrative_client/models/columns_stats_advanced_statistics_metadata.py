from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStatsAdvancedStatisticsMetadata")
_ColumnsStatsAdvancedStatisticsMetadata_MEMBERS: frozenset[str] = frozenset(
    (
        "snapshot_range",
        "configuration",
    )
)


@_attrs_define
class ColumnsStatsAdvancedStatisticsMetadata:
    """
    Attributes:
        snapshot_range (ColumnsStatsAdvancedStatisticsMetadataSnapshotRange | Unset):
        configuration (StatsConfig | Unset): Which advanced statistics are computed for which columns.
    """

    snapshot_range: ColumnsStatsAdvancedStatisticsMetadataSnapshotRange | Unset = UNSET
    configuration: StatsConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        snapshot_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snapshot_range, Unset):
            snapshot_range = self.snapshot_range.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot_range is not UNSET:
            field_dict["snapshot_range"] = snapshot_range
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _snapshot_range = d.get("snapshot_range", UNSET)
        snapshot_range: ColumnsStatsAdvancedStatisticsMetadataSnapshotRange | Unset
        if isinstance(_snapshot_range, Unset):
            snapshot_range = UNSET
        else:
            snapshot_range = ColumnsStatsAdvancedStatisticsMetadataSnapshotRange.from_dict(
                object_member(_snapshot_range, "snapshot_range")
            )

        _configuration = d.get("configuration", UNSET)
        configuration: StatsConfig | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = StatsConfig.from_dict(object_member(_configuration, "configuration"))

        columns_stats_advanced_statistics_metadata = cls(
            snapshot_range=snapshot_range,
            configuration=configuration,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnsStatsAdvancedStatisticsMetadata_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnsStatsAdvancedStatisticsMetadata_MEMBERS}
        )
        columns_stats_advanced_statistics_metadata.additional_properties = unknown
        return columns_stats_advanced_statistics_metadata

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


from ..models.columns_stats_advanced_statistics_metadata_snapshot_range import (
    ColumnsStatsAdvancedStatisticsMetadataSnapshotRange,
)
from ..models.stats_config import StatsConfig
