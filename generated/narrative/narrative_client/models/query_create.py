from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryCreate")
_QueryCreate_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "collaborators",
        "ast",
        "display_name",
        "description",
        "tags",
    )
)


@_attrs_define
class QueryCreate:
    """A new query.

    Attributes:
        name (str): Unique; letters, digits and underscores, at most 256 characters.
        collaborators (CompanyConstraint): A constraint naming which companies something applies to, or does not apply
            to.
        ast (QueryAst): The query's abstract syntax tree, as Narrative's NQL compiler writes it.
        display_name (str | Unset): A non-empty display name, under 1000 characters.
        description (str | Unset):
        tags (list[str] | Unset): Tags, each under 256 characters.
    """

    name: str
    collaborators: CompanyConstraint
    ast: QueryAst
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        collaborators = self.collaborators.to_dict()

        ast = self.ast.to_dict()

        display_name = self.display_name

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "collaborators": collaborators,
                "ast": ast,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        collaborators = CompanyConstraint.from_dict(object_member(d["collaborators"], "collaborators"))

        ast = QueryAst.from_dict(object_member(d["ast"], "ast"))

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        query_create = cls(
            name=name,
            collaborators=collaborators,
            ast=ast,
            display_name=display_name,
            description=description,
            tags=tags,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _QueryCreate_MEMBERS
            else {key: value for key, value in d.items() if key not in _QueryCreate_MEMBERS}
        )
        query_create.additional_properties = unknown
        return query_create

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
from ..models.query_ast import QueryAst
