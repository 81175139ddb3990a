from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotStatsListRecordsItem")
_SnapshotStatsListRecordsItem_MEMBERS: frozenset[str] = frozenset(
    (
        "snapshot_id",
        "est_total_dataset_stored_files",
        "est_total_dataset_stored_records",
        "est_total_dataset_stored_bytes",
        "active_dataset_stored_files",
        "active_dataset_stored_records",
        "active_dataset_stored_bytes",
        "snapshot_added_files",
        "snapshot_added_records",
        "snapshot_deleted_records",
        "snapshot_added_bytes",
        "snapshot_deleted_files",
        "snapshot_added_delete_files",
        "snapshot_removed_delete_files",
        "snapshot_removed_bytes",
    )
)


@_attrs_define
class SnapshotStatsListRecordsItem:
    """
    Attributes:
        snapshot_id (int):
        est_total_dataset_stored_files (int | Unset):
        est_total_dataset_stored_records (int | Unset):
        est_total_dataset_stored_bytes (int | Unset):
        active_dataset_stored_files (int | Unset):
        active_dataset_stored_records (int | Unset):
        active_dataset_stored_bytes (int | Unset):
        snapshot_added_files (int | Unset):
        snapshot_added_records (int | Unset):
        snapshot_deleted_records (int | Unset):
        snapshot_added_bytes (int | Unset):
        snapshot_deleted_files (int | Unset):
        snapshot_added_delete_files (int | Unset):
        snapshot_removed_delete_files (int | Unset):
        snapshot_removed_bytes (int | Unset):
    """

    snapshot_id: int
    est_total_dataset_stored_files: int | Unset = UNSET
    est_total_dataset_stored_records: int | Unset = UNSET
    est_total_dataset_stored_bytes: int | Unset = UNSET
    active_dataset_stored_files: int | Unset = UNSET
    active_dataset_stored_records: int | Unset = UNSET
    active_dataset_stored_bytes: int | Unset = UNSET
    snapshot_added_files: int | Unset = UNSET
    snapshot_added_records: int | Unset = UNSET
    snapshot_deleted_records: int | Unset = UNSET
    snapshot_added_bytes: int | Unset = UNSET
    snapshot_deleted_files: int | Unset = UNSET
    snapshot_added_delete_files: int | Unset = UNSET
    snapshot_removed_delete_files: int | Unset = UNSET
    snapshot_removed_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        est_total_dataset_stored_files = self.est_total_dataset_stored_files

        est_total_dataset_stored_records = self.est_total_dataset_stored_records

        est_total_dataset_stored_bytes = self.est_total_dataset_stored_bytes

        active_dataset_stored_files = self.active_dataset_stored_files

        active_dataset_stored_records = self.active_dataset_stored_records

        active_dataset_stored_bytes = self.active_dataset_stored_bytes

        snapshot_added_files = self.snapshot_added_files

        snapshot_added_records = self.snapshot_added_records

        snapshot_deleted_records = self.snapshot_deleted_records

        snapshot_added_bytes = self.snapshot_added_bytes

        snapshot_deleted_files = self.snapshot_deleted_files

        snapshot_added_delete_files = self.snapshot_added_delete_files

        snapshot_removed_delete_files = self.snapshot_removed_delete_files

        snapshot_removed_bytes = self.snapshot_removed_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot_id": snapshot_id,
            }
        )
        if est_total_dataset_stored_files is not UNSET:
            field_dict["est_total_dataset_stored_files"] = est_total_dataset_stored_files
        if est_total_dataset_stored_records is not UNSET:
            field_dict["est_total_dataset_stored_records"] = est_total_dataset_stored_records
        if est_total_dataset_stored_bytes is not UNSET:
            field_dict["est_total_dataset_stored_bytes"] = est_total_dataset_stored_bytes
        if active_dataset_stored_files is not UNSET:
            field_dict["active_dataset_stored_files"] = active_dataset_stored_files
        if active_dataset_stored_records is not UNSET:
            field_dict["active_dataset_stored_records"] = active_dataset_stored_records
        if active_dataset_stored_bytes is not UNSET:
            field_dict["active_dataset_stored_bytes"] = active_dataset_stored_bytes
        if snapshot_added_files is not UNSET:
            field_dict["snapshot_added_files"] = snapshot_added_files
        if snapshot_added_records is not UNSET:
            field_dict["snapshot_added_records"] = snapshot_added_records
        if snapshot_deleted_records is not UNSET:
            field_dict["snapshot_deleted_records"] = snapshot_deleted_records
        if snapshot_added_bytes is not UNSET:
            field_dict["snapshot_added_bytes"] = snapshot_added_bytes
        if snapshot_deleted_files is not UNSET:
            field_dict["snapshot_deleted_files"] = snapshot_deleted_files
        if snapshot_added_delete_files is not UNSET:
            field_dict["snapshot_added_delete_files"] = snapshot_added_delete_files
        if snapshot_removed_delete_files is not UNSET:
            field_dict["snapshot_removed_delete_files"] = snapshot_removed_delete_files
        if snapshot_removed_bytes is not UNSET:
            field_dict["snapshot_removed_bytes"] = snapshot_removed_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        snapshot_id = d["snapshot_id"]

        est_total_dataset_stored_files = d.get("est_total_dataset_stored_files", UNSET)

        est_total_dataset_stored_records = d.get("est_total_dataset_stored_records", UNSET)

        est_total_dataset_stored_bytes = d.get("est_total_dataset_stored_bytes", UNSET)

        active_dataset_stored_files = d.get("active_dataset_stored_files", UNSET)

        active_dataset_stored_records = d.get("active_dataset_stored_records", UNSET)

        active_dataset_stored_bytes = d.get("active_dataset_stored_bytes", UNSET)

        snapshot_added_files = d.get("snapshot_added_files", UNSET)

        snapshot_added_records = d.get("snapshot_added_records", UNSET)

        snapshot_deleted_records = d.get("snapshot_deleted_records", UNSET)

        snapshot_added_bytes = d.get("snapshot_added_bytes", UNSET)

        snapshot_deleted_files = d.get("snapshot_deleted_files", UNSET)

        snapshot_added_delete_files = d.get("snapshot_added_delete_files", UNSET)

        snapshot_removed_delete_files = d.get("snapshot_removed_delete_files", UNSET)

        snapshot_removed_bytes = d.get("snapshot_removed_bytes", UNSET)

        snapshot_stats_list_records_item = cls(
            snapshot_id=snapshot_id,
            est_total_dataset_stored_files=est_total_dataset_stored_files,
            est_total_dataset_stored_records=est_total_dataset_stored_records,
            est_total_dataset_stored_bytes=est_total_dataset_stored_bytes,
            active_dataset_stored_files=active_dataset_stored_files,
            active_dataset_stored_records=active_dataset_stored_records,
            active_dataset_stored_bytes=active_dataset_stored_bytes,
            snapshot_added_files=snapshot_added_files,
            snapshot_added_records=snapshot_added_records,
            snapshot_deleted_records=snapshot_deleted_records,
            snapshot_added_bytes=snapshot_added_bytes,
            snapshot_deleted_files=snapshot_deleted_files,
            snapshot_added_delete_files=snapshot_added_delete_files,
            snapshot_removed_delete_files=snapshot_removed_delete_files,
            snapshot_removed_bytes=snapshot_removed_bytes,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotStatsListRecordsItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _SnapshotStatsListRecordsItem_MEMBERS}
        )
        snapshot_stats_list_records_item.additional_properties = unknown
        return snapshot_stats_list_records_item

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
