from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="PagedExportState")
_PagedExportState_MEMBERS: frozenset[str] = frozenset(
    (
        "searchId",
        "pageIndex",
        "pageSize",
        "totalPages",
        "totalRecords",
        "done",
        "issuedAt",
        "sig",
    )
)


@_attrs_define
class PagedExportState:
    """Where a paged virtual export stands. Post it back unchanged, with the same export, to get the next
    page; it is signed, so a changed state is refused.

        Attributes:
            search_id (str): The export's run on the application's side.
            page_index (int): The number of the page this state asks for next, counted from 1.
            page_size (int): How many records a page holds.
            total_pages (int): How many pages the export has.
            total_records (int): How many records the export has.
            done (bool): True in the state of the last page; there is no next page to ask for.
            issued_at (int): When the state was issued, in seconds since 1970-01-01 UTC.
            sig (str): integrator.io's signature of the rest of the state (64 hexadecimal digits).
    """

    search_id: str
    page_index: int
    page_size: int
    total_pages: int
    total_records: int
    done: bool
    issued_at: int
    sig: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        search_id = self.search_id

        page_index = self.page_index

        page_size = self.page_size

        total_pages = self.total_pages

        total_records = self.total_records

        done = self.done

        issued_at = self.issued_at

        sig = self.sig

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "searchId": search_id,
                "pageIndex": page_index,
                "pageSize": page_size,
                "totalPages": total_pages,
                "totalRecords": total_records,
                "done": done,
                "issuedAt": issued_at,
                "sig": sig,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        search_id = d["searchId"]

        page_index = d["pageIndex"]

        page_size = d["pageSize"]

        total_pages = d["totalPages"]

        total_records = d["totalRecords"]

        done = d["done"]

        issued_at = d["issuedAt"]

        sig = d["sig"]

        paged_export_state = cls(
            search_id=search_id,
            page_index=page_index,
            page_size=page_size,
            total_pages=total_pages,
            total_records=total_records,
            done=done,
            issued_at=issued_at,
            sig=sig,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _PagedExportState_MEMBERS
            else {key: value for key, value in d.items() if key not in _PagedExportState_MEMBERS}
        )
        paged_export_state.additional_properties = unknown
        return paged_export_state

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
