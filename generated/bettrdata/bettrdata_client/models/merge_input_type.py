from enum import StrEnum


class MergeInputType(StrEnum):
    JOIN = "JOIN"
    OMIT = "OMIT"
    SELECT = "SELECT"
    UNION = "UNION"

    def __str__(self) -> str:
        return str(self.value)
