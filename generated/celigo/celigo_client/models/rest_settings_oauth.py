from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestSettingsOauth")
_RestSettingsOauth_MEMBERS: frozenset[str] = frozenset(
    (
        "clientId",
        "clientSecret",
        "accessToken",
        "refreshToken",
    )
)


@_attrs_define
class RestSettingsOauth:
    """OAuth 2.0 client credentials and tokens, when `authType` is `oauth`.

    Attributes:
        client_id (str | Unset): The OAuth 2.0 client identifier.
        client_secret (str | Unset): The OAuth 2.0 client secret (a secret, answered masked).
        access_token (str | Unset): The OAuth 2.0 access token (a secret, answered masked).
        refresh_token (str | Unset): The OAuth 2.0 refresh token (a secret, answered masked).
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ["access_token", "client_secret", "refresh_token"])

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        access_token = self.access_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d.get("clientId", UNSET)

        client_secret = d.get("clientSecret", UNSET)

        access_token = d.get("accessToken", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        rest_settings_oauth = cls(
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            refresh_token=refresh_token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RestSettingsOauth_MEMBERS
            else {key: value for key, value in d.items() if key not in _RestSettingsOauth_MEMBERS}
        )
        rest_settings_oauth.additional_properties = unknown
        return rest_settings_oauth

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
