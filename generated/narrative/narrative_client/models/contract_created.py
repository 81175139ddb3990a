from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractCreated")
_ContractCreated_MEMBERS: frozenset[str] = frozenset(
    (
        "createdContract",
        "createdRates",
    )
)


@_attrs_define
class ContractCreated:
    """The contract revision created and its rates.

    Attributes:
        created_contract (Contract): One revision of a company's contract.
        created_rates (list[ContractRate] | Unset):
    """

    created_contract: Contract
    created_rates: list[ContractRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_contract = self.created_contract.to_dict()

        created_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created_rates, Unset):
            created_rates = []
            for created_rates_item_data in self.created_rates:
                created_rates_item = created_rates_item_data.to_dict()
                created_rates.append(created_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdContract": created_contract,
            }
        )
        if created_rates is not UNSET:
            field_dict["createdRates"] = created_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_contract = Contract.from_dict(object_member(d["createdContract"], "createdContract"))

        _created_rates = d.get("createdRates", UNSET)
        created_rates: list[ContractRate] | Unset = UNSET
        if _created_rates is not UNSET:
            created_rates = []
            for created_rates_item_data in array_member(_created_rates, "createdRates"):
                created_rates_item = ContractRate.from_dict(object_member(created_rates_item_data, "createdRates_item"))

                created_rates.append(created_rates_item)

        contract_created = cls(
            created_contract=created_contract,
            created_rates=created_rates,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ContractCreated_MEMBERS
            else {key: value for key, value in d.items() if key not in _ContractCreated_MEMBERS}
        )
        contract_created.additional_properties = unknown
        return contract_created

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
from ..models.contract_rate import ContractRate
