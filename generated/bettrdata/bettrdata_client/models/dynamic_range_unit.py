from enum import StrEnum


class DynamicRangeUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    QUARTERS = "quarters"
    WEEKS = "weeks"
    YEARS = "years"

    def __str__(self) -> str:
        return str(self.value)
