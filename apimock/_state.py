"""The mock's memory: collections of records by identifier (which operations use them: `_bindings.py`)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from ._spec import JSON, Spec


class Store:
    """Records by collection and identifier, in insertion order; identifiers drawn from a seeded generator.

    The store owns what is `put` in it (pass a fresh record, not one you keep changing), and what `get` and
    `values` return is the stored record itself, for speed: read it, answer it, and change a record only by
    `put`ting a new one.
    """

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(f"store-{seed}")
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._ticks = 0
        self._serial = 1000

    def new_id(self, length: int = 24) -> str:
        """A new hexadecimal identifier (24 digits: the shape of a MongoDB ObjectId)."""
        return f"{self._random.getrandbits(length * 4):0{length}x}"

    def new_key(self, schema: JSON, spec: Spec) -> str | int:
        """A new identifier of the kind `schema` describes: an integer, a UUID, or hexadecimal text."""
        resolved = spec.resolve(schema) if schema is not None else {}
        declared = resolved.get("type") if isinstance(resolved, Mapping) else None
        if declared == "integer" or (isinstance(declared, list) and "integer" in declared):
            self._serial += 1
            return self._serial
        if isinstance(resolved, Mapping) and resolved.get("format") == "uuid":
            return str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        return self.new_id()

    def timestamp(self) -> str:
        """A deterministic, increasing timestamp (one second per call from 2025-01-01)."""
        self._ticks += 1
        minutes, seconds = divmod(self._ticks, 60)
        hours, minutes = divmod(minutes, 60)
        days, hours = divmod(hours, 24)
        return f"2025-01-{1 + days % 28:02d}T{hours:02d}:{minutes:02d}:{seconds:02d}Z"

    def collection(self, name: str) -> dict[str, dict[str, Any]]:
        return self._collections.setdefault(name, {})

    def put(self, name: str, key: str, record: Mapping[str, Any]) -> dict[str, Any]:
        stored = dict(record)
        self.collection(name)[key] = stored
        return stored

    def get(self, name: str, key: str) -> dict[str, Any] | None:
        return self.collection(name).get(key)

    def delete(self, name: str, key: str) -> bool:
        return self.collection(name).pop(key, None) is not None

    def find(self, name: str, field: str, value: Any) -> tuple[str, dict[str, Any]] | None:
        """The first record (and its key) whose `field` is `value`."""
        for key, record in self.collection(name).items():
            if record.get(field) == value:
                return key, record
        return None

    def values(self, name: str) -> Iterator[dict[str, Any]]:
        yield from self.collection(name).values()

    def size(self) -> int:
        return sum(len(records) for records in self._collections.values())
