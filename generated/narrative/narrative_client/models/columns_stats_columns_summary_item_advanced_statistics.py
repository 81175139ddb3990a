from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnsStatsColumnsSummaryItemAdvancedStatistics")
_ColumnsStatsColumnsSummaryItemAdvancedStatistics_MEMBERS: frozenset[str] = frozenset(
    (
        "approx_count_distinct",
        "count_distinct",
        "histogram",
        "mean",
        "standard_deviation",
        "completeness",
        "observed_types",
    )
)


@_attrs_define
class ColumnsStatsColumnsSummaryItemAdvancedStatistics:
    """
    Attributes:
        approx_count_distinct (int | None | Unset):
        count_distinct (int | None | Unset):
        histogram (Histogram | None | Unset):
        mean (float | None | Unset):
        standard_deviation (float | None | Unset):
        completeness (float | None | Unset):
        observed_types (Histogram | None | Unset):
    """

    approx_count_distinct: int | None | Unset = UNSET
    count_distinct: int | None | Unset = UNSET
    histogram: Histogram | None | Unset = UNSET
    mean: float | None | Unset = UNSET
    standard_deviation: float | None | Unset = UNSET
    completeness: float | None | Unset = UNSET
    observed_types: Histogram | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.histogram, Histogram):
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
        elif isinstance(self.observed_types, Histogram):
            observed_types = self.observed_types.to_dict()
        else:
            observed_types = self.observed_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approx_count_distinct is not UNSET:
            field_dict["approx_count_distinct"] = approx_count_distinct
        if count_distinct is not UNSET:
            field_dict["count_distinct"] = count_distinct
        if histogram is not UNSET:
            field_dict["histogram"] = histogram
        if mean is not UNSET:
            field_dict["mean"] = mean
        if standard_deviation is not UNSET:
            field_dict["standard_deviation"] = standard_deviation
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if observed_types is not UNSET:
            field_dict["observed_types"] = observed_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_approx_count_distinct(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        approx_count_distinct = _parse_approx_count_distinct(d.get("approx_count_distinct", UNSET))

        def _parse_count_distinct(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        count_distinct = _parse_count_distinct(d.get("count_distinct", UNSET))

        def _parse_histogram(data: object) -> Histogram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                histogram_type_0 = Histogram.from_dict(object_member(data, "histogram_type_0"))

                return histogram_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Histogram | None | Unset", data)

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

        standard_deviation = _parse_standard_deviation(d.get("standard_deviation", UNSET))

        def _parse_completeness(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        completeness = _parse_completeness(d.get("completeness", UNSET))

        def _parse_observed_types(data: object) -> Histogram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                observed_types_type_0 = Histogram.from_dict(object_member(data, "observed_types_type_0"))

                return observed_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Histogram | None | Unset", data)

        observed_types = _parse_observed_types(d.get("observed_types", UNSET))

        columns_stats_columns_summary_item_advanced_statistics = cls(
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
            if d.keys() <= _ColumnsStatsColumnsSummaryItemAdvancedStatistics_MEMBERS
            else {
                key: value
                for key, value in d.items()
                if key not in _ColumnsStatsColumnsSummaryItemAdvancedStatistics_MEMBERS
            }
        )
        columns_stats_columns_summary_item_advanced_statistics.additional_properties = unknown
        return columns_stats_columns_summary_item_advanced_statistics

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


from ..models.histogram import Histogram
