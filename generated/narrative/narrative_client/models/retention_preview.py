from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="RetentionPreview")
_RetentionPreview_MEMBERS: frozenset[str] = frozenset(("snapshots_to_expire",))


@_attrs_define
class RetentionPreview:
    """The snapshots a retention policy would expire.

    Attributes:
        snapshots_to_expire (list[RetentionPreviewSnapshotsToExpireItem]):
    """

    snapshots_to_expire: list[RetentionPreviewSnapshotsToExpireItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        snapshots_to_expire = []
        for snapshots_to_expire_item_data in self.snapshots_to_expire:
            snapshots_to_expire_item = snapshots_to_expire_item_data.to_dict()
            snapshots_to_expire.append(snapshots_to_expire_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshots_to_expire": snapshots_to_expire,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        snapshots_to_expire = []
        _snapshots_to_expire = array_member(d["snapshots_to_expire"], "snapshots_to_expire")
        for snapshots_to_expire_item_data in _snapshots_to_expire:
            snapshots_to_expire_item = RetentionPreviewSnapshotsToExpireItem.from_dict(
                object_member(snapshots_to_expire_item_data, "snapshots_to_expire_item")
            )

            snapshots_to_expire.append(snapshots_to_expire_item)

        retention_preview = cls(
            snapshots_to_expire=snapshots_to_expire,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RetentionPreview_MEMBERS
            else {key: value for key, value in d.items() if key not in _RetentionPreview_MEMBERS}
        )
        retention_preview.additional_properties = unknown
        return retention_preview

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


from ..models.retention_preview_snapshots_to_expire_item import RetentionPreviewSnapshotsToExpireItem
