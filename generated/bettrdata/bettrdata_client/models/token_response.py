from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="TokenResponse")
_TokenResponse_MEMBERS: frozenset[str] = frozenset(
    (
        "token",
        "expires_in",
    )
)


@_attrs_define
class TokenResponse:
    """BettrData's sign-in answer, as documented.

    Attributes:
        token (str): The bearer token to send in `Authorization`. Treat it as opaque.
        expires_in (int): Seconds until the token expires (3600 in practice).
    """

    token: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]

        expires_in = d["expires_in"]

        token_response = cls(
            token=token,
            expires_in=expires_in,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _TokenResponse_MEMBERS
            else {key: value for key, value in d.items() if key not in _TokenResponse_MEMBERS}
        )
        token_response.additional_properties = unknown
        return token_response

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
