from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthRules")
_AuthRules_MEMBERS: frozenset[str] = frozenset(("company_constraint",))


@_attrs_define
class AuthRules:
    """Who may buy a data stream.

    Attributes:
        company_constraint (CompanyConstraint | Unset): A constraint naming which companies something applies to, or
            does not apply to.
    """

    company_constraint: CompanyConstraint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        company_constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_constraint, Unset):
            company_constraint = self.company_constraint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_constraint is not UNSET:
            field_dict["company_constraint"] = company_constraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _company_constraint = d.get("company_constraint", UNSET)
        company_constraint: CompanyConstraint | Unset
        if isinstance(_company_constraint, Unset):
            company_constraint = UNSET
        else:
            company_constraint = CompanyConstraint.from_dict(object_member(_company_constraint, "company_constraint"))

        auth_rules = cls(
            company_constraint=company_constraint,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AuthRules_MEMBERS
            else {key: value for key, value in d.items() if key not in _AuthRules_MEMBERS}
        )
        auth_rules.additional_properties = unknown
        return auth_rules

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


from ..models.company_constraint import CompanyConstraint
