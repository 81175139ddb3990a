from enum import StrEnum


class CompanyUpdateVisibility(StrEnum):
    INVISIBLE = "invisible"
    INVISIBLE_IN_DISCOVER = "invisible_in_discover"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
