from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CognitoAuthenticationResult")
_CognitoAuthenticationResult_MEMBERS: frozenset[str] = frozenset(
    (
        "AccessToken",
        "ExpiresIn",
        "TokenType",
        "RefreshToken",
        "IdToken",
    )
)


@_attrs_define
class CognitoAuthenticationResult:
    """The tokens Cognito issued.

    Attributes:
        access_token (str): The access token, sent as the bearer token.
        expires_in (int): Seconds until the access token expires.
        token_type (str): Always `Bearer`.
        refresh_token (str | Unset): A token that obtains new access tokens without the password.
        id_token (str | Unset): The user's identity token.
    """

    access_token: str
    expires_in: int
    token_type: str
    refresh_token: str | Unset = UNSET
    id_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        refresh_token = self.refresh_token

        id_token = self.id_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccessToken": access_token,
                "ExpiresIn": expires_in,
                "TokenType": token_type,
            }
        )
        if refresh_token is not UNSET:
            field_dict["RefreshToken"] = refresh_token
        if id_token is not UNSET:
            field_dict["IdToken"] = id_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_token = d["AccessToken"]

        expires_in = d["ExpiresIn"]

        token_type = d["TokenType"]

        refresh_token = d.get("RefreshToken", UNSET)

        id_token = d.get("IdToken", UNSET)

        cognito_authentication_result = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            refresh_token=refresh_token,
            id_token=id_token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CognitoAuthenticationResult_MEMBERS
            else {key: value for key, value in d.items() if key not in _CognitoAuthenticationResult_MEMBERS}
        )
        cognito_authentication_result.additional_properties = unknown
        return cognito_authentication_result

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
