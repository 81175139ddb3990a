from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class FieldFilterType1(StrEnum):
    INCLUDE_ALL_VALUES_INCLUDING_NULLS_FILTER = "include_all_values_including_nulls_filter"
    INCLUDE_ONLY_IF_NOT_NULL_FILTER = "include_only_if_not_null_filter"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
