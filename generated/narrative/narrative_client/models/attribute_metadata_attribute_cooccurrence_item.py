from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeMetadataAttributeCooccurrenceItem")
_AttributeMetadataAttributeCooccurrenceItem_MEMBERS: frozenset[str] = frozenset(
    (
        "attribute",
        "cooccurrence_pct",
    )
)


@_attrs_define
class AttributeMetadataAttributeCooccurrenceItem:
    """
    Attributes:
        attribute (AttributeMetadataAttributeCooccurrenceItemAttribute | Unset):
        cooccurrence_pct (float | Unset): How often both attributes occur together, as a fraction.
    """

    attribute: AttributeMetadataAttributeCooccurrenceItemAttribute | Unset = UNSET
    cooccurrence_pct: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        cooccurrence_pct = self.cooccurrence_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if cooccurrence_pct is not UNSET:
            field_dict["cooccurrence_pct"] = cooccurrence_pct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _attribute = d.get("attribute", UNSET)
        attribute: AttributeMetadataAttributeCooccurrenceItemAttribute | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = AttributeMetadataAttributeCooccurrenceItemAttribute.from_dict(
                object_member(_attribute, "attribute")
            )

        cooccurrence_pct = d.get("cooccurrence_pct", UNSET)

        attribute_metadata_attribute_cooccurrence_item = cls(
            attribute=attribute,
            cooccurrence_pct=cooccurrence_pct,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeMetadataAttributeCooccurrenceItem_MEMBERS
            else {
                key: value for key, value in d.items() if key not in _AttributeMetadataAttributeCooccurrenceItem_MEMBERS
            }
        )
        attribute_metadata_attribute_cooccurrence_item.additional_properties = unknown
        return attribute_metadata_attribute_cooccurrence_item

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


from ..models.attribute_metadata_attribute_cooccurrence_item_attribute import (
    AttributeMetadataAttributeCooccurrenceItemAttribute,
)
