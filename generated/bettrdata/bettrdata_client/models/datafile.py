from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Datafile")
_Datafile_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "fileName",
        "path",
    )
)


@_attrs_define
class Datafile:
    """A datafile known to BettrData. The document refers to a "DatafileModel" without describing it; the
    fields here are the ones the merge run refers to, and a datafile may carry any others.

        Attributes:
            field_id (str): The datafile's identifier (a merge input's `fileId`).
            file_name (str | Unset): The file's name as first received.
            path (str | Unset): The full path of the converted file.
    """

    field_id: str
    file_name: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        file_name = self.file_name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        file_name = d.get("fileName", UNSET)

        path = d.get("path", UNSET)

        datafile = cls(
            field_id=field_id,
            file_name=file_name,
            path=path,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Datafile_MEMBERS
            else {key: value for key, value in d.items() if key not in _Datafile_MEMBERS}
        )
        datafile.additional_properties = unknown
        return datafile

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
