from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeReference")
_AttributeReference_MEMBERS: frozenset[str] = frozenset(
    (
        "column_names",
        "attribute_id",
    )
)


@_attrs_define
class AttributeReference:
    """Fields of an attribute.

    Attributes:
        column_names (list[str]):
        attribute_id (int | Unset):
    """

    column_names: list[str]
    attribute_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        column_names = self.column_names

        attribute_id = self.attribute_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_names": column_names,
            }
        )
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_names = cast("list[str]", array_member(d["column_names"], "column_names"))

        attribute_id = d.get("attribute_id", UNSET)

        attribute_reference = cls(
            column_names=column_names,
            attribute_id=attribute_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AttributeReference_MEMBERS
            else {key: value for key, value in d.items() if key not in _AttributeReference_MEMBERS}
        )
        attribute_reference.additional_properties = unknown
        return attribute_reference

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
