from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeMetadata")
_AttributeMetadata_MEMBERS: frozenset[str] = frozenset(("attribute_cooccurrence",))


@_attrs_define
class AttributeMetadata:
    """Statistics about an attribute.

    Attributes:
        attribute_cooccurrence (list[AttributeMetadataAttributeCooccurrenceItem] | Unset): Attributes that often occur
            together with this one.
    """

    attribute_cooccurrence: list[AttributeMetadataAttributeCooccurrenceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute_cooccurrence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_cooccurrence, Unset):
            attribute_cooccurrence = []
            for attribute_cooccurrence_item_data in self.attribute_cooccurrence:
                attribute_cooccurrence_item = attribute_cooccurrence_item_data.to_dict()
                attribute_cooccurrence.append(attribute_cooccurrence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_cooccurrence is not UNSET:
            field_dict["attribute_cooccurrence"] = attribute_cooccurrence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _attribute_cooccurrence = d.get("attribute_cooccurrence", UNSET)
        attribute_cooccurrence: list[AttributeMetadataAttributeCooccurrenceItem] | Unset = UNSET
        if _attribute_cooccurrence is not UNSET:
            attribute_cooccurrence = []
            for attribute_cooccurrence_item_data in array_member(_attribute_cooccurrence, "attribute_cooccurrence"):
                attribute_cooccurrence_item = AttributeMetadataAttributeCooccurrenceItem.from_dict(
                    object_member(attribute_cooccurrence_item_data, "attribute_cooccurrence_item")
                )

                attribute_cooccurrence.append(attribute_cooccurrence_item)

        attribute_metadata = cls(
            attribute_cooccurrence=attribute_cooccurrence,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeMetadata_MEMBERS
            else {key: value for key, value in d.items() if key not in _AttributeMetadata_MEMBERS}
        )
        attribute_metadata.additional_properties = unknown
        return attribute_metadata

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


from ..models.attribute_metadata_attribute_cooccurrence_item import AttributeMetadataAttributeCooccurrenceItem
