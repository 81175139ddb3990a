from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="ContractWithDetails")
_ContractWithDetails_MEMBERS: frozenset[str] = frozenset(
    (
        "contract",
        "rates",
    )
)


@_attrs_define
class ContractWithDetails:
    """A contract revision and its rates.

    Attributes:
        contract (Contract): One revision of a company's contract.
        rates (list[ContractRateDetail]):
    """

    contract: Contract
    rates: list[ContractRateDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract.to_dict()

        rates = []
        for rates_item_data in self.rates:
            rates_item = rates_item_data.to_dict()
            rates.append(rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract": contract,
                "rates": rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        contract = Contract.from_dict(object_member(d["contract"], "contract"))

        rates = []
        _rates = array_member(d["rates"], "rates")
        for rates_item_data in _rates:
            rates_item = ContractRateDetail.from_dict(object_member(rates_item_data, "rates_item"))

            rates.append(rates_item)

        contract_with_details = cls(
            contract=contract,
            rates=rates,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ContractWithDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _ContractWithDetails_MEMBERS}
        )
        contract_with_details.additional_properties = unknown
        return contract_with_details

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


from ..models.contract import Contract
from ..models.contract_rate_detail import ContractRateDetail
