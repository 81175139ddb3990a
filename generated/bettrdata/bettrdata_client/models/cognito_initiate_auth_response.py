from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="CognitoInitiateAuthResponse")
_CognitoInitiateAuthResponse_MEMBERS: frozenset[str] = frozenset(("AuthenticationResult",))


@_attrs_define
class CognitoInitiateAuthResponse:
    """Cognito's `InitiateAuth` answer when sign-in completed without a challenge.

    Attributes:
        authentication_result (CognitoAuthenticationResult): The tokens Cognito issued.
    """

    authentication_result: CognitoAuthenticationResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        authentication_result = self.authentication_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AuthenticationResult": authentication_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        authentication_result = CognitoAuthenticationResult.from_dict(
            object_member(d["AuthenticationResult"], "AuthenticationResult")
        )

        cognito_initiate_auth_response = cls(
            authentication_result=authentication_result,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CognitoInitiateAuthResponse_MEMBERS
            else {key: value for key, value in d.items() if key not in _CognitoInitiateAuthResponse_MEMBERS}
        )
        cognito_initiate_auth_response.additional_properties = unknown
        return cognito_initiate_auth_response

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


from ..models.cognito_authentication_result import CognitoAuthenticationResult
