from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotPage")
_SnapshotPage_MEMBERS: frozenset[str] = frozenset(
    (
        "has_next",
        "snapshots",
        "next_snapshot",
    )
)


@_attrs_define
class SnapshotPage:
    """A page of a dataset's snapshots and their files.

    Attributes:
        has_next (bool): Whether more snapshots follow this page.
        snapshots (list[SnapshotPageSnapshotsItem]):
        next_snapshot (int | Unset): The snapshot id to continue from (pass it as `from_snapshot_id`).
    """

    has_next: bool
    snapshots: list[SnapshotPageSnapshotsItem]
    next_snapshot: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        has_next = self.has_next

        snapshots = []
        for snapshots_item_data in self.snapshots:
            snapshots_item = snapshots_item_data.to_dict()
            snapshots.append(snapshots_item)

        next_snapshot = self.next_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_next": has_next,
                "snapshots": snapshots,
            }
        )
        if next_snapshot is not UNSET:
            field_dict["next_snapshot"] = next_snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_next = d["has_next"]

        snapshots = []
        _snapshots = array_member(d["snapshots"], "snapshots")
        for snapshots_item_data in _snapshots:
            snapshots_item = SnapshotPageSnapshotsItem.from_dict(object_member(snapshots_item_data, "snapshots_item"))

            snapshots.append(snapshots_item)

        next_snapshot = d.get("next_snapshot", UNSET)

        snapshot_page = cls(
            has_next=has_next,
            snapshots=snapshots,
            next_snapshot=next_snapshot,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotPage_MEMBERS
            else {key: value for key, value in d.items() if key not in _SnapshotPage_MEMBERS}
        )
        snapshot_page.additional_properties = unknown
        return snapshot_page

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


from ..models.snapshot_page_snapshots_item import SnapshotPageSnapshotsItem
