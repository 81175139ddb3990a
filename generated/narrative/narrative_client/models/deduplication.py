from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import array_member, model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="Deduplication")
_Deduplication_MEMBERS: frozenset[str] = frozenset(
    (
        "period",
        "column_references",
        "attribute_references",
    )
)


@_attrs_define
class Deduplication:
    """How duplicate records are recognised and dropped.

    Attributes:
        period (str | Unset): An ISO-8601 duration within which duplicates are dropped.
        column_references (list[ColumnReference] | None | Unset):
        attribute_references (list[AttributeReference] | None | Unset):
    """

    period: str | Unset = UNSET
    column_references: list[ColumnReference] | None | Unset = UNSET
    attribute_references: list[AttributeReference] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if column_references is not UNSET:
            field_dict["column_references"] = column_references
        if attribute_references is not UNSET:
            field_dict["attribute_references"] = attribute_references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        period = d.get("period", UNSET)

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

        deduplication = cls(
            period=period,
            column_references=column_references,
            attribute_references=attribute_references,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _Deduplication_MEMBERS
            else {key: value for key, value in d.items() if key not in _Deduplication_MEMBERS}
        )
        deduplication.additional_properties = unknown
        return deduplication

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
