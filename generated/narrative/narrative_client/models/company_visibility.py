from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class CompanyVisibility(StrEnum):
    INVISIBLE = "invisible"
    INVISIBLE_IN_DISCOVER = "invisible_in_discover"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
