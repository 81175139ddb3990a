from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")
_Tag_MEMBERS: frozenset[str] = frozenset(
    (
        "outputField",
        "trueValue",
        "falseValue",
    )
)


@_attrs_define
class Tag:
    """The field a `JOIN` input fills in on union records, and the values it writes.

    Attributes:
        output_field (str): The output field to fill in.
        true_value (str | Unset): The value written when the record's key matches.
        false_value (str | Unset): The value written when it does not.
    """

    output_field: str
    true_value: str | Unset = UNSET
    false_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        output_field = self.output_field

        true_value = self.true_value

        false_value = self.false_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outputField": output_field,
            }
        )
        if true_value is not UNSET:
            field_dict["trueValue"] = true_value
        if false_value is not UNSET:
            field_dict["falseValue"] = false_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        output_field = d["outputField"]

        true_value = d.get("trueValue", UNSET)

        false_value = d.get("falseValue", UNSET)

        tag = cls(
            output_field=output_field,
            true_value=true_value,
            false_value=false_value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Tag_MEMBERS else {key: value for key, value in d.items() if key not in _Tag_MEMBERS}
        )
        tag.additional_properties = unknown
        return tag

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
