from enum import StrEnum


class FieldFilterType1(StrEnum):
    INCLUDE_ALL_VALUES_INCLUDING_NULLS_FILTER = "include_all_values_including_nulls_filter"
    INCLUDE_ONLY_IF_NOT_NULL_FILTER = "include_only_if_not_null_filter"

    def __str__(self) -> str:
        return str(self.value)
