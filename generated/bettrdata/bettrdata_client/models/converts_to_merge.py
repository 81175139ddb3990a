from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..models.merge_input_type import MergeInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertsToMerge")
_ConvertsToMerge_MEMBERS: frozenset[str] = frozenset(
    (
        "fileId",
        "path",
        "mergeInputType",
        "mergeDetails",
        "fileName",
    )
)


@_attrs_define
class ConvertsToMerge:
    """One input of a merge run.

    Attributes:
        file_id (str): The datafile's identifier.
        path (str): The full path of the converted file to read.
        merge_input_type (MergeInputType): The input's role. `UNION`: the core records the merge acts on. `OMIT`:
            records removed from the union
            where their key matches. `SELECT`: records kept from the union only where their key matches. `JOIN`:
            values added to union records whose key matches (see `MergeDetails.tag`).
        merge_details (MergeDetails): How records are chosen within one input file, and how it relates to the others.
        file_name (str | Unset): The file's name as first received.
    """

    file_id: str
    path: str
    merge_input_type: MergeInputType
    merge_details: MergeDetails
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        path = self.path

        merge_input_type = self.merge_input_type.value

        merge_details = self.merge_details.to_dict()

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "path": path,
                "mergeInputType": merge_input_type,
                "mergeDetails": merge_details,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_id = d["fileId"]

        path = d["path"]

        merge_input_type = MergeInputType(d["mergeInputType"])

        merge_details = MergeDetails.from_dict(object_member(d["mergeDetails"], "mergeDetails"))

        file_name = d.get("fileName", UNSET)

        converts_to_merge = cls(
            file_id=file_id,
            path=path,
            merge_input_type=merge_input_type,
            merge_details=merge_details,
            file_name=file_name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ConvertsToMerge_MEMBERS
            else {key: value for key, value in d.items() if key not in _ConvertsToMerge_MEMBERS}
        )
        converts_to_merge.additional_properties = unknown
        return converts_to_merge

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


from ..models.merge_details import MergeDetails
