from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Recalculation")
_Recalculation_MEMBERS: frozenset[str] = frozenset(
    (
        "recalculation_id",
        "snapshots",
        "from_snapshot_timestamp",
        "until_snapshot_timestamp",
    )
)


@_attrs_define
class Recalculation:
    """A started recalculation.

    Attributes:
        recalculation_id (UUID):
        snapshots (list[str] | Unset):
        from_snapshot_timestamp (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both
            zoned instants (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        until_snapshot_timestamp (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both
            zoned instants (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    recalculation_id: UUID
    snapshots: list[str] | Unset = UNSET
    from_snapshot_timestamp: datetime.datetime | str | Unset = UNSET
    until_snapshot_timestamp: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        recalculation_id = str(self.recalculation_id)

        snapshots: list[str] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = self.snapshots

        from_snapshot_timestamp: str | Unset
        if isinstance(self.from_snapshot_timestamp, Unset):
            from_snapshot_timestamp = UNSET
        elif isinstance(self.from_snapshot_timestamp, datetime.datetime):
            from_snapshot_timestamp = self.from_snapshot_timestamp.isoformat()
        else:
            from_snapshot_timestamp = self.from_snapshot_timestamp

        until_snapshot_timestamp: str | Unset
        if isinstance(self.until_snapshot_timestamp, Unset):
            until_snapshot_timestamp = UNSET
        elif isinstance(self.until_snapshot_timestamp, datetime.datetime):
            until_snapshot_timestamp = self.until_snapshot_timestamp.isoformat()
        else:
            until_snapshot_timestamp = self.until_snapshot_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recalculation_id": recalculation_id,
            }
        )
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots
        if from_snapshot_timestamp is not UNSET:
            field_dict["from_snapshot_timestamp"] = from_snapshot_timestamp
        if until_snapshot_timestamp is not UNSET:
            field_dict["until_snapshot_timestamp"] = until_snapshot_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        recalculation_id = UUID(d["recalculation_id"])

        _snapshots = d.get("snapshots", UNSET)
        snapshots = UNSET if _snapshots is UNSET else cast("list[str]", array_member(_snapshots, "snapshots"))

        def _parse_from_snapshot_timestamp(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "from_snapshot_timestamp", (str,)))

        from_snapshot_timestamp = _parse_from_snapshot_timestamp(d.get("from_snapshot_timestamp", UNSET))

        def _parse_until_snapshot_timestamp(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "until_snapshot_timestamp", (str,)))

        until_snapshot_timestamp = _parse_until_snapshot_timestamp(d.get("until_snapshot_timestamp", UNSET))

        recalculation = cls(
            recalculation_id=recalculation_id,
            snapshots=snapshots,
            from_snapshot_timestamp=from_snapshot_timestamp,
            until_snapshot_timestamp=until_snapshot_timestamp,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Recalculation_MEMBERS
            else {key: value for key, value in d.items() if key not in _Recalculation_MEMBERS}
        )
        recalculation.additional_properties = unknown
        return recalculation

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
