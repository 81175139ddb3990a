from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.offer_pricing_type import OfferPricingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferPricing")
_OfferPricing_MEMBERS: frozenset[str] = frozenset(
    (
        "micro_cents_usd",
        "type",
    )
)


@_attrs_define
class OfferPricing:
    """An offer's price.

    Attributes:
        micro_cents_usd (int): The price in millionths of a US cent.
        type_ (OfferPricingType | Unset):
    """

    micro_cents_usd: int
    type_: OfferPricingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        micro_cents_usd = self.micro_cents_usd

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "micro_cents_usd": micro_cents_usd,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        micro_cents_usd = d["micro_cents_usd"]

        _type_ = d.get("type", UNSET)
        type_: OfferPricingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OfferPricingType(_type_)

        offer_pricing = cls(
            micro_cents_usd=micro_cents_usd,
            type_=type_,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _OfferPricing_MEMBERS
            else {key: value for key, value in d.items() if key not in _OfferPricing_MEMBERS}
        )
        offer_pricing.additional_properties = unknown
        return offer_pricing

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
