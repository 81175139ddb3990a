from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportResult")
_ExportResult_MEMBERS: frozenset[str] = frozenset(
    (
        "data",
        "dataURIs",
    )
)


@_attrs_define
class ExportResult:
    """Every record a virtual export exported.

    Attributes:
        data (list[Record]): The records.
        data_ur_is (list[None | str] | Unset): For each record, a link to it in the application, or null.
    """

    data: list[Record]
    data_ur_is: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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

        export_result = cls(
            data=data,
            data_ur_is=data_ur_is,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ExportResult_MEMBERS
            else {key: value for key, value in d.items() if key not in _ExportResult_MEMBERS}
        )
        export_result.additional_properties = unknown
        return export_result

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


from ..models.record import Record
