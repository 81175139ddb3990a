from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiToken")
_ApiToken_MEMBERS: frozenset[str] = frozenset(
    (
        "access_token",
        "access_token_expires_in",
        "refresh_token",
        "refresh_token_expires_in",
    )
)


@_attrs_define
class ApiToken:
    """An API access token and the means to refresh it.

    Attributes:
        access_token (str): The bearer token to send as `Authorization: Bearer ...`.
        access_token_expires_in (int): Seconds until the access token expires.
        refresh_token (str | Unset): The token with which to obtain a new access token.
        refresh_token_expires_in (int | Unset): Seconds until the refresh token expires.
    """

    access_token: str
    access_token_expires_in: int
    refresh_token: str | Unset = UNSET
    refresh_token_expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        access_token_expires_in = self.access_token_expires_in

        refresh_token = self.refresh_token

        refresh_token_expires_in = self.refresh_token_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "access_token_expires_in": access_token_expires_in,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if refresh_token_expires_in is not UNSET:
            field_dict["refresh_token_expires_in"] = refresh_token_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["access_token"]

        access_token_expires_in = d["access_token_expires_in"]

        refresh_token = d.get("refresh_token", UNSET)

        refresh_token_expires_in = d.get("refresh_token_expires_in", UNSET)

        api_token = cls(
            access_token=access_token,
            access_token_expires_in=access_token_expires_in,
            refresh_token=refresh_token,
            refresh_token_expires_in=refresh_token_expires_in,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ApiToken_MEMBERS
            else {key: value for key, value in d.items() if key not in _ApiToken_MEMBERS}
        )
        api_token.additional_properties = unknown
        return api_token

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
