from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, array_member, json_kind, model_repr, object_member

T = TypeVar("T", bound="ContractRates")
_ContractRates_MEMBERS: frozenset[str] = frozenset(("records",))


@_attrs_define
class ContractRates:
    """The rates of a company's active contract.

    Attributes:
        records (ContractRate | list[ContractRate]):
    """

    records: ContractRate | list[ContractRate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.records, list):
            records = []
            for records_type_0_item_data in self.records:
                records_type_0_item = records_type_0_item_data.to_dict()
                records.append(records_type_0_item)

        else:
            records = self.records.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_records(data: object) -> ContractRate | list[ContractRate]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                records_type_0 = []
                _records_type_0 = array_member(data, "records_type_0")
                for records_type_0_item_data in _records_type_0:
                    records_type_0_item = ContractRate.from_dict(
                        object_member(records_type_0_item_data, "records_type_0_item")
                    )

                    records_type_0.append(records_type_0_item)

                return records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("records", f"an object is due, the answer has {json_kind(data)}")
            records_type_1 = ContractRate.from_dict(object_member(data, "records_type_1"))

            return records_type_1

        records = _parse_records(d["records"])

        contract_rates = cls(
            records=records,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ContractRates_MEMBERS
            else {key: value for key, value in d.items() if key not in _ContractRates_MEMBERS}
        )
        contract_rates.additional_properties = unknown
        return contract_rates

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


from ..models.contract_rate import ContractRate
