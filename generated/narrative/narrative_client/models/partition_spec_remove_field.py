from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="PartitionSpecRemoveField")
_PartitionSpecRemoveField_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "field",
    )
)


@_attrs_define
class PartitionSpecRemoveField:
    """Remove a partition field.

    Attributes:
        type_ (Literal['remove']):
        field (str):
    """

    type_: Literal["remove"]
    field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["remove"], d["type"])
        if type_ != "remove":
            raise ValueError(f"type must match const 'remove', got '{type_}'")

        field = d["field"]

        partition_spec_remove_field = cls(
            type_=type_,
            field=field,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PartitionSpecRemoveField_MEMBERS
            else {key: value for key, value in d.items() if key not in _PartitionSpecRemoveField_MEMBERS}
        )
        partition_spec_remove_field.additional_properties = unknown
        return partition_spec_remove_field

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
