from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class ComparisonOperator(StrEnum):
    EQUALS = "equals"
    GREATER_THAN = "greater-than"
    GREATER_THAN_OR_EQUALS = "greater-than-or-equals"
    LESS_THAN = "less-than"
    LESS_THAN_OR_EQUALS = "less-than-or-equals"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
