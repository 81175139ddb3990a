from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr, object_member
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatsConfig")
_StatsConfig_MEMBERS: frozenset[str] = frozenset(
    (
        "value_histogram",
        "completeness",
        "approx_count_distinct",
        "count_distinct",
        "observed_types_histogram",
        "mean",
        "deviation",
    )
)


@_attrs_define
class StatsConfig:
    """Which advanced statistics are computed for which columns.

    Attributes:
        value_histogram (StatsColumns | Unset): The columns a statistic is computed for.
        completeness (StatsColumns | Unset): The columns a statistic is computed for.
        approx_count_distinct (StatsColumns | Unset): The columns a statistic is computed for.
        count_distinct (StatsColumns | Unset): The columns a statistic is computed for.
        observed_types_histogram (StatsColumns | Unset): The columns a statistic is computed for.
        mean (StatsColumns | Unset): The columns a statistic is computed for.
        deviation (StatsColumns | Unset): The columns a statistic is computed for.
    """

    value_histogram: StatsColumns | Unset = UNSET
    completeness: StatsColumns | Unset = UNSET
    approx_count_distinct: StatsColumns | Unset = UNSET
    count_distinct: StatsColumns | Unset = UNSET
    observed_types_histogram: StatsColumns | Unset = UNSET
    mean: StatsColumns | Unset = UNSET
    deviation: StatsColumns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        value_histogram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_histogram, Unset):
            value_histogram = self.value_histogram.to_dict()

        completeness: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completeness, Unset):
            completeness = self.completeness.to_dict()

        approx_count_distinct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approx_count_distinct, Unset):
            approx_count_distinct = self.approx_count_distinct.to_dict()

        count_distinct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_distinct, Unset):
            count_distinct = self.count_distinct.to_dict()

        observed_types_histogram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observed_types_histogram, Unset):
            observed_types_histogram = self.observed_types_histogram.to_dict()

        mean: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mean, Unset):
            mean = self.mean.to_dict()

        deviation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deviation, Unset):
            deviation = self.deviation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value_histogram is not UNSET:
            field_dict["value_histogram"] = value_histogram
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if approx_count_distinct is not UNSET:
            field_dict["approx_count_distinct"] = approx_count_distinct
        if count_distinct is not UNSET:
            field_dict["count_distinct"] = count_distinct
        if observed_types_histogram is not UNSET:
            field_dict["observed_types_histogram"] = observed_types_histogram
        if mean is not UNSET:
            field_dict["mean"] = mean
        if deviation is not UNSET:
            field_dict["deviation"] = deviation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _value_histogram = d.get("value_histogram", UNSET)
        value_histogram: StatsColumns | Unset
        if isinstance(_value_histogram, Unset):
            value_histogram = UNSET
        else:
            value_histogram = StatsColumns.from_dict(object_member(_value_histogram, "value_histogram"))

        _completeness = d.get("completeness", UNSET)
        completeness: StatsColumns | Unset
        if isinstance(_completeness, Unset):
            completeness = UNSET
        else:
            completeness = StatsColumns.from_dict(object_member(_completeness, "completeness"))

        _approx_count_distinct = d.get("approx_count_distinct", UNSET)
        approx_count_distinct: StatsColumns | Unset
        if isinstance(_approx_count_distinct, Unset):
            approx_count_distinct = UNSET
        else:
            approx_count_distinct = StatsColumns.from_dict(
                object_member(_approx_count_distinct, "approx_count_distinct")
            )

        _count_distinct = d.get("count_distinct", UNSET)
        count_distinct: StatsColumns | Unset
        if isinstance(_count_distinct, Unset):
            count_distinct = UNSET
        else:
            count_distinct = StatsColumns.from_dict(object_member(_count_distinct, "count_distinct"))

        _observed_types_histogram = d.get("observed_types_histogram", UNSET)
        observed_types_histogram: StatsColumns | Unset
        if isinstance(_observed_types_histogram, Unset):
            observed_types_histogram = UNSET
        else:
            observed_types_histogram = StatsColumns.from_dict(
                object_member(_observed_types_histogram, "observed_types_histogram")
            )

        _mean = d.get("mean", UNSET)
        mean: StatsColumns | Unset
        if isinstance(_mean, Unset):
            mean = UNSET
        else:
            mean = StatsColumns.from_dict(object_member(_mean, "mean"))

        _deviation = d.get("deviation", UNSET)
        deviation: StatsColumns | Unset
        if isinstance(_deviation, Unset):
            deviation = UNSET
        else:
            deviation = StatsColumns.from_dict(object_member(_deviation, "deviation"))

        stats_config = cls(
            value_histogram=value_histogram,
            completeness=completeness,
            approx_count_distinct=approx_count_distinct,
            count_distinct=count_distinct,
            observed_types_histogram=observed_types_histogram,
            mean=mean,
            deviation=deviation,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _StatsConfig_MEMBERS
            else {key: value for key, value in d.items() if key not in _StatsConfig_MEMBERS}
        )
        stats_config.additional_properties = unknown
        return stats_config

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


from ..models.stats_columns import StatsColumns
