from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class PrimitiveAttributeType(StrEnum):
    BOOLEAN = "boolean"
    DOUBLE = "double"
    LONG = "long"
    STRING = "string"
    TIMESTAMPTZ = "timestamptz"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
