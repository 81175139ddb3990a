"""Bounds on what a request may carry, so that hostile input gets a 4xx naming the limit instead of a 500 or a hang.

`Limits` is configured by `create_app(limits=...)` and the command line (`--max-body-bytes` and the like).
The transport bounds (URL, headers, body, repeated headers) are checked before the request is read
(`transport_refusal`); the JSON bounds (depth, unpaired surrogates, digits) wherever JSON or a number is
read from the wire (`load_json`, `integer_text_problem`).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from ._spec import JSON

# Headers a request carries once: a second `Authorization` must not silently replace (or be replaced by) the first.
SINGLE_HEADERS = frozenset({"authorization", "proxy-authorization", "content-type", "content-length", "host"})


@dataclass(frozen=True)
class Limits:
    """Each bound is named in the answer that enforces it (and matches a `--max-...` flag of the command line)."""

    max_url_bytes: int = 8 * 1024  # request target (path and query): 414 above it
    max_header_bytes: int = 32 * 1024  # all header names and values together: 431 above it
    max_body_bytes: int = 5 * 1024 * 1024  # 413 above it, told by Content-Length before the body is read
    max_json_depth: int = 64  # nesting of arrays and objects in a JSON body or JSON parameter
    max_integer_digits: int = 1000  # digits of an integer in a path, query, header or JSON number
    max_fault_latency_ms: float = 30_000.0  # the largest `latency-ms` an X-Mock-Fault header may ask for
    regex_timeout_ms: float = 250.0  # the time a vendor's regular expression search may take per request

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"Limits.{field.name} must be a positive finite number, not {value!r}")
        python_digits = sys.get_int_max_str_digits()
        if python_digits and self.max_integer_digits > python_digits:
            raise ValueError(f"Limits.max_integer_digits cannot exceed Python's own limit of {python_digits} digits")


@dataclass(frozen=True)
class Refusal:
    """A request refused before it reached an operation: the status and a message naming what and which limit."""

    status: int
    message: str


def transport_refusal(
    limits: Limits, target_bytes: int, raw_headers: Sequence[tuple[bytes, bytes]], single_headers: Iterable[str] = ()
) -> Refusal | None:
    """The first transport bound the request breaks, if any. `single_headers` adds header names (lower case)
    that must not be repeated, such as the spec's API key headers."""
    if target_bytes > limits.max_url_bytes:
        return Refusal(
            414, f"URI Too Long: the request target has {target_bytes} bytes, over max_url_bytes={limits.max_url_bytes}"
        )
    header_bytes = sum(len(name) + len(value) for name, value in raw_headers)
    if header_bytes > limits.max_header_bytes:
        return Refusal(
            431,
            f"Request Header Fields Too Large: {header_bytes} bytes of header names and values, "
            f"over max_header_bytes={limits.max_header_bytes}",
        )
    once = SINGLE_HEADERS.union(single_headers)
    seen: set[str] = set()
    for raw_name, _ in raw_headers:
        name = raw_name.decode("latin-1").lower()
        if name in once and name in seen:
            return Refusal(400, f"Bad Request: header '{name}' was sent more than once; send it once")
        seen.add(name)
    length = declared_length(raw_headers)
    if length is not None and length > limits.max_body_bytes:
        return Refusal(413, body_too_large(limits, f"Content-Length is {length} bytes"))
    return None


def declared_length(raw_headers: Sequence[tuple[bytes, bytes]]) -> int | None:
    for name, value in raw_headers:
        if name.lower() == b"content-length" and value.strip().isdigit() and len(value) <= 20:
            return int(value)
    return None


def body_too_large(limits: Limits, what: str) -> str:
    return f"Content Too Large: {what}, over max_body_bytes={limits.max_body_bytes}"


class InputTooLarge(ValueError):
    """A value from the wire beyond a bound; the message names the bound and never carries the value.
    `field`: where in a JSON document (dotted, as validation problems name fields), when known."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field

    def named(self, name: str) -> str:
        """The field's name under `name` (a parameter's or the body's)."""
        return ".".join(part for part in (name, self.field) if part)


def integer_text_problem(text: str, limits: Limits) -> str | None:
    digits = len(text) - (1 if text[:1] in "+-" else 0)
    if digits > limits.max_integer_digits:
        return f"has an integer of {digits} digits, over max_integer_digits={limits.max_integer_digits}"
    return None


def load_json(text: str | bytes, limits: Limits) -> JSON:
    """JSON from the wire within the bounds; `InputTooLarge` names the bound broken, `ValueError` bad JSON.

    A number with a fraction or exponent whose value is an integer reads as that integer (`16.0` is the integer
    16 in JSON Schema), so that a record stores, answers and puts in paths `16`, as a typed server would."""

    def read_int(digits: str) -> int:
        problem = integer_text_problem(digits, limits)
        if problem is not None:
            raise InputTooLarge(problem)
        return int(digits)

    def read_float(digits: str) -> int | float:
        if len(digits) > limits.max_integer_digits:
            raise InputTooLarge(
                f"has a number of {len(digits)} characters, over max_integer_digits={limits.max_integer_digits}"
            )
        number = float(digits)
        if not math.isfinite(number):
            raise InputTooLarge("has a number beyond the range of a double")
        return int(number) if number.is_integer() and abs(number) < 2**63 else number

    try:
        value = json.loads(text, parse_int=read_int, parse_float=read_float, parse_constant=_no_constant)
    except RecursionError:
        raise InputTooLarge(_too_deep(limits)) from None
    _check_structure(value, limits)
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _too_deep(limits: Limits) -> str:
    return f"is nested deeper than max_json_depth={limits.max_json_depth} levels"


def _check_structure(value: JSON, limits: Limits) -> None:
    """`InputTooLarge` for nesting beyond the bound, or a string with an unpaired surrogate (`"\\ud800"` is
    valid JSON text but no Unicode string: it cannot be validated, stored or answered)."""
    if not _structure_fits(value, limits.max_json_depth):
        _name_structure_problem(value, limits)


def _structure_fits(value: JSON, max_depth: int) -> bool:
    """The quick pass every request body takes: no paths kept, ASCII strings not encoded."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if depth >= max_depth:
                return False
            for key, member in item.items():
                if not key.isascii() and _has_surrogate(key):
                    return False
                stack.append((member, depth + 1))
        elif isinstance(item, list):
            if depth >= max_depth:
                return False
            stack.extend((member, depth + 1) for member in item)
        elif isinstance(item, str) and not item.isascii() and _has_surrogate(item):
            return False
    return True


def _name_structure_problem(value: JSON, limits: Limits) -> None:
    """The walk again, keeping paths, for the error that names where the problem is."""
    surrogate = "has an unpaired UTF-16 surrogate (not valid Unicode)"
    stack: list[tuple[Any, tuple[str, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict | list) and len(path) >= limits.max_json_depth:
            raise InputTooLarge(_too_deep(limits), path[0] if path else "")  # the member that holds it
        if isinstance(item, dict):
            for key, member in item.items():
                if _has_surrogate(key):
                    raise InputTooLarge(f"has a member name that {surrogate}", ".".join(path))
                stack.append((member, (*path, key)))
        elif isinstance(item, list):
            stack.extend((member, (*path, str(index))) for index, member in enumerate(item))
        elif isinstance(item, str) and _has_surrogate(item):
            raise InputTooLarge(surrogate, ".".join(path))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
