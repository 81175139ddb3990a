from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualExportPageRequest")
_VirtualExportPageRequest_MEMBERS: frozenset[str] = frozenset(
    (
        "export",
        "pagedExportState",
    )
)


@_attrs_define
class VirtualExportPageRequest:
    """A virtual export to run one page at a time, and for every page but the first the state the previous page gave.

    Attributes:
        export (ExportModel): An export: where records come from and how they are paged. The source settings object is
            named after
            the connection's type (`netsuite` for a NetSuite search); others are accepted as they are.
        paged_export_state (PagedExportState | Unset): Where a paged virtual export stands. Post it back unchanged, with
            the same export, to get the next
            page; it is signed, so a changed state is refused.
    """

    export: ExportModel
    paged_export_state: PagedExportState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        export = self.export.to_dict()

        paged_export_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paged_export_state, Unset):
            paged_export_state = self.paged_export_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export": export,
            }
        )
        if paged_export_state is not UNSET:
            field_dict["pagedExportState"] = paged_export_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        export = ExportModel.from_dict(object_member(d["export"], "export"))

        _paged_export_state = d.get("pagedExportState", UNSET)
        paged_export_state: PagedExportState | Unset
        if isinstance(_paged_export_state, Unset):
            paged_export_state = UNSET
        else:
            paged_export_state = PagedExportState.from_dict(object_member(_paged_export_state, "pagedExportState"))

        virtual_export_page_request = cls(
            export=export,
            paged_export_state=paged_export_state,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _VirtualExportPageRequest_MEMBERS
            else {key: value for key, value in d.items() if key not in _VirtualExportPageRequest_MEMBERS}
        )
        virtual_export_page_request.additional_properties = unknown
        return virtual_export_page_request

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


from ..models.export_model import ExportModel
from ..models.paged_export_state import PagedExportState
