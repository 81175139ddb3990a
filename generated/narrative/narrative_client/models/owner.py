from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Owner")
_Owner_MEMBERS: frozenset[str] = frozenset(
    (
        "company_id",
        "company_name",
        "company_slug",
    )
)


@_attrs_define
class Owner:
    """The company that owns a query or view.

    Attributes:
        company_id (int):
        company_name (str | Unset):
        company_slug (str | Unset):
    """

    company_id: int
    company_name: str | Unset = UNSET
    company_slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_name = self.company_name

        company_slug = self.company_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_slug is not UNSET:
            field_dict["company_slug"] = company_slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        company_id = d["company_id"]

        company_name = d.get("company_name", UNSET)

        company_slug = d.get("company_slug", UNSET)

        owner = cls(
            company_id=company_id,
            company_name=company_name,
            company_slug=company_slug,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Owner_MEMBERS else {key: value for key, value in d.items() if key not in _Owner_MEMBERS}
        )
        owner.additional_properties = unknown
        return owner

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
