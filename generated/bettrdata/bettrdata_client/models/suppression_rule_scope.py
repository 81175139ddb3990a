from enum import StrEnum


class SuppressionRuleScope(StrEnum):
    ALL_EXPORTS = "all-exports"
    DATERANGE = "daterange"
    SPECIFIC_EXPORT = "specific-export"

    def __str__(self) -> str:
        return str(self.value)
