from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr

T = TypeVar("T", bound="SuppressionKey")
_SuppressionKey_MEMBERS: frozenset[str] = frozenset(
    (
        "_id",
        "name",
    )
)


@_attrs_define
class SuppressionKey:
    """The field on which suppression matches records.

    Attributes:
        field_id (str): The ID of an existing BDS source field.
        name (str): That field's name.
    """

    field_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field_id = d["_id"]

        name = d["name"]

        suppression_key = cls(
            field_id=field_id,
            name=name,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SuppressionKey_MEMBERS
            else {key: value for key, value in d.items() if key not in _SuppressionKey_MEMBERS}
        )
        suppression_key.additional_properties = unknown
        return suppression_key

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
