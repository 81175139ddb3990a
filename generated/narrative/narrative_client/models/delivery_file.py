from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryFile")
_DeliveryFile_MEMBERS: frozenset[str] = frozenset(
    (
        "file",
        "company_id",
        "size",
        "subscription_id",
        "transaction_batch_id",
        "timestamp",
    )
)


@_attrs_define
class DeliveryFile:
    """A delivered file.

    Attributes:
        file (str):
        company_id (int | Unset):
        size (int | Unset): Bytes.
        subscription_id (UUID | Unset):
        transaction_batch_id (UUID | Unset):
        timestamp (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    file: str
    company_id: int | Unset = UNSET
    size: int | Unset = UNSET
    subscription_id: UUID | Unset = UNSET
    transaction_batch_id: UUID | Unset = UNSET
    timestamp: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        company_id = self.company_id

        size = self.size

        subscription_id: str | Unset = UNSET
        if not isinstance(self.subscription_id, Unset):
            subscription_id = str(self.subscription_id)

        transaction_batch_id: str | Unset = UNSET
        if not isinstance(self.transaction_batch_id, Unset):
            transaction_batch_id = str(self.transaction_batch_id)

        timestamp: str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if size is not UNSET:
            field_dict["size"] = size
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if transaction_batch_id is not UNSET:
            field_dict["transaction_batch_id"] = transaction_batch_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file = d["file"]

        company_id = d.get("company_id", UNSET)

        size = d.get("size", UNSET)

        _subscription_id = d.get("subscription_id", UNSET)
        subscription_id: UUID | Unset
        if isinstance(_subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = UUID(_subscription_id)

        _transaction_batch_id = d.get("transaction_batch_id", UNSET)
        transaction_batch_id: UUID | Unset
        if isinstance(_transaction_batch_id, Unset):
            transaction_batch_id = UNSET
        else:
            transaction_batch_id = UUID(_transaction_batch_id)

        def _parse_timestamp(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | str | Unset", json_member(data, "timestamp", (str,)))

        timestamp = _parse_timestamp(d.get("timestamp", UNSET))

        delivery_file = cls(
            file=file,
            company_id=company_id,
            size=size,
            subscription_id=subscription_id,
            transaction_batch_id=transaction_batch_id,
            timestamp=timestamp,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeliveryFile_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeliveryFile_MEMBERS}
        )
        delivery_file.additional_properties = unknown
        return delivery_file

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
