from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="FrequencyFilter")
_FrequencyFilter_MEMBERS: frozenset[str] = frozenset(
    (
        "column_references",
        "attribute_references",
        "min_inclusive",
        "max_inclusive",
    )
)


@_attrs_define
class FrequencyFilter:
    """Keep only keys seen between `min_inclusive` and `max_inclusive` times.

    Attributes:
        column_references (list[ColumnReference] | None | Unset):
        attribute_references (list[AttributeReference] | None | Unset):
        min_inclusive (int | Unset):
        max_inclusive (int | Unset):
    """

    column_references: list[ColumnReference] | None | Unset = UNSET
    attribute_references: list[AttributeReference] | None | Unset = UNSET
    min_inclusive: int | Unset = UNSET
    max_inclusive: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        column_references: list[dict[str, Any]] | None | Unset
        if isinstance(self.column_references, Unset):
            column_references = UNSET
        elif isinstance(self.column_references, list):
            column_references = []
            for column_references_type_0_item_data in self.column_references:
                column_references_type_0_item = column_references_type_0_item_data.to_dict()
                column_references.append(column_references_type_0_item)

        else:
            column_references = self.column_references

        attribute_references: list[dict[str, Any]] | None | Unset
        if isinstance(self.attribute_references, Unset):
            attribute_references = UNSET
        elif isinstance(self.attribute_references, list):
            attribute_references = []
            for attribute_references_type_0_item_data in self.attribute_references:
                attribute_references_type_0_item = attribute_references_type_0_item_data.to_dict()
                attribute_references.append(attribute_references_type_0_item)

        else:
            attribute_references = self.attribute_references

        min_inclusive = self.min_inclusive

        max_inclusive = self.max_inclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_references is not UNSET:
            field_dict["column_references"] = column_references
        if attribute_references is not UNSET:
            field_dict["attribute_references"] = attribute_references
        if min_inclusive is not UNSET:
            field_dict["min_inclusive"] = min_inclusive
        if max_inclusive is not UNSET:
            field_dict["max_inclusive"] = max_inclusive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_column_references(data: object) -> list[ColumnReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_references_type_0 = []
                _column_references_type_0 = array_member(data, "column_references_type_0")
                for column_references_type_0_item_data in _column_references_type_0:
                    column_references_type_0_item = ColumnReference.from_dict(
                        object_member(column_references_type_0_item_data, "column_references_type_0_item")
                    )

                    column_references_type_0.append(column_references_type_0_item)

                return column_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ColumnReference] | None | Unset", data)

        column_references = _parse_column_references(d.get("column_references", UNSET))

        def _parse_attribute_references(data: object) -> list[AttributeReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attribute_references_type_0 = []
                _attribute_references_type_0 = array_member(data, "attribute_references_type_0")
                for attribute_references_type_0_item_data in _attribute_references_type_0:
                    attribute_references_type_0_item = AttributeReference.from_dict(
                        object_member(attribute_references_type_0_item_data, "attribute_references_type_0_item")
                    )

                    attribute_references_type_0.append(attribute_references_type_0_item)

                return attribute_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[AttributeReference] | None | Unset", data)

        attribute_references = _parse_attribute_references(d.get("attribute_references", UNSET))

        min_inclusive = d.get("min_inclusive", UNSET)

        max_inclusive = d.get("max_inclusive", UNSET)

        frequency_filter = cls(
            column_references=column_references,
            attribute_references=attribute_references,
            min_inclusive=min_inclusive,
            max_inclusive=max_inclusive,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _FrequencyFilter_MEMBERS
            else {key: value for key, value in d.items() if key not in _FrequencyFilter_MEMBERS}
        )
        frequency_filter.additional_properties = unknown
        return frequency_filter

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


from ..models.attribute_reference import AttributeReference
from ..models.column_reference import ColumnReference
