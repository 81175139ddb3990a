from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import json_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Resource")
_Resource_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "id",
        "attributes",
        "relationships",
        "links",
        "meta",
    )
)


@_attrs_define
class Resource:
    """Any resource (as found in a document's `included` list); its attributes are not typed here.

    Attributes:
        type_ (str): The resource's type.
        id (int | str): The resource's id (an integer for sources, a string for other resources).
        attributes (ResourceAttributes | Unset): The resource's attributes.
        relationships (ResourceRelationships | Unset): The resource's relationships, by name.
        links (Links | Unset): Links about the document or resource, by name.
        meta (Meta | Unset): Non-standard information about the document or resource.
    """

    type_: str
    id: int | str
    attributes: ResourceAttributes | Unset = UNSET
    relationships: ResourceRelationships | Unset = UNSET
    links: Links | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | str
        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        def _parse_id(data: object) -> int | str:
            return cast(
                "int | str",
                json_member(
                    data,
                    "id",
                    (
                        str,
                        int,
                    ),
                ),
            )

        id = _parse_id(d["id"])

        _attributes = d.get("attributes", UNSET)
        attributes: ResourceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ResourceAttributes.from_dict(object_member(_attributes, "attributes"))

        _relationships = d.get("relationships", UNSET)
        relationships: ResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ResourceRelationships.from_dict(object_member(_relationships, "relationships"))

        _links = d.get("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(object_member(_links, "links"))

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(object_member(_meta, "meta"))

        resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
            links=links,
            meta=meta,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Resource_MEMBERS
            else {key: value for key, value in d.items() if key not in _Resource_MEMBERS}
        )
        resource.additional_properties = unknown
        return resource

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


from ..models.links import Links
from ..models.meta import Meta
from ..models.resource_attributes import ResourceAttributes
from ..models.resource_relationships import ResourceRelationships
