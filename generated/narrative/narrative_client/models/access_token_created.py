from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenCreated")
_AccessTokenCreated_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "access_token",
        "permissions",
        "expires_at",
    )
)


@_attrs_define
class AccessTokenCreated:
    """A new system access token, with its secret (shown only once).

    Attributes:
        id (UUID): The token's identifier.
        name (str):
        access_token (str): The token's secret, to send as a bearer token.
        permissions (list[Permission] | Unset):
        expires_at (str | Unset): When the token expires. The document types this "string or string" without naming the
            two variants; its
            examples are ISO-8601 instants.
    """

    id: UUID
    name: str
    access_token: str
    permissions: list[Permission] | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        access_token = self.access_token

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "access_token": access_token,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        access_token = d["access_token"]

        _permissions = d.get("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in array_member(_permissions, "permissions"):
                permissions_item = Permission.from_dict(object_member(permissions_item_data, "permissions_item"))

                permissions.append(permissions_item)

        expires_at = d.get("expires_at", UNSET)

        access_token_created = cls(
            id=id,
            name=name,
            access_token=access_token,
            permissions=permissions,
            expires_at=expires_at,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AccessTokenCreated_MEMBERS
            else {key: value for key, value in d.items() if key not in _AccessTokenCreated_MEMBERS}
        )
        access_token_created.additional_properties = unknown
        return access_token_created

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
