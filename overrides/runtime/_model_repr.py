"""The `repr` of every generated model: unset fields left out, secret fields hidden.

A field is secret when the spec marks its property `format: password` or `writeOnly` (the model template passes
those names), or when its name is one the runtime always treats as a credential (`password`, `token`, ...).
Undeclared members (`additional_properties`) are shown with the values of credential-named keys hidden.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import attrs

from ._logging import REDACTED, is_sensitive_key
from ._types import Unset


def model_repr(model: Any, secrets: Collection[str] = ()) -> str:
    parts = []
    for attribute in attrs.fields(type(model)):
        value = getattr(model, attribute.name)
        if attribute.name == "additional_properties":
            if value:
                shown = {key: REDACTED if is_sensitive_key(key) else item for key, item in value.items()}
                parts.append(f"additional_properties={shown!r}")
            continue
        if isinstance(value, Unset):
            continue
        if value is not None and (attribute.name in secrets or is_sensitive_key(attribute.name)):
            value = REDACTED
        parts.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"
