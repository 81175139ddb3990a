from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class OfferPricingType(StrEnum):
    MAX_PRICE_PER_RECORD = "max_price_per_record"
    PER_RECORD = "per_record"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
