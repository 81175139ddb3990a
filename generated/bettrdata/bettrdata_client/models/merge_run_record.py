from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergeRunRecord")
_MergeRunRecord_MEMBERS: frozenset[str] = frozenset(
    (
        "convertsToMerge",
        "convertType",
        "_id",
        "description",
        "ready",
    )
)


@_attrs_define
class MergeRunRecord:
    """A stored merge run.

    Attributes:
        converts_to_merge (list[ConvertsToMerge]): The files to merge, each with its role and its rules.
        convert_type (str): The output schema, or process, to apply to the result.
        field_id (str): The merge run's identifier.
        description (str | Unset): Free text describing the job.
        ready (bool | Unset): Start the job as soon as it is created. Default: False.
    """

    converts_to_merge: list[ConvertsToMerge]
    convert_type: str
    field_id: str
    description: str | Unset = UNSET
    ready: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        converts_to_merge = []
        for converts_to_merge_item_data in self.converts_to_merge:
            converts_to_merge_item = converts_to_merge_item_data.to_dict()
            converts_to_merge.append(converts_to_merge_item)

        convert_type = self.convert_type

        field_id = self.field_id

        description = self.description

        ready = self.ready

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convertsToMerge": converts_to_merge,
                "convertType": convert_type,
                "_id": field_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if ready is not UNSET:
            field_dict["ready"] = ready

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        converts_to_merge = []
        _converts_to_merge = array_member(d["convertsToMerge"], "convertsToMerge")
        for converts_to_merge_item_data in _converts_to_merge:
            converts_to_merge_item = ConvertsToMerge.from_dict(
                object_member(converts_to_merge_item_data, "convertsToMerge_item")
            )

            converts_to_merge.append(converts_to_merge_item)

        convert_type = d["convertType"]

        field_id = d["_id"]

        description = d.get("description", UNSET)

        ready = d.get("ready", UNSET)

        merge_run_record = cls(
            converts_to_merge=converts_to_merge,
            convert_type=convert_type,
            field_id=field_id,
            description=description,
            ready=ready,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MergeRunRecord_MEMBERS
            else {key: value for key, value in d.items() if key not in _MergeRunRecord_MEMBERS}
        )
        merge_run_record.additional_properties = unknown
        return merge_run_record

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


from ..models.converts_to_merge import ConvertsToMerge
