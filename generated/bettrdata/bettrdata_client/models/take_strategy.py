from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class TakeStrategy(StrEnum):
    ALL = "ALL"
    EVEN_NTH = "EVEN_NTH"
    TOP = "TOP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
