from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingSample")
_MappingSample_MEMBERS: frozenset[str] = frozenset(
    (
        "records",
        "mapping_id",
    )
)


@_attrs_define
class MappingSample:
    """Sample rows mapped by one mapping.

    Attributes:
        records (list[MappedRecord]):
        mapping_id (UUID | Unset):
    """

    records: list[MappedRecord]
    mapping_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        mapping_id: str | Unset = UNSET
        if not isinstance(self.mapping_id, Unset):
            mapping_id = str(self.mapping_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
        if mapping_id is not UNSET:
            field_dict["mapping_id"] = mapping_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        records = []
        _records = array_member(d["records"], "records")
        for records_item_data in _records:
            records_item = MappedRecord.from_dict(object_member(records_item_data, "records_item"))

            records.append(records_item)

        _mapping_id = d.get("mapping_id", UNSET)
        mapping_id: UUID | Unset
        if isinstance(_mapping_id, Unset):
            mapping_id = UNSET
        else:
            mapping_id = UUID(_mapping_id)

        mapping_sample = cls(
            records=records,
            mapping_id=mapping_id,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _MappingSample_MEMBERS
            else {key: value for key, value in d.items() if key not in _MappingSample_MEMBERS}
        )
        mapping_sample.additional_properties = unknown
        return mapping_sample

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


from ..models.mapped_record import MappedRecord
