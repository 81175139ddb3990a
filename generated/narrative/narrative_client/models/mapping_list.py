from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="MappingList")
_MappingList_MEMBERS: frozenset[str] = frozenset(("records",))


@_attrs_define
class MappingList:
    """Mappings.

    Attributes:
        records (list[AttributeMapping]):
    """

    records: list[AttributeMapping]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        records = []
        _records = array_member(d["records"], "records")
        for records_item_data in _records:
            records_item = AttributeMapping.from_dict(object_member(records_item_data, "records_item"))

            records.append(records_item)

        mapping_list = cls(
            records=records,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MappingList_MEMBERS
            else {key: value for key, value in d.items() if key not in _MappingList_MEMBERS}
        )
        mapping_list.additional_properties = unknown
        return mapping_list

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


from ..models.attribute_mapping import AttributeMapping
