from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import MemberTypeError, json_kind, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationStatusRequest")
_RegistrationStatusRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "stytch_token",
        "session_duration_minutes",
    )
)


@_attrs_define
class RegistrationStatusRequest:
    """A Stytch token to check.

    Attributes:
        stytch_token (MagicLinksToken | OAuthToken): A Stytch Magic Links or OAuth token, told apart by `token_type`.
        session_duration_minutes (int | Unset): How long the Stytch session to create lasts, in minutes.
    """

    stytch_token: MagicLinksToken | OAuthToken
    session_duration_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stytch_token: dict[str, Any]
        if isinstance(self.stytch_token, MagicLinksToken):
            stytch_token = self.stytch_token.to_dict()
        else:
            stytch_token = self.stytch_token.to_dict()

        session_duration_minutes = self.session_duration_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stytch_token": stytch_token,
            }
        )
        if session_duration_minutes is not UNSET:
            field_dict["session_duration_minutes"] = session_duration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_stytch_token(data: object) -> MagicLinksToken | OAuthToken:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stytch_token_type_0 = MagicLinksToken.from_dict(
                    object_member(data, "/components/schemas/StytchToken_type_0")
                )

                return componentsschemas_stytch_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("stytch_token", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_stytch_token_type_1 = OAuthToken.from_dict(
                object_member(data, "/components/schemas/StytchToken_type_1")
            )

            return componentsschemas_stytch_token_type_1

        stytch_token = _parse_stytch_token(d["stytch_token"])

        session_duration_minutes = d.get("session_duration_minutes", UNSET)

        registration_status_request = cls(
            stytch_token=stytch_token,
            session_duration_minutes=session_duration_minutes,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _RegistrationStatusRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _RegistrationStatusRequest_MEMBERS}
        )
        registration_status_request.additional_properties = unknown
        return registration_status_request

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


from ..models.magic_links_token import MagicLinksToken
from ..models.o_auth_token import OAuthToken
