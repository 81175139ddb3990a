from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Relationship")
_Relationship_MEMBERS: frozenset[str] = frozenset(
    (
        "data",
        "links",
        "meta",
    )
)


@_attrs_define
class Relationship:
    """A relationship: the resource(s) it points at in `data` (one identifier, a list of them, or null when
    it points at nothing).

        Attributes:
            data (list[ResourceIdentifier] | None | ResourceIdentifier | Unset):
            links (Links | Unset): Links about the document or resource, by name.
            meta (Meta | Unset): Non-standard information about the document or resource.
    """

    data: list[ResourceIdentifier] | None | ResourceIdentifier | Unset = UNSET
    links: Links | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResourceIdentifier):
            data = self.data.to_dict()
        elif isinstance(self.data, list):
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        else:
            data = self.data

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_data(data: object) -> list[ResourceIdentifier] | None | ResourceIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ResourceIdentifier.from_dict(object_member(data, "data_type_0"))

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = array_member(data, "data_type_1")
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = ResourceIdentifier.from_dict(
                        object_member(data_type_1_item_data, "data_type_1_item")
                    )

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ResourceIdentifier] | None | ResourceIdentifier | Unset", data)

        data = _parse_data(d.get("data", UNSET))

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

        relationship = cls(
            data=data,
            links=links,
            meta=meta,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Relationship_MEMBERS
            else {key: value for key, value in d.items() if key not in _Relationship_MEMBERS}
        )
        relationship.additional_properties = unknown
        return relationship

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
from ..models.resource_identifier import ResourceIdentifier
