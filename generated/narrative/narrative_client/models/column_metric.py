from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnMetric")
_ColumnMetric_MEMBERS: frozenset[str] = frozenset(
    (
        "columnName",
        "approxCountDistinct",
        "countDistinct",
        "histogram",
        "mean",
        "standardDeviation",
        "completeness",
        "observedTypes",
    )
)


@_attrs_define
class ColumnMetric:
    """Metrics of one column.

    Attributes:
        column_name (str):
        approx_count_distinct (int | None | Unset):
        count_distinct (int | None | Unset):
        histogram (HistogramCamel | None | Unset):
        mean (float | None | Unset):
        standard_deviation (float | None | Unset):
        completeness (float | None | Unset):
        observed_types (HistogramCamel | None | Unset):
    """

    column_name: str
    approx_count_distinct: int | None | Unset = UNSET
    count_distinct: int | None | Unset = UNSET
    histogram: HistogramCamel | None | Unset = UNSET
    mean: float | None | Unset = UNSET
    standard_deviation: float | None | Unset = UNSET
    completeness: float | None | Unset = UNSET
    observed_types: HistogramCamel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        column_name = self.column_name

        approx_count_distinct: int | None | Unset
        if isinstance(self.approx_count_distinct, Unset):
            approx_count_distinct = UNSET
        else:
            approx_count_distinct = self.approx_count_distinct

        count_distinct: int | None | Unset
        if isinstance(self.count_distinct, Unset):
            count_distinct = UNSET
        else:
            count_distinct = self.count_distinct

        histogram: dict[str, Any] | None | Unset
        if isinstance(self.histogram, Unset):
            histogram = UNSET
        elif isinstance(self.histogram, HistogramCamel):
            histogram = self.histogram.to_dict()
        else:
            histogram = self.histogram

        mean: float | None | Unset
        if isinstance(self.mean, Unset):
            mean = UNSET
        else:
            mean = self.mean

        standard_deviation: float | None | Unset
        if isinstance(self.standard_deviation, Unset):
            standard_deviation = UNSET
        else:
            standard_deviation = self.standard_deviation

        completeness: float | None | Unset
        if isinstance(self.completeness, Unset):
            completeness = UNSET
        else:
            completeness = self.completeness

        observed_types: dict[str, Any] | None | Unset
        if isinstance(self.observed_types, Unset):
            observed_types = UNSET
        elif isinstance(self.observed_types, HistogramCamel):
            observed_types = self.observed_types.to_dict()
        else:
            observed_types = self.observed_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columnName": column_name,
            }
        )
        if approx_count_distinct is not UNSET:
            field_dict["approxCountDistinct"] = approx_count_distinct
        if count_distinct is not UNSET:
            field_dict["countDistinct"] = count_distinct
        if histogram is not UNSET:
            field_dict["histogram"] = histogram
        if mean is not UNSET:
            field_dict["mean"] = mean
        if standard_deviation is not UNSET:
            field_dict["standardDeviation"] = standard_deviation
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if observed_types is not UNSET:
            field_dict["observedTypes"] = observed_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_name = d["columnName"]

        def _parse_approx_count_distinct(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        approx_count_distinct = _parse_approx_count_distinct(d.get("approxCountDistinct", UNSET))

        def _parse_count_distinct(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        count_distinct = _parse_count_distinct(d.get("countDistinct", UNSET))

        def _parse_histogram(data: object) -> HistogramCamel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                histogram_type_0 = HistogramCamel.from_dict(object_member(data, "histogram_type_0"))

                return histogram_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HistogramCamel | None | Unset", data)

        histogram = _parse_histogram(d.get("histogram", UNSET))

        def _parse_mean(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        mean = _parse_mean(d.get("mean", UNSET))

        def _parse_standard_deviation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        standard_deviation = _parse_standard_deviation(d.get("standardDeviation", UNSET))

        def _parse_completeness(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        completeness = _parse_completeness(d.get("completeness", UNSET))

        def _parse_observed_types(data: object) -> HistogramCamel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                observed_types_type_0 = HistogramCamel.from_dict(object_member(data, "observedTypes_type_0"))

                return observed_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("HistogramCamel | None | Unset", data)

        observed_types = _parse_observed_types(d.get("observedTypes", UNSET))

        column_metric = cls(
            column_name=column_name,
            approx_count_distinct=approx_count_distinct,
            count_distinct=count_distinct,
            histogram=histogram,
            mean=mean,
            standard_deviation=standard_deviation,
            completeness=completeness,
            observed_types=observed_types,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _ColumnMetric_MEMBERS
            else {key: value for key, value in d.items() if key not in _ColumnMetric_MEMBERS}
        )
        column_metric.additional_properties = unknown
        return column_metric

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


from ..models.histogram_camel import HistogramCamel
