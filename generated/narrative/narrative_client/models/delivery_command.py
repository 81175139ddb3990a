from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryCommand")
_DeliveryCommand_MEMBERS: frozenset[str] = frozenset(
    (
        "payload_type",
        "payload",
        "metadata",
    )
)


@_attrs_define
class DeliveryCommand:
    """A command to a connector app to deliver data.

    Attributes:
        payload_type (str):
        payload (DeliveryCommandPayload):
        metadata (DeliveryCommandMetadata | Unset):
    """

    payload_type: str
    payload: DeliveryCommandPayload
    metadata: DeliveryCommandMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payload_type = self.payload_type

        payload = self.payload.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload_type": payload_type,
                "payload": payload,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        payload_type = d["payload_type"]

        payload = DeliveryCommandPayload.from_dict(object_member(d["payload"], "payload"))

        _metadata = d.get("metadata", UNSET)
        metadata: DeliveryCommandMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DeliveryCommandMetadata.from_dict(object_member(_metadata, "metadata"))

        delivery_command = cls(
            payload_type=payload_type,
            payload=payload,
            metadata=metadata,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeliveryCommand_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeliveryCommand_MEMBERS}
        )
        delivery_command.additional_properties = unknown
        return delivery_command

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


from ..models.delivery_command_metadata import DeliveryCommandMetadata
from ..models.delivery_command_payload import DeliveryCommandPayload
