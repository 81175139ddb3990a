from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryCommandMetadata")
_DeliveryCommandMetadata_MEMBERS: frozenset[str] = frozenset(
    (
        "revision",
        "timestamp",
    )
)


@_attrs_define
class DeliveryCommandMetadata:
    """
    Attributes:
        revision (int | Unset):
        timestamp (datetime.datetime | str | Unset): An ISO-8601 date and time. The document shows both zoned instants
            (`2021-06-24T00:54:40.029056Z`) and
            local date-times without a zone (`2023-12-14T21:36:51.847901`), sometimes for the same field.
    """

    revision: int | Unset = UNSET
    timestamp: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        timestamp: str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision is not UNSET:
            field_dict["revision"] = revision
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        revision = d.get("revision", UNSET)

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

        delivery_command_metadata = cls(
            revision=revision,
            timestamp=timestamp,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeliveryCommandMetadata_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeliveryCommandMetadata_MEMBERS}
        )
        delivery_command_metadata.additional_properties = unknown
        return delivery_command_metadata

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
