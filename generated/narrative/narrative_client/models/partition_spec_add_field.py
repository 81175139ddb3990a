from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartitionSpecAddField")
_PartitionSpecAddField_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "field",
        "transform",
    )
)


@_attrs_define
class PartitionSpecAddField:
    """Add a partition field.

    Attributes:
        type_ (Literal['add']):
        field (str):
        transform (str | Unset):
    """

    type_: Literal["add"]
    field: str
    transform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field = self.field

        transform = self.transform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "field": field,
            }
        )
        if transform is not UNSET:
            field_dict["transform"] = transform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["add"], d["type"])
        if type_ != "add":
            raise ValueError(f"type must match const 'add', got '{type_}'")

        field = d["field"]

        transform = d.get("transform", UNSET)

        partition_spec_add_field = cls(
            type_=type_,
            field=field,
            transform=transform,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PartitionSpecAddField_MEMBERS
            else {key: value for key, value in d.items() if key not in _PartitionSpecAddField_MEMBERS}
        )
        partition_spec_add_field.additional_properties = unknown
        return partition_spec_add_field

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
