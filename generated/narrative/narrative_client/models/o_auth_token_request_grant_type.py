from enum import StrEnum
from typing import Any

from .._runtime import unknown_member


class OAuthTokenRequestGrantType(StrEnum):
    CLIENT_CREDENTIALS = "client_credentials"
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_member(cls, value)
