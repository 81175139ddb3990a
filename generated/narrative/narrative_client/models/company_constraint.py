from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..models.company_constraint_type import CompanyConstraintType

T = TypeVar("T", bound="CompanyConstraint")
_CompanyConstraint_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "company_ids",
    )
)


@_attrs_define
class CompanyConstraint:
    """A constraint naming which companies something applies to, or does not apply to.

    Attributes:
        type_ (CompanyConstraintType): `inclusion`: only the listed companies; `exclusion`: every company but the listed
            ones.
        company_ids (list[int]): The companies concerned.
    """

    type_: CompanyConstraintType
    company_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        company_ids = self.company_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "company_ids": company_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = CompanyConstraintType(d["type"])

        company_ids = cast("list[int]", array_member(d["company_ids"], "company_ids"))

        company_constraint = cls(
            type_=type_,
            company_ids=company_ids,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _CompanyConstraint_MEMBERS
            else {key: value for key, value in d.items() if key not in _CompanyConstraint_MEMBERS}
        )
        company_constraint.additional_properties = unknown
        return company_constraint

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
