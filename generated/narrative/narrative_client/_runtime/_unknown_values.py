"""Forward-compatible enums: a value the spec does not list is kept, not refused.

A vendor adds `"suspended"` to a status before its document says so; the generated enums' `_missing_` hands the
value here, which makes a pseudo-member of the enum for it: an instance of the enum class (so the annotations
hold), equal to the value and printed as it, sent back as it came by `to_dict()` / `model_dump()`, the same
object each time, and not among the enum's members (`list(DatasetStatus)` stays what the spec lists). It is
logged once per enum and value, at WARNING: drift should be seen. `is_unknown(member)` tells one apart.
"""

from __future__ import annotations

import threading
from enum import Enum
from typing import cast

from ._logging import logger

_LOCK = threading.Lock()
UNKNOWN_NAME = "UNKNOWN"


def unknown_member(enum: type[Enum], value: object) -> Enum | None:
    """The pseudo-member of `enum` for a `value` of the enum's own type (str or int) that it does not list; None
    (a `ValueError`, as before) for a value of another type."""
    base = next((kind for kind in (str, int) if kind in enum.__mro__), None)
    if base is None or type(value) is not base:
        return None
    with _LOCK:
        known = enum._value2member_map_.get(value)
        if known is not None:
            return known  # a pseudo-member another thread made meanwhile
        # Made as the enum makes its members (`str.__new__` for a StrEnum): an instance of the enum class.
        new_member = getattr(enum, "_new_member_")  # noqa: B009  # not in the type stubs
        member = cast(Enum, new_member(enum, value))
        member._name_ = UNKNOWN_NAME
        member._value_ = value
        enum._value2member_map_[value] = member  # the same object next time; iteration is not affected
    logger.warning("%s got %r, which the spec does not list; kept as it is", enum.__name__, value)
    return member


def is_unknown(member: Enum) -> bool:
    """Whether `member` stands for a value the spec did not list (a pseudo-member made on reading it)."""
    return member._name_ == UNKNOWN_NAME and member not in type(member).__members__.values()
