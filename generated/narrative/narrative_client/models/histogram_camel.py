from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistogramCamel")
_HistogramCamel_MEMBERS: frozenset[str] = frozenset(
    (
        "values",
        "numberOfBins",
    )
)


@_attrs_define
class HistogramCamel:
    """A value histogram (camelCase form of the metrics API).

    Attributes:
        values (HistogramCamelValues | Unset):
        number_of_bins (int | Unset):
    """

    values: HistogramCamelValues | Unset = UNSET
    number_of_bins: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        number_of_bins = self.number_of_bins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if number_of_bins is not UNSET:
            field_dict["numberOfBins"] = number_of_bins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _values = d.get("values", UNSET)
        values: HistogramCamelValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = HistogramCamelValues.from_dict(object_member(_values, "values"))

        number_of_bins = d.get("numberOfBins", UNSET)

        histogram_camel = cls(
            values=values,
            number_of_bins=number_of_bins,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _HistogramCamel_MEMBERS
            else {key: value for key, value in d.items() if key not in _HistogramCamel_MEMBERS}
        )
        histogram_camel.additional_properties = unknown
        return histogram_camel

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


from ..models.histogram_camel_values import HistogramCamelValues
