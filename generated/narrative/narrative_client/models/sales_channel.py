from enum import StrEnum


class SalesChannel(StrEnum):
    DATA_SHOP = "data_shop"
    DATA_STREAMS_MARKET = "data_streams_market"

    def __str__(self) -> str:
        return str(self.value)
