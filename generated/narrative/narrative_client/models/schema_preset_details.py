from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="SchemaPresetDetails")
_SchemaPresetDetails_MEMBERS: frozenset[str] = frozenset(("attributes",))


@_attrs_define
class SchemaPresetDetails:
    """The attributes and fields a preset selects.

    Attributes:
        attributes (list[SchemaPresetDetailsAttributesItem]):
    """

    attributes: list[SchemaPresetDetailsAttributesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attributes = []
        _attributes = array_member(d["attributes"], "attributes")
        for attributes_item_data in _attributes:
            attributes_item = SchemaPresetDetailsAttributesItem.from_dict(
                object_member(attributes_item_data, "attributes_item")
            )

            attributes.append(attributes_item)

        schema_preset_details = cls(
            attributes=attributes,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SchemaPresetDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _SchemaPresetDetails_MEMBERS}
        )
        schema_preset_details.additional_properties = unknown
        return schema_preset_details

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


from ..models.schema_preset_details_attributes_item import SchemaPresetDetailsAttributesItem
