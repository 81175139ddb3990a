from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class UntypedValueFieldDisplayType(StrEnum):
    ADDRESS_RADIUS = "address-radius"
    BOOLEAN = "boolean"
    CASE_STATEMENT = "case-statement"
    DATE_PICKER = "date-picker"
    SQL_VARIABLE = "sql-variable"
    ZIP_CODE_RADIUS = "zip-code-radius"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
