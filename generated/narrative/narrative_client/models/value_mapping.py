from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="ValueMapping")
_ValueMapping_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "expression",
    )
)


@_attrs_define
class ValueMapping:
    """A mapping to a scalar attribute.

    Attributes:
        type_ (Literal['value_mapping']):
        expression (str):
    """

    type_: Literal["value_mapping"]
    expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "expression": expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["value_mapping"], d["type"])
        if type_ != "value_mapping":
            raise ValueError(f"type must match const 'value_mapping', got '{type_}'")

        expression = d["expression"]

        value_mapping = cls(
            type_=type_,
            expression=expression,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ValueMapping_MEMBERS
            else {key: value for key, value in d.items() if key not in _ValueMapping_MEMBERS}
        )
        value_mapping.additional_properties = unknown
        return value_mapping

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
