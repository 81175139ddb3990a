from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceRelationships")
_SourceRelationships_MEMBERS: frozenset[str] = frozenset(
    (
        "connector",
        "environment",
    )
)


@_attrs_define
class SourceRelationships:
    """The connector and the environment of a source.

    Attributes:
        connector (Relationship | Unset): A relationship: the resource(s) it points at in `data` (one identifier, a list
            of them, or null when
            it points at nothing).
        environment (Relationship | Unset): A relationship: the resource(s) it points at in `data` (one identifier, a
            list of them, or null when
            it points at nothing).
    """

    connector: Relationship | Unset = UNSET
    environment: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        connector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector, Unset):
            connector = self.connector.to_dict()

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector is not UNSET:
            field_dict["connector"] = connector
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _connector = d.get("connector", UNSET)
        connector: Relationship | Unset
        if isinstance(_connector, Unset):
            connector = UNSET
        else:
            connector = Relationship.from_dict(object_member(_connector, "connector"))

        _environment = d.get("environment", UNSET)
        environment: Relationship | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = Relationship.from_dict(object_member(_environment, "environment"))

        source_relationships = cls(
            connector=connector,
            environment=environment,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceRelationships_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceRelationships_MEMBERS}
        )
        source_relationships.additional_properties = unknown
        return source_relationships

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


from ..models.relationship import Relationship
