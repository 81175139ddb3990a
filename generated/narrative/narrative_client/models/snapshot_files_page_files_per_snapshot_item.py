from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotFilesPageFilesPerSnapshotItem")
_SnapshotFilesPageFilesPerSnapshotItem_MEMBERS: frozenset[str] = frozenset(
    (
        "snapshot_id",
        "files",
        "timestamp",
        "is_downloadable",
    )
)


@_attrs_define
class SnapshotFilesPageFilesPerSnapshotItem:
    """
    Attributes:
        snapshot_id (int):
        files (list[SnapshotFilesPageFilesPerSnapshotItemFilesItem] | Unset):
        timestamp (str | Unset): When the snapshot was made (the document's example is a placeholder).
        is_downloadable (bool | Unset):
    """

    snapshot_id: int
    files: list[SnapshotFilesPageFilesPerSnapshotItemFilesItem] | Unset = UNSET
    timestamp: str | Unset = UNSET
    is_downloadable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        timestamp = self.timestamp

        is_downloadable = self.is_downloadable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot_id": snapshot_id,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if is_downloadable is not UNSET:
            field_dict["is_downloadable"] = is_downloadable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        snapshot_id = d["snapshot_id"]

        _files = d.get("files", UNSET)
        files: list[SnapshotFilesPageFilesPerSnapshotItemFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in array_member(_files, "files"):
                files_item = SnapshotFilesPageFilesPerSnapshotItemFilesItem.from_dict(
                    object_member(files_item_data, "files_item")
                )

                files.append(files_item)

        timestamp = d.get("timestamp", UNSET)

        is_downloadable = d.get("is_downloadable", UNSET)

        snapshot_files_page_files_per_snapshot_item = cls(
            snapshot_id=snapshot_id,
            files=files,
            timestamp=timestamp,
            is_downloadable=is_downloadable,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotFilesPageFilesPerSnapshotItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _SnapshotFilesPageFilesPerSnapshotItem_MEMBERS}
        )
        snapshot_files_page_files_per_snapshot_item.additional_properties = unknown
        return snapshot_files_page_files_per_snapshot_item

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


from ..models.snapshot_files_page_files_per_snapshot_item_files_item import (
    SnapshotFilesPageFilesPerSnapshotItemFilesItem,
)
