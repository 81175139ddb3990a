from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")
_OAuthTokenRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "grant_type",
        "client_id",
        "refresh_token",
    )
)


@_attrs_define
class OAuthTokenRequest:
    """The form of `POST /oauth/token`.

    Attributes:
        grant_type (OAuthTokenRequestGrantType): `client_credentials` to obtain a token, `refresh_token` to refresh one.
        client_id (str | Unset): The client identifier Narrative issued.
        refresh_token (str | Unset): The refresh token; required when `grant_type` is `refresh_token`.
    """

    grant_type: OAuthTokenRequestGrantType
    client_id: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        grant_type = OAuthTokenRequestGrantType(d["grant_type"])

        client_id = d.get("client_id", UNSET)

        refresh_token = d.get("refresh_token", UNSET)

        o_auth_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            refresh_token=refresh_token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _OAuthTokenRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _OAuthTokenRequest_MEMBERS}
        )
        o_auth_token_request.additional_properties = unknown
        return o_auth_token_request

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
