from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, model_repr, object_member

T = TypeVar("T", bound="PartitionSpecUpdateRequest")
_PartitionSpecUpdateRequest_MEMBERS: frozenset[str] = frozenset(("updates",))


@_attrs_define
class PartitionSpecUpdateRequest:
    """Changes to a partition specification, applied in order.

    Attributes:
        updates (list[PartitionSpecAddField | PartitionSpecRemoveField]):
    """

    updates: list[PartitionSpecAddField | PartitionSpecRemoveField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item: dict[str, Any]
            if isinstance(updates_item_data, PartitionSpecAddField):
                updates_item = updates_item_data.to_dict()
            else:
                updates_item = updates_item_data.to_dict()

            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        updates = []
        _updates = array_member(d["updates"], "updates")
        for updates_item_data in _updates:

            def _parse_updates_item(data: object) -> PartitionSpecAddField | PartitionSpecRemoveField:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_partition_spec_update_type_0 = PartitionSpecAddField.from_dict(
                        object_member(data, "/components/schemas/PartitionSpecUpdate_type_0")
                    )

                    return componentsschemas_partition_spec_update_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise MemberTypeError("updates_item", f"an object is due, the answer has {json_kind(data)}")
                componentsschemas_partition_spec_update_type_1 = PartitionSpecRemoveField.from_dict(
                    object_member(data, "/components/schemas/PartitionSpecUpdate_type_1")
                )

                return componentsschemas_partition_spec_update_type_1

            updates_item = _parse_updates_item(updates_item_data)

            updates.append(updates_item)

        partition_spec_update_request = cls(
            updates=updates,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PartitionSpecUpdateRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _PartitionSpecUpdateRequest_MEMBERS}
        )
        partition_spec_update_request.additional_properties = unknown
        return partition_spec_update_request

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


from ..models.partition_spec_add_field import PartitionSpecAddField
from ..models.partition_spec_remove_field import PartitionSpecRemoveField
