from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportModelNetsuite")
_ExportModelNetsuite_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "searches",
        "skipGrouping",
    )
)


@_attrs_define
class ExportModelNetsuite:
    """What a NetSuite export reads.

    Attributes:
        type_ (str | Unset): The kind of NetSuite export (`search` runs saved searches).
        searches (list[ExportModelNetsuiteSearchesItem] | Unset): The saved searches to run.
        skip_grouping (bool | Unset): Whether to return the search's rows without NetSuite's grouping.
    """

    type_: str | Unset = UNSET
    searches: list[ExportModelNetsuiteSearchesItem] | Unset = UNSET
    skip_grouping: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        searches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.searches, Unset):
            searches = []
            for searches_item_data in self.searches:
                searches_item = searches_item_data.to_dict()
                searches.append(searches_item)

        skip_grouping = self.skip_grouping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if searches is not UNSET:
            field_dict["searches"] = searches
        if skip_grouping is not UNSET:
            field_dict["skipGrouping"] = skip_grouping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)

        _searches = d.get("searches", UNSET)
        searches: list[ExportModelNetsuiteSearchesItem] | Unset = UNSET
        if _searches is not UNSET:
            searches = []
            for searches_item_data in array_member(_searches, "searches"):
                searches_item = ExportModelNetsuiteSearchesItem.from_dict(
                    object_member(searches_item_data, "searches_item")
                )

                searches.append(searches_item)

        skip_grouping = d.get("skipGrouping", UNSET)

        export_model_netsuite = cls(
            type_=type_,
            searches=searches,
            skip_grouping=skip_grouping,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ExportModelNetsuite_MEMBERS
            else {key: value for key, value in d.items() if key not in _ExportModelNetsuite_MEMBERS}
        )
        export_model_netsuite.additional_properties = unknown
        return export_model_netsuite

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


from ..models.export_model_netsuite_searches_item import ExportModelNetsuiteSearchesItem
