from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionCreate")
_ConnectionCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "dataset_id",
        "profile_id",
        "quick_settings",
    )
)


@_attrs_define
class ConnectionCreate:
    """A new connection.

    Attributes:
        dataset_id (int | Unset): The dataset to deliver from.
        profile_id (UUID | Unset): The app profile to deliver with.
        quick_settings (QuickSettings | Unset): Ad-hoc settings of a delivery; their keys are defined by the connector
            app's manifest.
    """

    dataset_id: int | Unset = UNSET
    profile_id: UUID | Unset = UNSET
    quick_settings: QuickSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        profile_id: str | Unset = UNSET
        if not isinstance(self.profile_id, Unset):
            profile_id = str(self.profile_id)

        quick_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_settings, Unset):
            quick_settings = self.quick_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if quick_settings is not UNSET:
            field_dict["quick_settings"] = quick_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d.get("dataset_id", UNSET)

        _profile_id = d.get("profile_id", UNSET)
        profile_id: UUID | Unset
        if isinstance(_profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = UUID(_profile_id)

        _quick_settings = d.get("quick_settings", UNSET)
        quick_settings: QuickSettings | Unset
        if isinstance(_quick_settings, Unset):
            quick_settings = UNSET
        else:
            quick_settings = QuickSettings.from_dict(object_member(_quick_settings, "quick_settings"))

        connection_create = cls(
            dataset_id=dataset_id,
            profile_id=profile_id,
            quick_settings=quick_settings,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ConnectionCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ConnectionCreate_MEMBERS}
        )
        connection_create.additional_properties = unknown
        return connection_create

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
