from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class DateRangeOperator(StrEnum):
    AFTER_DATE = "after-date"
    AFTER_EQUAL_DATE = "after-equal-date"
    BEFORE_DATE = "before-date"
    BEFORE_EQUAL_DATE = "before-equal-date"
    DATE_RANGE = "date-range"
    DYNAMIC_RANGE_DAYS_WEEKS_MONTHS = "dynamic-range-days-weeks-months"
    SINGLE_DATE = "single-date"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
