from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class SalesChannel(StrEnum):
    DATA_SHOP = "data_shop"
    DATA_STREAMS_MARKET = "data_streams_market"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
