from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitPrice")
_UnitPrice_MEMBERS: frozenset[str] = frozenset(
    (
        "currency",
        "value",
        "expressed_in",
        "type",
        "price_in_micro_cents",
    )
)


@_attrs_define
class UnitPrice:
    """A price per unit.

    Attributes:
        currency (str):
        value (float | Unset):
        expressed_in (str | Unset):
        type_ (str | Unset):
        price_in_micro_cents (int | Unset):
    """

    currency: str
    value: float | Unset = UNSET
    expressed_in: str | Unset = UNSET
    type_: str | Unset = UNSET
    price_in_micro_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        value = self.value

        expressed_in = self.expressed_in

        type_ = self.type_

        price_in_micro_cents = self.price_in_micro_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if expressed_in is not UNSET:
            field_dict["expressed_in"] = expressed_in
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price_in_micro_cents is not UNSET:
            field_dict["price_in_micro_cents"] = price_in_micro_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        currency = d["currency"]

        value = d.get("value", UNSET)

        expressed_in = d.get("expressed_in", UNSET)

        type_ = d.get("type", UNSET)

        price_in_micro_cents = d.get("price_in_micro_cents", UNSET)

        unit_price = cls(
            currency=currency,
            value=value,
            expressed_in=expressed_in,
            type_=type_,
            price_in_micro_cents=price_in_micro_cents,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _UnitPrice_MEMBERS
            else {key: value for key, value in d.items() if key not in _UnitPrice_MEMBERS}
        )
        unit_price.additional_properties = unknown
        return unit_price

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
