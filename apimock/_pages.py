"""One page of stored records, as an operation's `x-pagination` describes it (the vocabulary is documented in the
pipeline's `pagination.py`): styles page, offset and cursor; the records bare (`items: $`) or under a member of
an envelope whose counters (`fields`, by role) agree with the records and the page size.

A cursor is the identifier of the first record of the next page, and a page asked for with a cursor starts at
that record, so following `next-cursor` continues exactly where the previous page ended.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._spec import JSON, Operation, Spec

#: The page size when the request names none and the size parameter's schema has no default.
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True)
class Paging:
    """An operation's `x-pagination`, read once."""

    style: str
    items: str  # the envelope's member holding the records, or "$" for a bare list
    first_page: int = 1
    page_parameter: str | None = None
    offset_parameter: str | None = None
    cursor_parameter: str | None = None
    size_parameter: str | None = None
    default_size: int = DEFAULT_PAGE_SIZE
    fields: Mapping[str, str] = field(default_factory=dict)  # role -> member name

    @classmethod
    def of(cls, operation: Operation, spec: Spec) -> Paging | None:
        settings = operation.extensions.get("x-pagination")
        if not isinstance(settings, Mapping) or "style" not in settings:
            return None
        size_parameter = settings.get("size-parameter")
        return cls(
            style=str(settings["style"]),
            items=str(settings.get("items", "$")),
            first_page=int(settings.get("first-page", 1)),
            page_parameter=_text(settings.get("page-parameter")),
            offset_parameter=_text(settings.get("offset-parameter")),
            cursor_parameter=_text(settings.get("cursor-parameter")),
            size_parameter=_text(size_parameter),
            default_size=_schema_default(spec, operation, size_parameter) or DEFAULT_PAGE_SIZE,
            fields={str(role): str(name) for role, name in (settings.get("fields") or {}).items()},
        )

    @property
    def parameters(self) -> frozenset[str]:
        names = (self.page_parameter, self.offset_parameter, self.cursor_parameter, self.size_parameter)
        return frozenset(name for name in names if name)


@dataclass(frozen=True)
class Page:
    records: list[Any]
    roles: dict[str, Any]  # role -> value, for every role this style can tell

    def body(self, paging: Paging) -> JSON:
        """The bare list, or the envelope with the records and every declared field role (not yet completed)."""
        if paging.items == "$":
            return self.records
        envelope: dict[str, Any] = {paging.items: self.records}
        for role, name in paging.fields.items():
            if role in self.roles:
                envelope[name] = self.roles[role]
        return envelope


def page_of(records: Sequence[Any], query: Mapping[str, Any], paging: Paging, id_field: str | None = None) -> Page:
    """The page of `records` the query asks for; `id_field` names the records' identifier (cursor style)."""
    size = _positive(query.get(paging.size_parameter or ""), paging.default_size)
    total = len(records)
    pages = math.ceil(total / size)
    if paging.style == "cursor":
        return _cursor_page(records, query, paging, size, id_field)
    if paging.style == "page":
        number = max(paging.first_page, _whole(query.get(paging.page_parameter or ""), paging.first_page))
        start = (number - paging.first_page) * size
    else:
        start = _whole(query.get(paging.offset_parameter or ""), 0)
        number = paging.first_page + start // size
    last = paging.first_page + pages - 1
    has_next = start + size < total
    roles = {
        "current-page": number,
        "prev-page": min(number - 1, last) if number > paging.first_page and last >= paging.first_page else None,
        "next-page": number + 1 if has_next else None,
        "total-records": total,
        "total-pages": pages,
        "has-next": has_next,
    }
    return Page(list(records[start : start + size]), roles)


def _cursor_page(
    records: Sequence[Any], query: Mapping[str, Any], paging: Paging, size: int, id_field: str | None
) -> Page:
    cursor = query.get(paging.cursor_parameter or "")
    start = 0
    if cursor is not None:
        keys = [_identifier(record, id_field) for record in records]
        # An unknown cursor names no place in the list: an empty last page rather than a guess.
        start = keys.index(cursor) if cursor in keys else len(records)
    following = records[start + size] if start + size < len(records) else None
    roles = {
        "has-next": following is not None,
        "next-cursor": _identifier(following, id_field) if following is not None else None,
        "total-records": len(records),
    }
    return Page(list(records[start : start + size]), roles)


def _identifier(record: Any, id_field: str | None) -> Any:
    return record.get(id_field) if isinstance(record, Mapping) and id_field else None


def _schema_default(spec: Spec, operation: Operation, name: Any) -> int | None:
    for parameter in operation.parameters:
        if parameter.name == name and parameter.location == "query":
            schema = spec.resolve(parameter.schema) if parameter.schema is not None else None
            default = schema.get("default") if isinstance(schema, Mapping) else None
            return default if isinstance(default, int) and default > 0 else None
    return None


def _positive(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def _whole(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def _text(value: Any) -> str | None:
    return str(value) if value is not None else None
