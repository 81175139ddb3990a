from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccessTokenBody")
_UpdateAccessTokenBody_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "permissions",
        "expires_at",
    )
)


@_attrs_define
class UpdateAccessTokenBody:
    """The token's fields to change.

    Attributes:
        name (str | Unset):
        permissions (list[Permission] | Unset):
        expires_at (str | Unset):
    """

    name: str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        _permissions = d.get("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in array_member(_permissions, "permissions"):
                permissions_item = Permission.from_dict(object_member(permissions_item_data, "permissions_item"))

                permissions.append(permissions_item)

        expires_at = d.get("expires_at", UNSET)

        update_access_token_body = cls(
            name=name,
            permissions=permissions,
            expires_at=expires_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _UpdateAccessTokenBody_MEMBERS
            else {key: value for key, value in d.items() if key not in _UpdateAccessTokenBody_MEMBERS}
        )
        update_access_token_body.additional_properties = unknown
        return update_access_token_body

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


from ..models.permission import Permission
