from enum import StrEnum


class OfferPricingType(StrEnum):
    MAX_PRICE_PER_RECORD = "max_price_per_record"
    PER_RECORD = "per_record"

    def __str__(self) -> str:
        return str(self.value)
