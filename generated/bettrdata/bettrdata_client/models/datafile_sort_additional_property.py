from enum import IntEnum
from typing import Any

from .._runtime import unknown_member


class DatafileSortAdditionalProperty(IntEnum):
    VALUE_1 = 1
    VALUE_NEGATIVE_1 = -1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
