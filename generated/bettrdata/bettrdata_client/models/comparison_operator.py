from enum import StrEnum


class ComparisonOperator(StrEnum):
    EQUALS = "equals"
    GREATER_THAN = "greater-than"
    GREATER_THAN_OR_EQUALS = "greater-than-or-equals"
    LESS_THAN = "less-than"
    LESS_THAN_OR_EQUALS = "less-than-or-equals"

    def __str__(self) -> str:
        return str(self.value)
