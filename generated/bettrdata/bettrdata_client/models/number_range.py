from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="NumberRange")
_NumberRange_MEMBERS: frozenset[str] = frozenset(
    (
        "min",
        "max",
    )
)


@_attrs_define
class NumberRange:
    """An inclusive range of numbers.

    Attributes:
        min_ (float): The start of the range.
        max_ (float): The end of the range.
    """

    min_: float
    max_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        min_ = d["min"]

        max_ = d["max"]

        number_range = cls(
            min_=min_,
            max_=max_,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _NumberRange_MEMBERS
            else {key: value for key, value in d.items() if key not in _NumberRange_MEMBERS}
        )
        number_range.additional_properties = unknown
        return number_range

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
