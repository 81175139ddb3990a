from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceDetails")
_MarketplaceDetails_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "company_constraint",
        "data_rules",
        "pricing",
    )
)


@_attrs_define
class MarketplaceDetails:
    """A purchase on the marketplace, by rules over attributes.

    Attributes:
        type_ (Literal['marketplace']):
        company_constraint (CompanyConstraint | Unset): A constraint naming which companies something applies to, or
            does not apply to.
        data_rules (DataRules | Unset): How data is selected, filtered, de-duplicated and exported by a data stream or
            subscription.
        pricing (MarketplaceDetailsPricing | Unset):
    """

    type_: Literal["marketplace"]
    company_constraint: CompanyConstraint | Unset = UNSET
    data_rules: DataRules | Unset = UNSET
    pricing: MarketplaceDetailsPricing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        company_constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_constraint, Unset):
            company_constraint = self.company_constraint.to_dict()

        data_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_rules, Unset):
            data_rules = self.data_rules.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if company_constraint is not UNSET:
            field_dict["company_constraint"] = company_constraint
        if data_rules is not UNSET:
            field_dict["data_rules"] = data_rules
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["marketplace"], d["type"])
        if type_ != "marketplace":
            raise ValueError(f"type must match const 'marketplace', got '{type_}'")

        _company_constraint = d.get("company_constraint", UNSET)
        company_constraint: CompanyConstraint | Unset
        if isinstance(_company_constraint, Unset):
            company_constraint = UNSET
        else:
            company_constraint = CompanyConstraint.from_dict(object_member(_company_constraint, "company_constraint"))

        _data_rules = d.get("data_rules", UNSET)
        data_rules: DataRules | Unset
        if isinstance(_data_rules, Unset):
            data_rules = UNSET
        else:
            data_rules = DataRules.from_dict(object_member(_data_rules, "data_rules"))

        _pricing = d.get("pricing", UNSET)
        pricing: MarketplaceDetailsPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = MarketplaceDetailsPricing.from_dict(object_member(_pricing, "pricing"))

        marketplace_details = cls(
            type_=type_,
            company_constraint=company_constraint,
            data_rules=data_rules,
            pricing=pricing,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MarketplaceDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _MarketplaceDetails_MEMBERS}
        )
        marketplace_details.additional_properties = unknown
        return marketplace_details

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


from ..models.company_constraint import CompanyConstraint
from ..models.data_rules import DataRules
from ..models.marketplace_details_pricing import MarketplaceDetailsPricing
