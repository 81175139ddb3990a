from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Query")
_Query_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "display_name",
        "description",
        "owner",
        "tags",
        "collaborators",
        "is_owned",
        "metadata",
        "ast",
    )
)


@_attrs_define
class Query:
    """A saved NQL query.

    Attributes:
        name (str):
        id (UUID):
        display_name (str | Unset):
        description (str | Unset):
        owner (Owner | Unset): The company that owns a query or view.
        tags (list[str] | Unset):
        collaborators (CompanyConstraint | Unset): A constraint naming which companies something applies to, or does not
            apply to.
        is_owned (bool | Unset):
        metadata (ResourceMetadata | Unset): When, and by whom, a resource was created and last updated.
        ast (QueryAst | Unset): The query's abstract syntax tree, as Narrative's NQL compiler writes it.
    """

    name: str
    id: UUID
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: Owner | Unset = UNSET
    tags: list[str] | Unset = UNSET
    collaborators: CompanyConstraint | Unset = UNSET
    is_owned: bool | Unset = UNSET
    metadata: ResourceMetadata | Unset = UNSET
    ast: QueryAst | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = str(self.id)

        display_name = self.display_name

        description = self.description

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collaborators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators.to_dict()

        is_owned = self.is_owned

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ast, Unset):
            ast = self.ast.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if is_owned is not UNSET:
            field_dict["is_owned"] = is_owned
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ast is not UNSET:
            field_dict["ast"] = ast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = UUID(d["id"])

        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        _owner = d.get("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(object_member(_owner, "owner"))

        _tags = d.get("tags", UNSET)
        tags = UNSET if _tags is UNSET else cast("list[str]", array_member(_tags, "tags"))

        _collaborators = d.get("collaborators", UNSET)
        collaborators: CompanyConstraint | Unset
        if isinstance(_collaborators, Unset):
            collaborators = UNSET
        else:
            collaborators = CompanyConstraint.from_dict(object_member(_collaborators, "collaborators"))

        is_owned = d.get("is_owned", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: ResourceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ResourceMetadata.from_dict(object_member(_metadata, "metadata"))

        _ast = d.get("ast", UNSET)
        ast: QueryAst | Unset
        if isinstance(_ast, Unset):
            ast = UNSET
        else:
            ast = QueryAst.from_dict(object_member(_ast, "ast"))

        query = cls(
            name=name,
            id=id,
            display_name=display_name,
            description=description,
            owner=owner,
            tags=tags,
            collaborators=collaborators,
            is_owned=is_owned,
            metadata=metadata,
            ast=ast,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {} if d.keys() <= _Query_MEMBERS else {key: value for key, value in d.items() if key not in _Query_MEMBERS}
        )
        query.additional_properties = unknown
        return query

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
from ..models.owner import Owner
from ..models.query_ast import QueryAst
from ..models.resource_metadata import ResourceMetadata
