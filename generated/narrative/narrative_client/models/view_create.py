from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewCreate")
_ViewCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "collaborators",
        "nql",
        "display_name",
        "tags",
    )
)


@_attrs_define
class ViewCreate:
    """A new view.

    Attributes:
        name (str): Unique; letters, digits and underscores, at most 256 characters.
        collaborators (CompanyConstraint): A constraint naming which companies something applies to, or does not apply
            to.
        nql (str):
        display_name (str | Unset): A non-empty display name, under 1000 characters.
        tags (list[str] | Unset): Tags, each under 256 characters.
    """

    name: str
    collaborators: CompanyConstraint
    nql: str
    display_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        collaborators = self.collaborators.to_dict()

        nql = self.nql

        display_name = self.display_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "collaborators": collaborators,
                "nql": nql,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        collaborators = CompanyConstraint.from_dict(object_member(d["collaborators"], "collaborators"))

        nql = d["nql"]

        display_name = d.get("display_name", UNSET)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        view_create = cls(
            name=name,
            collaborators=collaborators,
            nql=nql,
            display_name=display_name,
            tags=tags,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ViewCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _ViewCreate_MEMBERS}
        )
        view_create.additional_properties = unknown
        return view_create

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
