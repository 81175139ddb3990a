from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginResult")
_LoginResult_MEMBERS: frozenset[str] = frozenset(
    (
        "user",
        "api_token",
        "legacy_token",
    )
)


@_attrs_define
class LoginResult:
    """The signed-in user and an API token.

    Attributes:
        user (User): A signed-in user.
        api_token (ApiToken): An API access token and the means to refresh it.
        legacy_token (str | Unset): A token for Narrative's older API.
    """

    user: User
    api_token: ApiToken
    legacy_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        api_token = self.api_token.to_dict()

        legacy_token = self.legacy_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "api_token": api_token,
            }
        )
        if legacy_token is not UNSET:
            field_dict["legacy_token"] = legacy_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user = User.from_dict(object_member(d["user"], "user"))

        api_token = ApiToken.from_dict(object_member(d["api_token"], "api_token"))

        legacy_token = d.get("legacy_token", UNSET)

        login_result = cls(
            user=user,
            api_token=api_token,
            legacy_token=legacy_token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _LoginResult_MEMBERS
            else {key: value for key, value in d.items() if key not in _LoginResult_MEMBERS}
        )
        login_result.additional_properties = unknown
        return login_result

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


from ..models.api_token import ApiToken
from ..models.user import User
