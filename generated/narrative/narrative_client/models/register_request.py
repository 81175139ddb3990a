from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterRequest")
_RegisterRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "stytch_session_token",
        "company_name",
        "name",
    )
)


@_attrs_define
class RegisterRequest:
    """A new user and company.

    Attributes:
        stytch_session_token (str): The Stytch session token.
        company_name (str): The name of the user's company.
        name (str | Unset): The user's name.
    """

    stytch_session_token: str
    company_name: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stytch_session_token = self.stytch_session_token

        company_name = self.company_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stytch_session_token": stytch_session_token,
                "company_name": company_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        stytch_session_token = d["stytch_session_token"]

        company_name = d["company_name"]

        name = d.get("name", UNSET)

        register_request = cls(
            stytch_session_token=stytch_session_token,
            company_name=company_name,
            name=name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RegisterRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _RegisterRequest_MEMBERS}
        )
        register_request.additional_properties = unknown
        return register_request

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
