from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewUpdate")
_ViewUpdate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "display_name",
        "tags",
        "collaborators",
        "nql",
    )
)


@_attrs_define
class ViewUpdate:
    """The view's fields to change; those left out stay as they are.

    Attributes:
        name (str | Unset): Unique; letters, digits and underscores, at most 256 characters.
        display_name (str | Unset): A non-empty display name, under 1000 characters.
        tags (list[str] | Unset): Tags, each under 256 characters.
        collaborators (CompanyConstraint | Unset): A constraint naming which companies something applies to, or does not
            apply to.
        nql (str | Unset):
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    collaborators: CompanyConstraint | Unset = UNSET
    nql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collaborators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators.to_dict()

        nql = self.nql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if nql is not UNSET:
            field_dict["nql"] = nql

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        display_name = d.get("display_name", UNSET)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        _collaborators = d.get("collaborators", UNSET)
        collaborators: CompanyConstraint | Unset
        if isinstance(_collaborators, Unset):
            collaborators = UNSET
        else:
            collaborators = CompanyConstraint.from_dict(object_member(_collaborators, "collaborators"))

        nql = d.get("nql", UNSET)

        view_update = cls(
            name=name,
            display_name=display_name,
            tags=tags,
            collaborators=collaborators,
            nql=nql,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ViewUpdate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ViewUpdate_MEMBERS}
        )
        view_update.additional_properties = unknown
        return view_update

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
