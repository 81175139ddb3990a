from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="OAuthToken")
_OAuthToken_MEMBERS: frozenset[str] = frozenset(
    (
        "token_type",
        "token",
    )
)


@_attrs_define
class OAuthToken:
    """A Stytch OAuth token.

    Attributes:
        token_type (Literal['oauth']):
        token (str): The OAuth token.
    """

    token_type: Literal["oauth"]
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_type": token_type,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token_type = cast(Literal["oauth"], d["token_type"])
        if token_type != "oauth":
            raise ValueError(f"token_type must match const 'oauth', got '{token_type}'")

        token = d["token"]

        o_auth_token = cls(
            token_type=token_type,
            token=token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _OAuthToken_MEMBERS
            else {key: value for key, value in d.items() if key not in _OAuthToken_MEMBERS}
        )
        o_auth_token.additional_properties = unknown
        return o_auth_token

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
