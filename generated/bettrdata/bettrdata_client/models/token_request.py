from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.token_request_auth_flow import TokenRequestAuthFlow

T = TypeVar("T", bound="TokenRequest")
_TokenRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "AuthFlow",
        "ClientId",
        "AuthParameters",
    )
)


@_attrs_define
class TokenRequest:
    """A Cognito `InitiateAuth` request for the user-password flow.

    Attributes:
        auth_flow (TokenRequestAuthFlow): The sign-in flow. Only the user-password flow is documented.
        client_id (str): The Cognito app client ID that BettrData issued to the organisation.
        auth_parameters (TokenAuthParameters): The user's credentials.
    """

    auth_flow: TokenRequestAuthFlow
    client_id: str
    auth_parameters: TokenAuthParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        auth_flow = self.auth_flow.value

        client_id = self.client_id

        auth_parameters = self.auth_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AuthFlow": auth_flow,
                "ClientId": client_id,
                "AuthParameters": auth_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_flow = TokenRequestAuthFlow(d["AuthFlow"])

        client_id = d["ClientId"]

        auth_parameters = TokenAuthParameters.from_dict(object_member(d["AuthParameters"], "AuthParameters"))

        token_request = cls(
            auth_flow=auth_flow,
            client_id=client_id,
            auth_parameters=auth_parameters,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _TokenRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _TokenRequest_MEMBERS}
        )
        token_request.additional_properties = unknown
        return token_request

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


from ..models.token_auth_parameters import TokenAuthParameters
