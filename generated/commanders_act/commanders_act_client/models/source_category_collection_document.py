from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceCategoryCollectionDocument")
_SourceCategoryCollectionDocument_MEMBERS: frozenset[str] = frozenset(
    (
        "data",
        "included",
        "meta",
        "links",
    )
)


@_attrs_define
class SourceCategoryCollectionDocument:
    """A list of source categories.

    Attributes:
        data (list[SourceCategory]):
        included (list[Resource] | Unset): Resources related to the primary data that the request asked for with
            `include`.
        meta (Meta | Unset): Non-standard information about the document or resource.
        links (Links | Unset): Links about the document or resource, by name.
    """

    data: list[SourceCategory]
    included: list[Resource] | Unset = UNSET
    meta: Meta | Unset = UNSET
    links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for componentsschemas_included_item_data in self.included:
                componentsschemas_included_item = componentsschemas_included_item_data.to_dict()
                included.append(componentsschemas_included_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = []
        _data = array_member(d["data"], "data")
        for data_item_data in _data:
            data_item = SourceCategory.from_dict(object_member(data_item_data, "data_item"))

            data.append(data_item)

        _included = d.get("included", UNSET)
        included: list[Resource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for componentsschemas_included_item_data in array_member(_included, "included"):
                componentsschemas_included_item = Resource.from_dict(
                    object_member(componentsschemas_included_item_data, "/components/schemas/Included_item")
                )

                included.append(componentsschemas_included_item)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(object_member(_meta, "meta"))

        _links = d.get("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(object_member(_links, "links"))

        source_category_collection_document = cls(
            data=data,
            included=included,
            meta=meta,
            links=links,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SourceCategoryCollectionDocument_MEMBERS
            else {key: value for key, value in d.items() if key not in _SourceCategoryCollectionDocument_MEMBERS}
        )
        source_category_collection_document.additional_properties = unknown
        return source_category_collection_document

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
from ..models.resource import Resource
from ..models.source_category import SourceCategory
