from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="ExportModelNetsuiteSearchesItem")
_ExportModelNetsuiteSearchesItem_MEMBERS: frozenset[str] = frozenset(
    (
        "recordType",
        "savedSearchId",
    )
)


@_attrs_define
class ExportModelNetsuiteSearchesItem:
    """One saved search.

    Attributes:
        record_type (str): The NetSuite record type the search returns.
        saved_search_id (str): The saved search's internal id (a string of digits in the document).
    """

    record_type: str
    saved_search_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        saved_search_id = self.saved_search_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordType": record_type,
                "savedSearchId": saved_search_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        record_type = d["recordType"]

        saved_search_id = d["savedSearchId"]

        export_model_netsuite_searches_item = cls(
            record_type=record_type,
            saved_search_id=saved_search_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ExportModelNetsuiteSearchesItem_MEMBERS
            else {key: value for key, value in d.items() if key not in _ExportModelNetsuiteSearchesItem_MEMBERS}
        )
        export_model_netsuite_searches_item.additional_properties = unknown
        return export_model_netsuite_searches_item

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
