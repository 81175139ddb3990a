from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceCreateDocumentData")
_SourceCreateDocumentData_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "attributes",
        "relationships",
    )
)


@_attrs_define
class SourceCreateDocumentData:
    """
    Attributes:
        type_ (str):
        attributes (SourceAttributes): What a source is and when it runs; `health` only when asked for with
            `include=health`.
        relationships (SourceRelationships | Unset): The connector and the environment of a source.
    """

    type_: str
    attributes: SourceAttributes
    relationships: SourceRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        attributes = SourceAttributes.from_dict(object_member(d["attributes"], "attributes"))

        _relationships = d.get("relationships", UNSET)
        relationships: SourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = SourceRelationships.from_dict(object_member(_relationships, "relationships"))

        source_create_document_data = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceCreateDocumentData_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceCreateDocumentData_MEMBERS}
        )
        source_create_document_data.additional_properties = unknown
        return source_create_document_data

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


from ..models.source_attributes import SourceAttributes
from ..models.source_relationships import SourceRelationships
