from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistogramCamelValuesAdditionalProperty")
_HistogramCamelValuesAdditionalProperty_MEMBERS: frozenset[str] = frozenset(
    (
        "absolute",
        "ratio",
    )
)


@_attrs_define
class HistogramCamelValuesAdditionalProperty:
    """
    Attributes:
        absolute (int | Unset):
        ratio (float | Unset):
    """

    absolute: int | Unset = UNSET
    ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        absolute = self.absolute

        ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absolute is not UNSET:
            field_dict["absolute"] = absolute
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absolute = d.get("absolute", UNSET)

        ratio = d.get("ratio", UNSET)

        histogram_camel_values_additional_property = cls(
            absolute=absolute,
            ratio=ratio,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _HistogramCamelValuesAdditionalProperty_MEMBERS
            else {key: value for key, value in d.items() if key not in _HistogramCamelValuesAdditionalProperty_MEMBERS}
        )
        histogram_camel_values_additional_property.additional_properties = unknown
        return histogram_camel_values_additional_property

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
