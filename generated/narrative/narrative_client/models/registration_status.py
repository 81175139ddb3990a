from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationStatus")
_RegistrationStatus_MEMBERS: frozenset[str] = frozenset(
    (
        "status",
        "stytch_session_token",
        "stytch_session_jwt",
    )
)


@_attrs_define
class RegistrationStatus:
    """The user's registration status and a Stytch session.

    Attributes:
        status (str): Whether the user is fully registered on Narrative.
        stytch_session_token (str | Unset): A Stytch session token for the login and register operations.
        stytch_session_jwt (str | Unset): The same session as a JWT.
    """

    status: str
    stytch_session_token: str | Unset = UNSET
    stytch_session_jwt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        stytch_session_token = self.stytch_session_token

        stytch_session_jwt = self.stytch_session_jwt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if stytch_session_token is not UNSET:
            field_dict["stytch_session_token"] = stytch_session_token
        if stytch_session_jwt is not UNSET:
            field_dict["stytch_session_jwt"] = stytch_session_jwt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]

        stytch_session_token = d.get("stytch_session_token", UNSET)

        stytch_session_jwt = d.get("stytch_session_jwt", UNSET)

        registration_status = cls(
            status=status,
            stytch_session_token=stytch_session_token,
            stytch_session_jwt=stytch_session_jwt,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RegistrationStatus_MEMBERS
            else {key: value for key, value in d.items() if key not in _RegistrationStatus_MEMBERS}
        )
        registration_status.additional_properties = unknown
        return registration_status

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
