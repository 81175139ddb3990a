from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="MagicLinksToken")
_MagicLinksToken_MEMBERS: frozenset[str] = frozenset(
    (
        "token_type",
        "token",
    )
)


@_attrs_define
class MagicLinksToken:
    """A Stytch Magic Links token.

    Attributes:
        token_type (Literal['magiclinks']):
        token (str): The Magic Links token.
    """

    token_type: Literal["magiclinks"]
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
        token_type = cast(Literal["magiclinks"], d["token_type"])
        if token_type != "magiclinks":
            raise ValueError(f"token_type must match const 'magiclinks', got '{token_type}'")

        token = d["token"]

        magic_links_token = cls(
            token_type=token_type,
            token=token,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MagicLinksToken_MEMBERS
            else {key: value for key, value in d.items() if key not in _MagicLinksToken_MEMBERS}
        )
        magic_links_token.additional_properties = unknown
        return magic_links_token

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
