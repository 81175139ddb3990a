"""The values generated code and the runtime both handle: the `UNSET` marker of an absent field, and a call's
`Response`. The package's `types.py` takes them from here, so the runtime knows them without importing the
generated package (they are the generator's own definitions, unchanged)."""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Generic, Literal, TypeVar

from attrs import define

T = TypeVar("T")


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
