from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member

T = TypeVar("T", bound="ColumnSet")
_ColumnSet_MEMBERS: frozenset[str] = frozenset(
    (
        "dataset_id",
        "fields",
    )
)


@_attrs_define
class ColumnSet:
    """Rules over columns of one dataset.

    Attributes:
        dataset_id (int):
        fields (list[FieldRule]):
    """

    dataset_id: int
    fields: list[FieldRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d["dataset_id"]

        fields = []
        _fields = array_member(d["fields"], "fields")
        for fields_item_data in _fields:
            fields_item = FieldRule.from_dict(object_member(fields_item_data, "fields_item"))

            fields.append(fields_item)

        column_set = cls(
            dataset_id=dataset_id,
            fields=fields,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnSet_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnSet_MEMBERS}
        )
        column_set.additional_properties = unknown
        return column_set

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


from ..models.field_rule import FieldRule
