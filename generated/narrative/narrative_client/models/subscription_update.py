from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.cadence import Cadence
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")
_SubscriptionUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "budget",
        "details",
        "name",
        "description",
        "cadence",
    )
)


@_attrs_define
class SubscriptionUpdate:
    """A subscription's new terms. Changing `cadence` also adjusts the frequency filter.

    Attributes:
        budget (Budget): The most that may be spent in each period. Once spent, nothing more is transacted until the
            next period
            starts.
        details (MarketplaceDetails): A purchase on the marketplace, by rules over attributes.
        name (str):
        description (str | Unset):
        cadence (Cadence | Unset): How often the subscription runs.
    """

    budget: Budget
    details: MarketplaceDetails
    name: str
    description: str | Unset = UNSET
    cadence: Cadence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget.to_dict()

        details = self.details.to_dict()

        name = self.name

        description = self.description

        cadence: str | Unset = UNSET
        if not isinstance(self.cadence, Unset):
            cadence = self.cadence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget": budget,
                "details": details,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cadence is not UNSET:
            field_dict["cadence"] = cadence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        budget = Budget.from_dict(object_member(d["budget"], "budget"))

        details = MarketplaceDetails.from_dict(object_member(d["details"], "details"))

        name = d["name"]

        description = d.get("description", UNSET)

        _cadence = d.get("cadence", UNSET)
        cadence: Cadence | Unset
        if isinstance(_cadence, Unset):
            cadence = UNSET
        else:
            cadence = Cadence(_cadence)

        subscription_update = cls(
            budget=budget,
            details=details,
            name=name,
            description=description,
            cadence=cadence,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SubscriptionUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _SubscriptionUpdate_MEMBERS}
        )
        subscription_update.additional_properties = unknown
        return subscription_update

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


from ..models.budget import Budget
from ..models.marketplace_details import MarketplaceDetails
