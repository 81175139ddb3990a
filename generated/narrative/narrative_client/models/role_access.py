from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAccess")
_RoleAccess_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "external_id",
    )
)


@_attrs_define
class RoleAccess:
    """Access by an assumed IAM role.

    Attributes:
        type_ (Literal['role']):
        external_id (str | Unset): The external id to assume the role with.
    """

    type_: Literal["role"]
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["role"], d["type"])
        if type_ != "role":
            raise ValueError(f"type must match const 'role', got '{type_}'")

        external_id = d.get("external_id", UNSET)

        role_access = cls(
            type_=type_,
            external_id=external_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RoleAccess_MEMBERS
            else {key: value for key, value in d.items() if key not in _RoleAccess_MEMBERS}
        )
        role_access.additional_properties = unknown
        return role_access

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
