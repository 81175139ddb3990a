from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleMatch")
_AccessRuleMatch_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "constraints",
        "pricing",
    )
)


@_attrs_define
class AccessRuleMatch:
    """An access rule and how it relates to the terms.

    Attributes:
        id (int | Unset):
        constraints (list[str] | Unset):
        pricing (float | Unset):
    """

    id: int | Unset = UNSET
    constraints: list[str] | Unset = UNSET
    pricing: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        constraints: list[str] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints

        pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        _constraints = d.get("constraints", UNSET)
        constraints = UNSET if _constraints is UNSET else cast("list[str]", array_member(_constraints, "constraints"))

        pricing = d.get("pricing", UNSET)

        access_rule_match = cls(
            id=id,
            constraints=constraints,
            pricing=pricing,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _AccessRuleMatch_MEMBERS
            else {key: value for key, value in d.items() if key not in _AccessRuleMatch_MEMBERS}
        )
        access_rule_match.additional_properties = unknown
        return access_rule_match

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
