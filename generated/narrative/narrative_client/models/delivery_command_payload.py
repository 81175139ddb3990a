from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryCommandPayload")
_DeliveryCommandPayload_MEMBERS: frozenset[str] = frozenset(
    (
        "subscriptionId",
        "transactionBatchId",
        "profileId",
        "quickSettings",
    )
)


@_attrs_define
class DeliveryCommandPayload:
    """
    Attributes:
        subscription_id (UUID | Unset):
        transaction_batch_id (UUID | Unset):
        profile_id (UUID | Unset):
        quick_settings (QuickSettings | Unset): Ad-hoc settings of a delivery; their keys are defined by the connector
            app's manifest.
    """

    subscription_id: UUID | Unset = UNSET
    transaction_batch_id: UUID | Unset = UNSET
    profile_id: UUID | Unset = UNSET
    quick_settings: QuickSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        subscription_id: str | Unset = UNSET
        if not isinstance(self.subscription_id, Unset):
            subscription_id = str(self.subscription_id)

        transaction_batch_id: str | Unset = UNSET
        if not isinstance(self.transaction_batch_id, Unset):
            transaction_batch_id = str(self.transaction_batch_id)

        profile_id: str | Unset = UNSET
        if not isinstance(self.profile_id, Unset):
            profile_id = str(self.profile_id)

        quick_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_settings, Unset):
            quick_settings = self.quick_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if transaction_batch_id is not UNSET:
            field_dict["transactionBatchId"] = transaction_batch_id
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if quick_settings is not UNSET:
            field_dict["quickSettings"] = quick_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _subscription_id = d.get("subscriptionId", UNSET)
        subscription_id: UUID | Unset
        if isinstance(_subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = UUID(_subscription_id)

        _transaction_batch_id = d.get("transactionBatchId", UNSET)
        transaction_batch_id: UUID | Unset
        if isinstance(_transaction_batch_id, Unset):
            transaction_batch_id = UNSET
        else:
            transaction_batch_id = UUID(_transaction_batch_id)

        _profile_id = d.get("profileId", UNSET)
        profile_id: UUID | Unset
        if isinstance(_profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = UUID(_profile_id)

        _quick_settings = d.get("quickSettings", UNSET)
        quick_settings: QuickSettings | Unset
        if isinstance(_quick_settings, Unset):
            quick_settings = UNSET
        else:
            quick_settings = QuickSettings.from_dict(object_member(_quick_settings, "quickSettings"))

        delivery_command_payload = cls(
            subscription_id=subscription_id,
            transaction_batch_id=transaction_batch_id,
            profile_id=profile_id,
            quick_settings=quick_settings,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeliveryCommandPayload_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeliveryCommandPayload_MEMBERS}
        )
        delivery_command_payload.additional_properties = unknown
        return delivery_command_payload

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


from ..models.quick_settings import QuickSettings
