from enum import StrEnum


class ListCompanyDataStreamsBySalesChannelO(StrEnum):
    PRICE_HIGH = "price-high"
    PRICE_LOW = "price-low"

    def __str__(self) -> str:
        return str(self.value)
