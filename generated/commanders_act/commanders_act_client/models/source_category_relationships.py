from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceCategoryRelationships")
_SourceCategoryRelationships_MEMBERS: frozenset[str] = frozenset(("templates",))


@_attrs_define
class SourceCategoryRelationships:
    """The templates of the category.

    Attributes:
        templates (Relationship | Unset): A relationship: the resource(s) it points at in `data` (one identifier, a list
            of them, or null when
            it points at nothing).
    """

    templates: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        templates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = self.templates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templates is not UNSET:
            field_dict["templates"] = templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _templates = d.get("templates", UNSET)
        templates: Relationship | Unset
        if isinstance(_templates, Unset):
            templates = UNSET
        else:
            templates = Relationship.from_dict(object_member(_templates, "templates"))

        source_category_relationships = cls(
            templates=templates,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceCategoryRelationships_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceCategoryRelationships_MEMBERS}
        )
        source_category_relationships.additional_properties = unknown
        return source_category_relationships

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
