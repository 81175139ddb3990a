from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCount")
_HealthCount_MEMBERS: frozenset[str] = frozenset(
    (
        "total",
        "increase_rate",
    )
)


@_attrs_define
class HealthCount:
    """
    Attributes:
        total (int | Unset):
        increase_rate (float | None | Unset): The change against the previous period, as a fraction (-0.07 is 7% fewer).
    """

    total: int | Unset = UNSET
    increase_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        increase_rate: float | None | Unset
        if isinstance(self.increase_rate, Unset):
            increase_rate = UNSET
        else:
            increase_rate = self.increase_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if increase_rate is not UNSET:
            field_dict["increase_rate"] = increase_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total = d.get("total", UNSET)

        def _parse_increase_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        increase_rate = _parse_increase_rate(d.get("increase_rate", UNSET))

        health_count = cls(
            total=total,
            increase_rate=increase_rate,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _HealthCount_MEMBERS
            else {key: value for key, value in d.items() if key not in _HealthCount_MEMBERS}
        )
        health_count.additional_properties = unknown
        return health_count

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
