from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportPage")
_ExportPage_MEMBERS: frozenset[str] = frozenset(
    (
        "data",
        "pagedExportState",
        "dataURIs",
    )
)


@_attrs_define
class ExportPage:
    """One page of a paged virtual export.

    Attributes:
        data (list[Record]): The page's records.
        paged_export_state (PagedExportState): Where a paged virtual export stands. Post it back unchanged, with the
            same export, to get the next
            page; it is signed, so a changed state is refused.
        data_ur_is (list[None | str] | Unset): For each record, a link to it in the application, or null.
    """

    data: list[Record]
    paged_export_state: PagedExportState
    data_ur_is: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        paged_export_state = self.paged_export_state.to_dict()

        data_ur_is: list[None | str] | Unset = UNSET
        if not isinstance(self.data_ur_is, Unset):
            data_ur_is = []
            for data_ur_is_item_data in self.data_ur_is:
                data_ur_is_item: None | str
                data_ur_is_item = data_ur_is_item_data
                data_ur_is.append(data_ur_is_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagedExportState": paged_export_state,
            }
        )
        if data_ur_is is not UNSET:
            field_dict["dataURIs"] = data_ur_is

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = []
        _data = array_member(d["data"], "data")
        for data_item_data in _data:
            data_item = Record.from_dict(object_member(data_item_data, "data_item"))

            data.append(data_item)

        paged_export_state = PagedExportState.from_dict(object_member(d["pagedExportState"], "pagedExportState"))

        _data_ur_is = d.get("dataURIs", UNSET)
        data_ur_is: list[None | str] | Unset = UNSET
        if _data_ur_is is not UNSET:
            data_ur_is = []
            for data_ur_is_item_data in array_member(_data_ur_is, "dataURIs"):

                def _parse_data_ur_is_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast("None | str", data)

                data_ur_is_item = _parse_data_ur_is_item(data_ur_is_item_data)

                data_ur_is.append(data_ur_is_item)

        export_page = cls(
            data=data,
            paged_export_state=paged_export_state,
            data_ur_is=data_ur_is,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ExportPage_MEMBERS
            else {key: value for key, value in d.items() if key not in _ExportPage_MEMBERS}
        )
        export_page.additional_properties = unknown
        return export_page

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


from ..models.paged_export_state import PagedExportState
from ..models.record import Record
