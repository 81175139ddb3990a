from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr

T = TypeVar("T", bound="CompanyDomains")
_CompanyDomains_MEMBERS: frozenset[str] = frozenset(("domains",))


@_attrs_define
class CompanyDomains:
    """The domains a company registered.

    Attributes:
        domains (list[str]):
    """

    domains: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        domains = self.domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domains": domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        domains = cast("list[str]", array_member(d["domains"], "domains"))

        company_domains = cls(
            domains=domains,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CompanyDomains_MEMBERS
            else {key: value for key, value in d.items() if key not in _CompanyDomains_MEMBERS}
        )
        company_domains.additional_properties = unknown
        return company_domains

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
