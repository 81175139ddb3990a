from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class ListSourcesIncludeItem(StrEnum):
    CONNECTOR = "connector"
    ENVIRONMENT = "environment"
    HEALTH = "health"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
