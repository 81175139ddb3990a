from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="DeduplicationField")
_DeduplicationField_MEMBERS: frozenset[str] = frozenset(
    (
        "fieldId",
        "fieldName",
    )
)


@_attrs_define
class DeduplicationField:
    """A BDS source field used as a de-duplication key.

    Attributes:
        field_id (str): The ID of an existing BDS source field.
        field_name (str): That field's name.
    """

    field_id: str
    field_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_name = self.field_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldId": field_id,
                "fieldName": field_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["fieldId"]

        field_name = d["fieldName"]

        deduplication_field = cls(
            field_id=field_id,
            field_name=field_name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DeduplicationField_MEMBERS
            else {key: value for key, value in d.items() if key not in _DeduplicationField_MEMBERS}
        )
        deduplication_field.additional_properties = unknown
        return deduplication_field

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
