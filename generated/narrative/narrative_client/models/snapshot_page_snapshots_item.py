from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotPageSnapshotsItem")
_SnapshotPageSnapshotsItem_MEMBERS: frozenset[str] = frozenset(
    (
        "snapshot_id",
        "timestamp",
        "is_downloadable",
        "files",
        "operation",
    )
)


@_attrs_define
class SnapshotPageSnapshotsItem:
    """
    Attributes:
        snapshot_id (int):
        timestamp (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
        is_downloadable (bool | Unset):
        files (SnapshotPageSnapshotsItemFiles | Unset):
        operation (str | Unset):
    """

    snapshot_id: int
    timestamp: datetime.datetime | str | Unset = UNSET
    is_downloadable: bool | Unset = UNSET
    files: SnapshotPageSnapshotsItemFiles | Unset = UNSET
    operation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        timestamp: str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        is_downloadable = self.is_downloadable

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot_id": snapshot_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if is_downloadable is not UNSET:
            field_dict["is_downloadable"] = is_downloadable
        if files is not UNSET:
            field_dict["files"] = files
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        snapshot_id = d["snapshot_id"]

        def _parse_timestamp(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "timestamp", (str,)))

        timestamp = _parse_timestamp(d.get("timestamp", UNSET))

        is_downloadable = d.get("is_downloadable", UNSET)

        _files = d.get("files", UNSET)
        files: SnapshotPageSnapshotsItemFiles | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = SnapshotPageSnapshotsItemFiles.from_dict(object_member(_files, "files"))

        operation = d.get("operation", UNSET)

        snapshot_page_snapshots_item = cls(
            snapshot_id=snapshot_id,
            timestamp=timestamp,
            is_downloadable=is_downloadable,
            files=files,
            operation=operation,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotPageSnapshotsItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _SnapshotPageSnapshotsItem_MEMBERS}
        )
        snapshot_page_snapshots_item.additional_properties = unknown
        return snapshot_page_snapshots_item

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


from ..models.snapshot_page_snapshots_item_files import SnapshotPageSnapshotsItemFiles
