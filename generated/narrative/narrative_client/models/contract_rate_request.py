from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractRateRequest")
_ContractRateRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "rate",
        "product_id",
        "sku",
        "end",
    )
)


@_attrs_define
class ContractRateRequest:
    """A rate to set on a contract, for a product given by id or SKU.

    Attributes:
        rate (Rate): A rate.
        product_id (UUID | Unset):
        sku (str | Unset):
        end (datetime.datetime | Unset):
    """

    rate: Rate
    product_id: UUID | Unset = UNSET
    sku: str | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate.to_dict()

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        sku = self.sku

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
            }
        )
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rate = Rate.from_dict(object_member(d["rate"], "rate"))

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset
        if isinstance(_product_id, Unset):
            product_id = UNSET
        else:
            product_id = UUID(_product_id)

        sku = d.get("sku", UNSET)

        _end = d.get("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        contract_rate_request = cls(
            rate=rate,
            product_id=product_id,
            sku=sku,
            end=end,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ContractRateRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _ContractRateRequest_MEMBERS}
        )
        contract_rate_request.additional_properties = unknown
        return contract_rate_request

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


from ..models.rate import Rate
