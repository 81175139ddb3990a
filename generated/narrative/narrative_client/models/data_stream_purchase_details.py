from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStreamPurchaseDetails")
_DataStreamPurchaseDetails_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "data_stream_id",
        "offer_id",
        "data_shop_id",
    )
)


@_attrs_define
class DataStreamPurchaseDetails:
    """The purchase of a data stream.

    Attributes:
        type_ (Literal['data_stream']):
        data_stream_id (UUID): The data stream bought.
        offer_id (UUID): The offer accepted.
        data_shop_id (str | Unset): The data shop, by hostname or id (`HostnameOrDataShopId`).
    """

    type_: Literal["data_stream"]
    data_stream_id: UUID
    offer_id: UUID
    data_shop_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data_stream_id = str(self.data_stream_id)

        offer_id = str(self.offer_id)

        data_shop_id = self.data_shop_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data_stream_id": data_stream_id,
                "offer_id": offer_id,
            }
        )
        if data_shop_id is not UNSET:
            field_dict["data_shop_id"] = data_shop_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["data_stream"], d["type"])
        if type_ != "data_stream":
            raise ValueError(f"type must match const 'data_stream', got '{type_}'")

        data_stream_id = UUID(d["data_stream_id"])

        offer_id = UUID(d["offer_id"])

        data_shop_id = d.get("data_shop_id", UNSET)

        data_stream_purchase_details = cls(
            type_=type_,
            data_stream_id=data_stream_id,
            offer_id=offer_id,
            data_shop_id=data_shop_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DataStreamPurchaseDetails_MEMBERS
            else {key: value for key, value in d.items() if key not in _DataStreamPurchaseDetails_MEMBERS}
        )
        data_stream_purchase_details.additional_properties = unknown
        return data_stream_purchase_details

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
