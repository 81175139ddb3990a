from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, model_repr, object_member

T = TypeVar("T", bound="AttributeList")
_AttributeList_MEMBERS: frozenset[str] = frozenset(("records",))


@_attrs_define
class AttributeList:
    """A list of attributes.

    Attributes:
        records (list[ArrayAttribute | ObjectAttribute | PrimitiveAttribute]):
    """

    records: list[ArrayAttribute | ObjectAttribute | PrimitiveAttribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item: dict[str, Any]
            if isinstance(records_item_data, ObjectAttribute):
                records_item = records_item_data.to_dict()
            elif isinstance(records_item_data, ArrayAttribute):
                records_item = records_item_data.to_dict()
            else:
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

            def _parse_records_item(data: object) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_type_0 = ObjectAttribute.from_dict(
                        object_member(data, "/components/schemas/Attribute_type_0")
                    )

                    return componentsschemas_attribute_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attribute_type_1 = ArrayAttribute.from_dict(
                        object_member(data, "/components/schemas/Attribute_type_1")
                    )

                    return componentsschemas_attribute_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise MemberTypeError("records_item", f"an object is due, the answer has {json_kind(data)}")
                componentsschemas_attribute_type_2 = PrimitiveAttribute.from_dict(
                    object_member(data, "/components/schemas/Attribute_type_2")
                )

                return componentsschemas_attribute_type_2

            records_item = _parse_records_item(records_item_data)

            records.append(records_item)

        attribute_list = cls(
            records=records,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeList_MEMBERS
            else {key: value for key, value in d.items() if key not in _AttributeList_MEMBERS}
        )
        attribute_list.additional_properties = unknown
        return attribute_list

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


from ..models.array_attribute import ArrayAttribute
from ..models.object_attribute import ObjectAttribute
from ..models.primitive_attribute import PrimitiveAttribute
