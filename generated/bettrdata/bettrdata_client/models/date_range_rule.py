from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.date_range_operator import DateRangeOperator
from ..models.dynamic_range_unit import DynamicRangeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="DateRangeRule")
_DateRangeRule_MEMBERS: frozenset[str] = frozenset(
    (
        "operator",
        "startDate",
        "endDate",
        "dynamicRangeNumber",
        "dynamicRangeType",
    )
)


@_attrs_define
class DateRangeRule:
    """A condition on dates, used to pick earlier exports and as the value of date-range filters.

    Attributes:
        operator (DateRangeOperator): `date-range`: between `startDate` and `endDate`. `single-date`: on `startDate`.
            `after-date`,
            `before-date`: strictly after or before `startDate`. `after-equal-date`, `before-equal-date`: on or
            after, on or before `startDate`. `dynamic-range-days-weeks-months`: within the last
            `dynamicRangeNumber` units of `dynamicRangeType`.
        start_date (str | Unset): The first (or only) date.
        end_date (str | Unset): With `date-range`, the last date.
        dynamic_range_number (int | Unset): With `dynamic-range-days-weeks-months`, how many units back from today.
        dynamic_range_type (DynamicRangeUnit | Unset): The unit of a dynamic date range.
    """

    operator: DateRangeOperator
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    dynamic_range_number: int | Unset = UNSET
    dynamic_range_type: DynamicRangeUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        start_date = self.start_date

        end_date = self.end_date

        dynamic_range_number = self.dynamic_range_number

        dynamic_range_type: str | Unset = UNSET
        if not isinstance(self.dynamic_range_type, Unset):
            dynamic_range_type = self.dynamic_range_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if dynamic_range_number is not UNSET:
            field_dict["dynamicRangeNumber"] = dynamic_range_number
        if dynamic_range_type is not UNSET:
            field_dict["dynamicRangeType"] = dynamic_range_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        operator = DateRangeOperator(d["operator"])

        start_date = d.get("startDate", UNSET)

        end_date = d.get("endDate", UNSET)

        dynamic_range_number = d.get("dynamicRangeNumber", UNSET)

        _dynamic_range_type = d.get("dynamicRangeType", UNSET)
        dynamic_range_type: DynamicRangeUnit | Unset
        if isinstance(_dynamic_range_type, Unset):
            dynamic_range_type = UNSET
        else:
            dynamic_range_type = DynamicRangeUnit(_dynamic_range_type)

        date_range_rule = cls(
            operator=operator,
            start_date=start_date,
            end_date=end_date,
            dynamic_range_number=dynamic_range_number,
            dynamic_range_type=dynamic_range_type,
        )

        # The members the spec does not declare, looked for only when there are any (a subset test, in C).
        unknown = (
            {}
            if d.keys() <= _DateRangeRule_MEMBERS
            else {key: value for key, value in d.items() if key not in _DateRangeRule_MEMBERS}
        )
        date_range_rule.additional_properties = unknown
        return date_range_rule

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
