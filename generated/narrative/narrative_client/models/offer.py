from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..models.sales_channel import SalesChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Offer")
_Offer_MEMBERS: frozenset[str] = frozenset(
    (
        "channel",
        "pricing",
        "id",
        "licensing",
        "shops",
    )
)


@_attrs_define
class Offer:
    """A provider's offer of a data stream on a sales channel.

    Attributes:
        channel (SalesChannel): Where an offer is sold.
        pricing (OfferPricing): An offer's price.
        id (UUID | Unset):
        licensing (OfferLicensing | Unset): The license terms.
        shops (list[str] | None | Unset): The data shops (hostnames) the offer is limited to.
    """

    channel: SalesChannel
    pricing: OfferPricing
    id: UUID | Unset = UNSET
    licensing: OfferLicensing | Unset = UNSET
    shops: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        pricing = self.pricing.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        licensing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.licensing, Unset):
            licensing = self.licensing.to_dict()

        shops: list[str] | None | Unset
        if isinstance(self.shops, Unset):
            shops = UNSET
        elif isinstance(self.shops, list):
            shops = self.shops

        else:
            shops = self.shops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "pricing": pricing,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if licensing is not UNSET:
            field_dict["licensing"] = licensing
        if shops is not UNSET:
            field_dict["shops"] = shops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        channel = SalesChannel(d["channel"])

        pricing = OfferPricing.from_dict(object_member(d["pricing"], "pricing"))

        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _licensing = d.get("licensing", UNSET)
        licensing: OfferLicensing | Unset
        if isinstance(_licensing, Unset):
            licensing = UNSET
        else:
            licensing = OfferLicensing.from_dict(object_member(_licensing, "licensing"))

        def _parse_shops(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shops_type_0 = cast("list[str]", array_member(data, "shops_type_0"))

                return shops_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        shops = _parse_shops(d.get("shops", UNSET))

        offer = cls(
            channel=channel,
            pricing=pricing,
            id=id,
            licensing=licensing,
            shops=shops,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Offer_MEMBERS else {key: value for key, value in d.items() if key not in _Offer_MEMBERS}
        )
        offer.additional_properties = unknown
        return offer

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


from ..models.offer_licensing import OfferLicensing
from ..models.offer_pricing import OfferPricing
