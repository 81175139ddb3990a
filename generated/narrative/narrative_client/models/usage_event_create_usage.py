from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="UsageEventCreateUsage")
_UsageEventCreateUsage_MEMBERS: frozenset[str] = frozenset(
    (
        "unit",
        "value",
    )
)


@_attrs_define
class UsageEventCreateUsage:
    """
    Attributes:
        unit (str): Must be the product's unit.
        value (float): How much was used.
    """

    unit: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        unit = d["unit"]

        value = d["value"]

        usage_event_create_usage = cls(
            unit=unit,
            value=value,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _UsageEventCreateUsage_MEMBERS
            else {key: value for key, value in d.items() if key not in _UsageEventCreateUsage_MEMBERS}
        )
        usage_event_create_usage.additional_properties = unknown
        return usage_event_create_usage

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
