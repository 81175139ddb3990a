from enum import StrEnum


class ListSourcesIncludeItem(StrEnum):
    CONNECTOR = "connector"
    ENVIRONMENT = "environment"
    HEALTH = "health"

    def __str__(self) -> str:
        return str(self.value)
