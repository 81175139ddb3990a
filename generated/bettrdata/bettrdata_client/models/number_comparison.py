from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.comparison_operator import ComparisonOperator

T = TypeVar("T", bound="NumberComparison")
_NumberComparison_MEMBERS: frozenset[str] = frozenset(
    (
        "numberValue",
        "logicalOperator",
    )
)


@_attrs_define
class NumberComparison:
    """A value and the operator comparing the field with it.

    Attributes:
        number_value (float): The value to compare with.
        logical_operator (ComparisonOperator): How the field's value is compared with `numberValue`.
    """

    number_value: float
    logical_operator: ComparisonOperator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        number_value = self.number_value

        logical_operator = self.logical_operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberValue": number_value,
                "logicalOperator": logical_operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        number_value = d["numberValue"]

        logical_operator = ComparisonOperator(d["logicalOperator"])

        number_comparison = cls(
            number_value=number_value,
            logical_operator=logical_operator,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _NumberComparison_MEMBERS
            else {key: value for key, value in d.items() if key not in _NumberComparison_MEMBERS}
        )
        number_comparison.additional_properties = unknown
        return number_comparison

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
