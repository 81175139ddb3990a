from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketAuth")
_BucketAuth_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "account_id",
        "external_id",
    )
)


@_attrs_define
class BucketAuth:
    """How the bucket is reached.

    Attributes:
        type_ (str):
        account_id (str | Unset):
        external_id (str | Unset):
    """

    type_: str
    account_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        account_id = self.account_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        account_id = d.get("account_id", UNSET)

        external_id = d.get("external_id", UNSET)

        bucket_auth = cls(
            type_=type_,
            account_id=account_id,
            external_id=external_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _BucketAuth_MEMBERS
            else {key: value for key, value in d.items() if key not in _BucketAuth_MEMBERS}
        )
        bucket_auth.additional_properties = unknown
        return bucket_auth

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
