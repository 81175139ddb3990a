from enum import StrEnum


class Cadence(StrEnum):
    DAILY = "daily"
    HOURLY = "hourly"
    MONTHLY = "monthly"
    ONCE = "once"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
