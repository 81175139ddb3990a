from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractCreate")
_ContractCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "start",
        "end",
        "payment_method",
        "rates",
        "internal_notes",
        "revision_notes",
    )
)


@_attrs_define
class ContractCreate:
    """A new contract.

    Attributes:
        company_id (int): The company the contract is with.
        start (datetime.datetime | Unset): When the contract starts; by default, now (inferred: the document's sentence
            is cut off).
        end (datetime.datetime | Unset): When the contract ends, if it does.
        payment_method (PaymentMethod | Unset): How a company pays.
        rates (list[ContractRateRequest] | Unset): The contract's rates, if any.
        internal_notes (str | Unset): Internal notes on the contract.
        revision_notes (str | Unset): Internal notes on this revision.
    """

    company_id: int
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    rates: list[ContractRateRequest] | Unset = UNSET
    internal_notes: str | Unset = UNSET
    revision_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        internal_notes = self.internal_notes

        revision_notes = self.revision_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if rates is not UNSET:
            field_dict["rates"] = rates
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if revision_notes is not UNSET:
            field_dict["revision_notes"] = revision_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        company_id = d["company_id"]

        _start = d.get("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.get("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        _payment_method = d.get("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(object_member(_payment_method, "payment_method"))

        _rates = d.get("rates", UNSET)
        rates: list[ContractRateRequest] | Unset = UNSET
        if _rates is not UNSET:
            rates = []
            for rates_item_data in array_member(_rates, "rates"):
                rates_item = ContractRateRequest.from_dict(object_member(rates_item_data, "rates_item"))

                rates.append(rates_item)

        internal_notes = d.get("internal_notes", UNSET)

        revision_notes = d.get("revision_notes", UNSET)

        contract_create = cls(
            company_id=company_id,
            start=start,
            end=end,
            payment_method=payment_method,
            rates=rates,
            internal_notes=internal_notes,
            revision_notes=revision_notes,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ContractCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ContractCreate_MEMBERS}
        )
        contract_create.additional_properties = unknown
        return contract_create

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


from ..models.contract_rate_request import ContractRateRequest
from ..models.payment_method import PaymentMethod
