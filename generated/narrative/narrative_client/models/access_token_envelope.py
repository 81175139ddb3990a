from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="AccessTokenEnvelope")
_AccessTokenEnvelope_MEMBERS: frozenset[str] = frozenset(("record",))


@_attrs_define
class AccessTokenEnvelope:
    """One system access token.

    Attributes:
        record (AccessToken): A system access token, without its secret.
    """

    record: AccessToken
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        record = AccessToken.from_dict(object_member(d["record"], "record"))

        access_token_envelope = cls(
            record=record,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AccessTokenEnvelope_MEMBERS
            else {key: value for key, value in d.items() if key not in _AccessTokenEnvelope_MEMBERS}
        )
        access_token_envelope.additional_properties = unknown
        return access_token_envelope

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


from ..models.access_token import AccessToken
