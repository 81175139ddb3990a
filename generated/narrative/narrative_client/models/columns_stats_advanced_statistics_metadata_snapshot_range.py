from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStatsAdvancedStatisticsMetadataSnapshotRange")
_ColumnsStatsAdvancedStatisticsMetadataSnapshotRange_MEMBERS: frozenset[str] = frozenset(
    (
        "from_snapshot",
        "until_snapshot",
        "from_snapshot_timestamp",
        "until_snapshot_timestamp",
    )
)


@_attrs_define
class ColumnsStatsAdvancedStatisticsMetadataSnapshotRange:
    """
    Attributes:
        from_snapshot (int | None | Unset):
        until_snapshot (int | None | Unset):
        from_snapshot_timestamp (datetime.datetime | None | str | Unset):
        until_snapshot_timestamp (datetime.datetime | None | str | Unset):
    """

    from_snapshot: int | None | Unset = UNSET
    until_snapshot: int | None | Unset = UNSET
    from_snapshot_timestamp: datetime.datetime | None | str | Unset = UNSET
    until_snapshot_timestamp: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from_snapshot: int | None | Unset
        if isinstance(self.from_snapshot, Unset):
            from_snapshot = UNSET
        else:
            from_snapshot = self.from_snapshot

        until_snapshot: int | None | Unset
        if isinstance(self.until_snapshot, Unset):
            until_snapshot = UNSET
        else:
            until_snapshot = self.until_snapshot

        from_snapshot_timestamp: None | str | Unset
        if isinstance(self.from_snapshot_timestamp, Unset):
            from_snapshot_timestamp = UNSET
        elif isinstance(self.from_snapshot_timestamp, datetime.datetime):
            from_snapshot_timestamp = self.from_snapshot_timestamp.isoformat()
        else:
            from_snapshot_timestamp = self.from_snapshot_timestamp

        until_snapshot_timestamp: None | str | Unset
        if isinstance(self.until_snapshot_timestamp, Unset):
            until_snapshot_timestamp = UNSET
        elif isinstance(self.until_snapshot_timestamp, datetime.datetime):
            until_snapshot_timestamp = self.until_snapshot_timestamp.isoformat()
        else:
            until_snapshot_timestamp = self.until_snapshot_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_snapshot is not UNSET:
            field_dict["from_snapshot"] = from_snapshot
        if until_snapshot is not UNSET:
            field_dict["until_snapshot"] = until_snapshot
        if from_snapshot_timestamp is not UNSET:
            field_dict["from_snapshot_timestamp"] = from_snapshot_timestamp
        if until_snapshot_timestamp is not UNSET:
            field_dict["until_snapshot_timestamp"] = until_snapshot_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_from_snapshot(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        from_snapshot = _parse_from_snapshot(d.get("from_snapshot", UNSET))

        def _parse_until_snapshot(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        until_snapshot = _parse_until_snapshot(d.get("until_snapshot", UNSET))

        def _parse_from_snapshot_timestamp(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        from_snapshot_timestamp = _parse_from_snapshot_timestamp(d.get("from_snapshot_timestamp", UNSET))

        def _parse_until_snapshot_timestamp(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | str | Unset", data)

        until_snapshot_timestamp = _parse_until_snapshot_timestamp(d.get("until_snapshot_timestamp", UNSET))

        columns_stats_advanced_statistics_metadata_snapshot_range = cls(
            from_snapshot=from_snapshot,
            until_snapshot=until_snapshot,
            from_snapshot_timestamp=from_snapshot_timestamp,
            until_snapshot_timestamp=until_snapshot_timestamp,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnsStatsAdvancedStatisticsMetadataSnapshotRange_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _ColumnsStatsAdvancedStatisticsMetadataSnapshotRange_MEMBERS
            }
        )
        columns_stats_advanced_statistics_metadata_snapshot_range.additional_properties = unknown
        return columns_stats_advanced_statistics_metadata_snapshot_range

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
