"""Checks the generated models make where the generator's own templates trust the answer: a member due an array
that is something else (`null`, a string) is refused by name, not carried into the model as if it were a list."""

from __future__ import annotations

from typing import Any


class MemberTypeError(TypeError):
    """A member of an answer is not of the JSON type its schema declares (`member`, and `reason` saying what was
    due and what came)."""

    def __init__(self, member: str, reason: str) -> None:
        super().__init__(f"{member!r}: {reason}")
        self.member = member
        self.reason = reason


def array_member(value: object, member: str) -> Any:
    """`value` when it is a JSON array; otherwise `MemberTypeError` naming `member`. (Typed `Any`: the generated
    code casts it to the list type the schema declares.)"""
    if isinstance(value, list):
        return value
    raise MemberTypeError(member, f"an array is due, the answer has {json_kind(value)}")


def json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else f"a {type(value).__name__}"


def object_member(value: object, member: str) -> Any:
    """`value` when it is a JSON object; otherwise `MemberTypeError` naming `member`. (Typed `Any`: the generated
    code hands it to the nested model's `from_dict`.)"""
    if isinstance(value, dict):
        return value
    raise MemberTypeError(member, f"an object is due, the answer has {json_kind(value)}")


def whole_answer(value: object, member: str) -> Any:
    """`object_member` for an answer's body itself (endpoint modules): passed on unchecked, so that the model then
    names what is wrong (`AccessRule: an object is due, the answer has an array`) rather than a made-up member."""
    return value


def json_member(value: object, member: str, kinds: tuple[type, ...]) -> object:
    """`value` when it is one of the plain JSON `kinds` (str, int, float, bool) a member's schema allows, otherwise
    `MemberTypeError` naming `member` (a boolean is not taken for a number)."""
    if isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool)):
        return value
    due = " or ".join(_KIND_NAMES.get(kind, kind.__name__) for kind in kinds)
    raise MemberTypeError(member, f"{due} is due, the answer has {json_kind(value)}")


_KIND_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}
