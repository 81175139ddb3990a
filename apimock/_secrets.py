"""Secrets answered masked, as vendors that return stored credentials do.

A spec with a top-level `x-secret-mask` (the text the vendor answers in place of a secret, e.g. `"•••••••"`)
gets every string its answer schema marks `format: password` answered as that mask. The store keeps the real
value; only the answer is masked. Without the extension nothing is masked (a sign-in request's password is no
answer, and other vendors answer no secrets).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._replies import Replies, Reply
from ._spec import JSON, Operation, Spec

MASK_EXTENSION = "x-secret-mask"
_COMPOSITIONS = ("allOf", "oneOf", "anyOf")
_MAX_DEPTH = 32


class SecretMask:
    def __init__(self, spec: Spec, replies: Replies) -> None:
        self._spec = spec
        self._replies = replies
        mask = spec.document.get(MASK_EXTENSION)
        self.mask: str | None = mask if isinstance(mask, str) else None
        self._holds_secrets: dict[int, bool] = {}

    def apply(self, operation: Operation, reply: Reply) -> None:
        """Mask the secrets of `reply`'s body, as its documented schema marks them (the body is replaced, never
        changed in place: it may be a stored record)."""
        if self.mask is None or reply.body is None or reply.stream is not None:
            return
        schema = self._replies.media(operation, reply.status)[1].get("schema")
        if schema is not None:
            reply.body = self.masked(schema, reply.body)

    def masked(self, schema: JSON, value: Any, depth: int = 0) -> Any:
        """`value` with the secrets `schema` marks replaced by the mask (a copy where anything was masked)."""
        if self.mask is None or depth > _MAX_DEPTH or not self.holds_secrets(schema):
            return value
        if isinstance(value, str):
            return self.mask if self._is_secret(schema) else value
        if isinstance(value, Mapping):
            properties = self._properties(schema)
            return {
                name: item if name not in properties else self.masked(properties[name], item, depth + 1)
                for name, item in value.items()
            }
        if isinstance(value, list):
            items = self._items(schema)
            return [self.masked(items, item, depth + 1) for item in value] if items is not None else value
        return value

    def holds_secrets(self, schema: JSON) -> bool:
        """Whether anything in `schema` (through references, compositions, properties, items) is a secret."""
        return self._holds(schema, set())

    def _holds(self, schema: JSON, visiting: set[int]) -> bool:
        resolved = self._spec.resolve(schema)
        if not isinstance(resolved, Mapping):
            return False
        key = id(resolved)
        if key in self._holds_secrets:
            return self._holds_secrets[key]
        if key in visiting:  # a recursive schema: what it holds is decided where the recursion started
            return False
        visiting.add(key)
        children: list[JSON] = list((resolved.get("properties") or {}).values())
        children += [part for word in _COMPOSITIONS for part in resolved.get(word) or []]
        if isinstance(resolved.get("items"), Mapping):
            children.append(resolved["items"])
        found = self._is_secret(resolved) or any(self._holds(child, visiting) for child in children)
        visiting.discard(key)
        self._holds_secrets[key] = found
        return found

    def _is_secret(self, schema: JSON) -> bool:
        resolved = self._spec.resolve(schema)
        return isinstance(resolved, Mapping) and resolved.get("format") == "password"

    def _properties(self, schema: JSON, depth: int = 0) -> dict[str, JSON]:
        """The properties an object may have, from every branch of its compositions (a secret in any variant
        is masked: a union's variants do not name one field a secret in one and not in another)."""
        resolved = self._spec.resolve(schema)
        if not isinstance(resolved, Mapping) or depth > _MAX_DEPTH:
            return {}
        found: dict[str, JSON] = {}
        for word in _COMPOSITIONS:
            for part in resolved.get(word) or []:
                for name, declared in self._properties(part, depth + 1).items():
                    found.setdefault(name, declared)
        found.update(resolved.get("properties") or {})
        return found

    def _items(self, schema: JSON, depth: int = 0) -> JSON | None:
        resolved = self._spec.resolve(schema)
        if not isinstance(resolved, Mapping) or depth > _MAX_DEPTH:
            return None
        if "items" in resolved:
            return resolved["items"]
        for word in _COMPOSITIONS:
            for part in resolved.get(word) or []:
                items = self._items(part, depth + 1)
                if items is not None:
                    return items
        return None
