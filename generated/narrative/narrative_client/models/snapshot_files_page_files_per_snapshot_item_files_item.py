from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotFilesPageFilesPerSnapshotItemFilesItem")
_SnapshotFilesPageFilesPerSnapshotItemFilesItem_MEMBERS: frozenset[str] = frozenset(
    (
        "path",
        "size",
    )
)


@_attrs_define
class SnapshotFilesPageFilesPerSnapshotItemFilesItem:
    """
    Attributes:
        path (str | Unset):
        size (int | Unset):
    """

    path: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        path = d.get("path", UNSET)

        size = d.get("size", UNSET)

        snapshot_files_page_files_per_snapshot_item_files_item = cls(
            path=path,
            size=size,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SnapshotFilesPageFilesPerSnapshotItemFilesItem_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _SnapshotFilesPageFilesPerSnapshotItemFilesItem_MEMBERS
            }
        )
        snapshot_files_page_files_per_snapshot_item_files_item.additional_properties = unknown
        return snapshot_files_page_files_per_snapshot_item_files_item

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
