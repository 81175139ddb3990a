from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotPageSnapshotsItemFiles")
_SnapshotPageSnapshotsItemFiles_MEMBERS: frozenset[str] = frozenset(("added",))


@_attrs_define
class SnapshotPageSnapshotsItemFiles:
    """
    Attributes:
        added (list[str] | Unset):
    """

    added: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = self.added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _added = d.get("added", UNSET)
        added = UNSET if _added is UNSET else cast("list[str]", array_member(_added, "added"))

        snapshot_page_snapshots_item_files = cls(
            added=added,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotPageSnapshotsItemFiles_MEMBERS
            else {key: value for key, value in d.items() if key not in _SnapshotPageSnapshotsItemFiles_MEMBERS}
        )
        snapshot_page_snapshots_item_files.additional_properties = unknown
        return snapshot_page_snapshots_item_files

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
