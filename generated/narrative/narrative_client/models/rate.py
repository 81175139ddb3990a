from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Rate")
_Rate_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "unit_price",
    )
)


@_attrs_define
class Rate:
    """A rate.

    Attributes:
        type_ (str):
        unit_price (UnitPrice | Unset): A price per unit.
    """

    type_: str
    unit_price: UnitPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        _unit_price = d.get("unit_price", UNSET)
        unit_price: UnitPrice | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = UnitPrice.from_dict(object_member(_unit_price, "unit_price"))

        rate = cls(
            type_=type_,
            unit_price=unit_price,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Rate_MEMBERS else {key: value for key, value in d.items() if key not in _Rate_MEMBERS}
        )
        rate.additional_properties = unknown
        return rate

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


from ..models.unit_price import UnitPrice
