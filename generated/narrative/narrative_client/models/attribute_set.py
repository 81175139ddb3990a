from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeSet")
_AttributeSet_MEMBERS: frozenset[str] = frozenset(
    (
        "attribute_id",
        "fields",
        "optional",
    )
)


@_attrs_define
class AttributeSet:
    """Rules over fields of one attribute.

    Attributes:
        attribute_id (int):
        fields (list[FieldRule]):
        optional (bool | Unset): Whether records lacking the attribute are still taken.
    """

    attribute_id: int
    fields: list[FieldRule]
    optional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute_id": attribute_id,
                "fields": fields,
            }
        )
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute_id = d["attribute_id"]

        fields = []
        _fields = array_member(d["fields"], "fields")
        for fields_item_data in _fields:
            fields_item = FieldRule.from_dict(object_member(fields_item_data, "fields_item"))

            fields.append(fields_item)

        optional = d.get("optional", UNSET)

        attribute_set = cls(
            attribute_id=attribute_id,
            fields=fields,
            optional=optional,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeSet_MEMBERS
            else {key: value for key, value in d.items() if key not in _AttributeSet_MEMBERS}
        )
        attribute_set.additional_properties = unknown
        return attribute_set

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


from ..models.field_rule import FieldRule
