from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPresetDetailsAttributesItemFieldsItem")
_SchemaPresetDetailsAttributesItemFieldsItem_MEMBERS: frozenset[str] = frozenset(
    (
        "field",
        "delivered",
        "filterable",
        "required",
        "forecastable",
    )
)


@_attrs_define
class SchemaPresetDetailsAttributesItemFieldsItem:
    """
    Attributes:
        field (str):
        delivered (bool | Unset):
        filterable (bool | Unset):
        required (bool | Unset):
        forecastable (bool | Unset):
    """

    field: str
    delivered: bool | Unset = UNSET
    filterable: bool | Unset = UNSET
    required: bool | Unset = UNSET
    forecastable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        delivered = self.delivered

        filterable = self.filterable

        required = self.required

        forecastable = self.forecastable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if filterable is not UNSET:
            field_dict["filterable"] = filterable
        if required is not UNSET:
            field_dict["required"] = required
        if forecastable is not UNSET:
            field_dict["forecastable"] = forecastable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        field = d["field"]

        delivered = d.get("delivered", UNSET)

        filterable = d.get("filterable", UNSET)

        required = d.get("required", UNSET)

        forecastable = d.get("forecastable", UNSET)

        schema_preset_details_attributes_item_fields_item = cls(
            field=field,
            delivered=delivered,
            filterable=filterable,
            required=required,
            forecastable=forecastable,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _SchemaPresetDetailsAttributesItemFieldsItem_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _SchemaPresetDetailsAttributesItemFieldsItem_MEMBERS
            }
        )
        schema_preset_details_attributes_item_fields_item.additional_properties = unknown
        return schema_preset_details_attributes_item_fields_item

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
