from enum import StrEnum


class ListSourceCatalogIncludeItem(StrEnum):
    CATEGORIES = "categories"

    def __str__(self) -> str:
        return str(self.value)
