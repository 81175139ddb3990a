from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenAuthParameters")
_TokenAuthParameters_MEMBERS: frozenset[str] = frozenset(
    (
        "USERNAME",
        "PASSWORD",
        "SECRET_HASH",
    )
)


@_attrs_define
class TokenAuthParameters:
    """The user's credentials.

    Attributes:
        username (str): The user's sign-in name, usually an email address.
        password (str): The user's password.
        secret_hash (str | Unset): Base64 of HMAC-SHA256(client secret, USERNAME + ClientId). Needed only when the app
            client has a
            secret (Cognito's rule; not in the document).
    """

    username: str
    password: str
    secret_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ["password"])

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        secret_hash = self.secret_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "USERNAME": username,
                "PASSWORD": password,
            }
        )
        if secret_hash is not UNSET:
            field_dict["SECRET_HASH"] = secret_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        username = d["USERNAME"]

        password = d["PASSWORD"]

        secret_hash = d.get("SECRET_HASH", UNSET)

        token_auth_parameters = cls(
            username=username,
            password=password,
            secret_hash=secret_hash,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _TokenAuthParameters_MEMBERS
            else {key: value for key, value in d.items() if key not in _TokenAuthParameters_MEMBERS}
        )
        token_auth_parameters.additional_properties = unknown
        return token_auth_parameters

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
