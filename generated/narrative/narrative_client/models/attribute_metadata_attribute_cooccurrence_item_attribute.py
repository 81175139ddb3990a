from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeMetadataAttributeCooccurrenceItemAttribute")
_AttributeMetadataAttributeCooccurrenceItemAttribute_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "type",
    )
)


@_attrs_define
class AttributeMetadataAttributeCooccurrenceItemAttribute:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        type_ (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        type_ = d.get("type", UNSET)

        attribute_metadata_attribute_cooccurrence_item_attribute = cls(
            id=id,
            name=name,
            type_=type_,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeMetadataAttributeCooccurrenceItemAttribute_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _AttributeMetadataAttributeCooccurrenceItemAttribute_MEMBERS
            }
        )
        attribute_metadata_attribute_cooccurrence_item_attribute.additional_properties = unknown
        return attribute_metadata_attribute_cooccurrence_item_attribute

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
