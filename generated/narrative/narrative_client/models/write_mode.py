from enum import StrEnum


class WriteMode(StrEnum):
    APPEND = "append"
    OVERWRITE = "overwrite"

    def __str__(self) -> str:
        return str(self.value)
