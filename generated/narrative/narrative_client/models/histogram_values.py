from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member

T = TypeVar("T", bound="HistogramValues")
_HistogramValues_MEMBERS: frozenset[str] = frozenset(())


@_attrs_define
class HistogramValues:
    """The count and share of each value."""

    additional_properties: dict[str, HistogramValuesAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        histogram_values = cls()

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _HistogramValues_MEMBERS
            else {key: value for key, value in d.items() if key not in _HistogramValues_MEMBERS}
        )
        additional_properties = {}
        for prop_name, prop_dict in unknown.items():
            additional_property = HistogramValuesAdditionalProperty.from_dict(
                object_member(prop_dict, "AdditionalProperty")
            )

            additional_properties[prop_name] = additional_property

        histogram_values.additional_properties = additional_properties
        return histogram_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> HistogramValuesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: HistogramValuesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.histogram_values_additional_property import HistogramValuesAdditionalProperty
