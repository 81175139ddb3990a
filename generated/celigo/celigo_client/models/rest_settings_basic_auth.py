from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestSettingsBasicAuth")
_RestSettingsBasicAuth_MEMBERS: frozenset[str] = frozenset(
    (
        "username",
        "password",
    )
)


@_attrs_define
class RestSettingsBasicAuth:
    """HTTP Basic credentials, when `authType` is `basic`.

    Attributes:
        username (str | Unset): The user name.
        password (str | Unset): The password (a secret, answered masked).
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ["password"])

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        username = d.get("username", UNSET)

        password = d.get("password", UNSET)

        rest_settings_basic_auth = cls(
            username=username,
            password=password,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RestSettingsBasicAuth_MEMBERS
            else {key: value for key, value in d.items() if key not in _RestSettingsBasicAuth_MEMBERS}
        )
        rest_settings_basic_auth.additional_properties = unknown
        return rest_settings_basic_auth

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
