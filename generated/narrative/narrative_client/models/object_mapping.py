from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="ObjectMapping")
_ObjectMapping_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "property_mappings",
    )
)


@_attrs_define
class ObjectMapping:
    """A mapping to an object attribute, field by field.

    Attributes:
        type_ (Literal['object_mapping']):
        property_mappings (list[PropertyMapping]):
    """

    type_: Literal["object_mapping"]
    property_mappings: list[PropertyMapping]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        property_mappings = []
        for property_mappings_item_data in self.property_mappings:
            property_mappings_item = property_mappings_item_data.to_dict()
            property_mappings.append(property_mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "property_mappings": property_mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["object_mapping"], d["type"])
        if type_ != "object_mapping":
            raise ValueError(f"type must match const 'object_mapping', got '{type_}'")

        property_mappings = []
        _property_mappings = array_member(d["property_mappings"], "property_mappings")
        for property_mappings_item_data in _property_mappings:
            property_mappings_item = PropertyMapping.from_dict(
                object_member(property_mappings_item_data, "property_mappings_item")
            )

            property_mappings.append(property_mappings_item)

        object_mapping = cls(
            type_=type_,
            property_mappings=property_mappings,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ObjectMapping_MEMBERS
            else {key: value for key, value in d.items() if key not in _ObjectMapping_MEMBERS}
        )
        object_mapping.additional_properties = unknown
        return object_mapping

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


from ..models.property_mapping import PropertyMapping
