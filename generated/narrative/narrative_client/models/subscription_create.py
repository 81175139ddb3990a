from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, model_repr, object_member
from ..models.cadence import Cadence
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")
_SubscriptionCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "budget",
        "details",
        "name",
        "description",
        "cadence",
    )
)


@_attrs_define
class SubscriptionCreate:
    """A new subscription.

    Attributes:
        budget (Budget): The most that may be spent in each period. Once spent, nothing more is transacted until the
            next period
            starts.
        details (DataStreamPurchaseDetails | MarketplaceDetails): What is bought: a data stream, or marketplace data by
            rules. Told apart by `type`.
        name (str): A human-friendly name.
        description (str | Unset): A human-friendly description.
        cadence (Cadence | Unset): How often the subscription runs.
    """

    budget: Budget
    details: DataStreamPurchaseDetails | MarketplaceDetails
    name: str
    description: str | Unset = UNSET
    cadence: Cadence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget.to_dict()

        details: dict[str, Any]
        if isinstance(self.details, DataStreamPurchaseDetails):
            details = self.details.to_dict()
        else:
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

        def _parse_details(data: object) -> DataStreamPurchaseDetails | MarketplaceDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_details_type_0 = DataStreamPurchaseDetails.from_dict(
                    object_member(data, "/components/schemas/PurchaseDetails_type_0")
                )

                return componentsschemas_purchase_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("details", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_purchase_details_type_1 = MarketplaceDetails.from_dict(
                object_member(data, "/components/schemas/PurchaseDetails_type_1")
            )

            return componentsschemas_purchase_details_type_1

        details = _parse_details(d["details"])

        name = d["name"]

        description = d.get("description", UNSET)

        _cadence = d.get("cadence", UNSET)
        cadence: Cadence | Unset
        if isinstance(_cadence, Unset):
            cadence = UNSET
        else:
            cadence = Cadence(_cadence)

        subscription_create = cls(
            budget=budget,
            details=details,
            name=name,
            description=description,
            cadence=cadence,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SubscriptionCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _SubscriptionCreate_MEMBERS}
        )
        subscription_create.additional_properties = unknown
        return subscription_create

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
from ..models.data_stream_purchase_details import DataStreamPurchaseDetails
from ..models.marketplace_details import MarketplaceDetails
