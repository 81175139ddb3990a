from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="QueryPage")
_QueryPage_MEMBERS: frozenset[str] = frozenset(
    (
        "prev_page",
        "current_page",
        "next_page",
        "total_records",
        "total_pages",
        "records",
    )
)


@_attrs_define
class QueryPage:
    """A page of queries.

    Attributes:
        prev_page (int | None): The previous page's number; null on the first page.
        current_page (int): This page's number, counted from 1.
        next_page (int | None): The next page's number; null on the last page.
        total_records (int): How many records there are on all pages together.
        total_pages (int): How many pages there are.
        records (list[Query]):
    """

    prev_page: int | None
    current_page: int
    next_page: int | None
    total_records: int
    total_pages: int
    records: list[Query]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        prev_page: int | None
        prev_page = self.prev_page

        current_page = self.current_page

        next_page: int | None
        next_page = self.next_page

        total_records = self.total_records

        total_pages = self.total_pages

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prev_page": prev_page,
                "current_page": current_page,
                "next_page": next_page,
                "total_records": total_records,
                "total_pages": total_pages,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_prev_page(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        prev_page = _parse_prev_page(d["prev_page"])

        current_page = d["current_page"]

        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        next_page = _parse_next_page(d["next_page"])

        total_records = d["total_records"]

        total_pages = d["total_pages"]

        records = []
        _records = array_member(d["records"], "records")
        for records_item_data in _records:
            records_item = Query.from_dict(object_member(records_item_data, "records_item"))

            records.append(records_item)

        query_page = cls(
            prev_page=prev_page,
            current_page=current_page,
            next_page=next_page,
            total_records=total_records,
            total_pages=total_pages,
            records=records,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _QueryPage_MEMBERS
            else {key: value for key, value in d.items() if key not in _QueryPage_MEMBERS}
        )
        query_page.additional_properties = unknown
        return query_page

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


from ..models.query import Query
