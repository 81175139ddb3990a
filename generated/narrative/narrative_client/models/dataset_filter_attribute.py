from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFilterAttribute")
_DatasetFilterAttribute_MEMBERS: frozenset[str] = frozenset(
    (
        "attribute_id",
        "field",
    )
)


@_attrs_define
class DatasetFilterAttribute:
    """
    Attributes:
        attribute_id (int | Unset):
        field (str | Unset):
    """

    attribute_id: int | Unset = UNSET
    field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attribute_id"] = attribute_id
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute_id = d.get("attribute_id", UNSET)

        field = d.get("field", UNSET)

        dataset_filter_attribute = cls(
            attribute_id=attribute_id,
            field=field,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DatasetFilterAttribute_MEMBERS
            else {key: value for key, value in d.items() if key not in _DatasetFilterAttribute_MEMBERS}
        )
        dataset_filter_attribute.additional_properties = unknown
        return dataset_filter_attribute

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
