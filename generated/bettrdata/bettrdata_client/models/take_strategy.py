from enum import StrEnum


class TakeStrategy(StrEnum):
    ALL = "ALL"
    EVEN_NTH = "EVEN_NTH"
    TOP = "TOP"

    def __str__(self) -> str:
        return str(self.value)
