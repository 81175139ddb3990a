from enum import StrEnum


class TokenRequestAuthFlow(StrEnum):
    USER_PASSWORD_AUTH = "USER_PASSWORD_AUTH"

    def __str__(self) -> str:
        return str(self.value)
