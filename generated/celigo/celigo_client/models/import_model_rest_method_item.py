from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class ImportModelRestMethodItem(StrEnum):
    DELETE = "DELETE"
    GET = "GET"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
