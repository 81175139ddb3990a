"""Walking a paginated operation: every record, or every page, one request per page and only when needed.

Which operations page, and how, comes from the spec's `x-pagination` extension (its vocabulary is in
scripts/pipeline/pagination.py), as the `Pagination` of each operation in the table the package hands over;
nothing here is specific to one vendor:

    for rule in paginate(list_access_rules, client, per_page=100):
        ...
    async for page in apaginate(list_access_rules, client).pages():
        ...
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, Self

from typing_extensions import TypeVar

from ._errors import PaginationError, make_status_error
from ._logging import logger
from ._operations import Operation, OperationTable, Pagination
from ._options import RequestOptions, request_options
from ._types import Unset

T = TypeVar("T")
# The whole answer of one page (its envelope). Defaults to Any for `paginate()`, which cannot know it.
E = TypeVar("E", default=Any)


@dataclass(frozen=True)
class Page(Generic[T, E]):
    """One answer of a paginated operation: its records, the whole parsed answer, and what asked for it."""

    items: list[T]
    parsed: E
    arguments: Mapping[str, Any]

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class _Walk:
    """Where a walk stands: the arguments of the next request, or none when the last page was seen."""

    operation_id: str
    pagination: Pagination
    arguments: dict[str, Any]
    largest_page: int = 0
    done: bool = False
    seen_positions: set[str] = field(default_factory=set)
    previous_items: str | None = None
    # Found while taking in a page whose records are good: raised when the walk would go on, after them.
    failure: PaginationError | None = None

    @classmethod
    def start(cls, operation_id: str, pagination: Pagination, arguments: Mapping[str, Any]) -> _Walk:
        arguments = dict(arguments)
        if pagination.style == "page" and pagination.page_parameter is not None:
            arguments.setdefault(pagination.page_parameter, pagination.first_page)
        if pagination.style == "offset" and pagination.offset_parameter is not None:
            arguments.setdefault(pagination.offset_parameter, 0)
        if pagination.style == "body-cursor" and not _is_body(arguments.get("body")):
            raise TypeError(
                f"{operation_id}: a body-cursor walk needs a request body (a model or a dict), "
                f"got {arguments.get('body')!r}"
            )
        walk = cls(operation_id, pagination, arguments)
        walk._visit(walk._position())
        return walk

    def page(self, response: Any) -> Page[Any, Any]:
        """Take in one answer: its page, and the arguments of the next request (or `done`)."""
        status = int(response.status_code)
        if not 200 <= status < 300:
            what = f"{self.operation_id} (page {dict(self.arguments)})"
            raise make_status_error(status, response.headers, response.content, what=what)
        parsed = response.parsed
        items = parsed if self.pagination.items == "$" else _member(parsed, self.pagination.items)
        if not isinstance(items, list):
            raise TypeError(f"{self.operation_id}: the answer has no list {self.pagination.items!r}")
        self._refuse_a_repeated_page(items)
        page: Page[Any, Any] = Page(items, parsed, dict(self.arguments))
        self._advance(parsed, len(items))
        return page

    def _refuse_a_repeated_page(self, items: list[Any]) -> None:
        # A server that ignores the page position answers the same records again: the walk would never end.
        fingerprint = _fingerprint([_plain(item) for item in items]) if items else None
        if fingerprint is not None and fingerprint == self.previous_items:
            raise self._loop("answered the same records as the page before", self._position())
        self.previous_items = fingerprint

    def _position(self) -> object:
        pagination = self.pagination
        for name in (pagination.page_parameter, pagination.offset_parameter, pagination.cursor_parameter):
            if name is not None and name in self.arguments:
                return self.arguments[name]
        if pagination.cursor_member is not None:
            return _plain(_member(self.arguments.get("body"), pagination.cursor_member))
        return None

    def _loop(self, what: str, position: object) -> PaginationError:
        operation = self.operation_id
        return PaginationError(
            f"{operation}: the server {what} (at {position!r}); stopping rather than looping or losing records",
            operation_id=operation,
            position=position,
        )

    def _visit(self, position: object) -> None:
        key = _fingerprint(position)
        if key in self.seen_positions and self.failure is None:
            self.failure = self._loop("handed back a page position already used", position)
        self.seen_positions.add(key)

    def go_on(self) -> bool:
        """Whether there is a next page to ask for; raises if the server's paging would loop."""
        if self.failure is not None:
            raise self.failure
        return not self.done

    def _advance(self, parsed: Any, count: int) -> None:
        pagination, arguments = self.pagination, self.arguments
        size = arguments.get(pagination.size_parameter) if pagination.size_parameter else None
        self.largest_page = max(self.largest_page, count)
        if pagination.end == "short-page":
            self.done = count == 0 or (count < self._expected(size, count) and not self._more_said(parsed))
        elif pagination.end == "next-page-null":
            self.done = _member(parsed, pagination.fields["next-page"]) is None
        elif pagination.end == "has-next-false":
            self.done = not _member(parsed, pagination.fields["has-next"])
        elif pagination.end == "done-true":
            self.done = _member(parsed, pagination.fields["done"]) is True
        if self.done:
            return
        if pagination.style == "page" and pagination.page_parameter is not None:
            current = arguments[pagination.page_parameter]
            following = _member(parsed, pagination.fields["next-page"]) if "next-page" in pagination.fields else None
            if isinstance(following, int) and isinstance(current, int) and following <= current:
                self.failure = self._loop(f"named page {following} as the one after page {current}", following)
            arguments[pagination.page_parameter] = following or current + 1
        elif pagination.style == "offset" and pagination.offset_parameter is not None:
            arguments[pagination.offset_parameter] = arguments[pagination.offset_parameter] + count
        elif pagination.style == "cursor" and pagination.cursor_parameter is not None:
            cursor = _member(parsed, pagination.fields["next-cursor"])
            self.done = cursor is None
            arguments[pagination.cursor_parameter] = cursor
        elif pagination.style == "body-cursor" and pagination.cursor_member is not None:
            cursor = _member(parsed, pagination.fields["next-cursor"])
            self.done = cursor is None
            arguments["body"] = _with_member(arguments.get("body"), pagination.cursor_member, cursor)
        if not self.done:
            self._visit(self._position())  # before the next request: a position already used would loop

    def _expected(self, size: object, count: int) -> int:
        """How many records a page that is not the last must hold. The size asked for, unless the server has
        shown it answers fewer (it caps the page size): then the largest page it gave."""
        asked = size if isinstance(size, int) else None
        expected = min(asked, self.largest_page) if asked is not None else self.largest_page
        if asked is not None and count < asked and count == self.largest_page:
            logger.debug(
                "%s: asked %d records a page, got %d: the server may cap its pages; asking for the next one",
                self.operation_id,
                asked,
                count,
            )
        return expected

    def _more_said(self, parsed: Any) -> bool:
        """Whether the answer's envelope says more records remain (has-next, or a total not yet reached)."""
        fields = self.pagination.fields
        if "has-next" in fields and _member(parsed, fields["has-next"]) is True:
            return True
        return (
            "next-page" in fields
            and self.pagination.end != "next-page-null"
            and (_member(parsed, fields["next-page"]) is not None)
        )


def _member(parsed: Any, path: str) -> Any:
    """A member of a parsed answer (an attrs model, or a dict) by its JSON name or dotted path of names;
    None when absent or unset."""
    value = parsed
    for name in path.split("."):
        value = _child(value, name)
        if value is None:
            return None
    return value


def _child(parsed: Any, name: str) -> Any:
    if isinstance(parsed, Mapping):
        value = parsed.get(name)
    else:
        value = getattr(parsed, name, None)
        if value is None:
            value = getattr(parsed, _python_name(name), None)
        if value is None and hasattr(parsed, "additional_properties"):
            value = parsed.additional_properties.get(name)
    return None if isinstance(value, Unset) else value


def _python_name(json_name: str) -> str:
    """The attribute the generator gives a JSON member: `pagedExportState` -> `paged_export_state`."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", json_name).lower().strip("_")
    return words if words[:1].isalpha() else f"field_{words}"


def _plain(value: Any) -> Any:
    """A parsed value as JSON data again (attrs models through their `to_dict`)."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def _fingerprint(value: Any) -> str:
    """A page position or a page's records as comparable text: the two guards against a walk that would loop
    (a position handed back again; the same records answered again for a new position)."""
    return json.dumps(_plain(value), sort_keys=True, default=str)


def _is_body(body: Any) -> bool:
    return isinstance(body, Mapping) or hasattr(body, "to_dict")


def _with_member(body: Any, name: str, value: Any) -> Any:
    """The request body again, with `name` set to `value`: a dict stays a dict, a model is rebuilt as its type."""
    if isinstance(body, Mapping):
        return {**body, name: _plain(value)}
    return type(body).from_dict({**body.to_dict(), name: _plain(value)})


class _Walker:
    """What both pagers hold: the generated operation module and its traits, the client, the first page's
    arguments, the call's options, and the limits the caller set."""

    def __init__(
        self,
        call: ModuleType,
        operation: Operation,
        client: object,
        arguments: Mapping[str, Any],
        options: RequestOptions | None = None,
        *,
        max_pages: int | None = None,
        max_records: int | None = None,
    ) -> None:
        if operation.pagination is None:
            raise TypeError(f"{operation.id} is not a paginated operation")
        for name, value in (("max_pages", max_pages), ("max_records", max_records)):
            if value is not None and value < 0:
                raise ValueError(f"{name} must be 0 or more, got {value}")
        self._call = call
        self._operation = operation
        self._pagination: Pagination = operation.pagination
        self._client = client
        self._arguments = dict(arguments)
        self._options = options
        self._max_pages = max_pages
        self._max_records = max_records

    def limited(self, *, max_pages: int | None = None, max_records: int | None = None) -> Self:
        """The same walk, stopping after `max_pages` pages or `max_records` records (whichever comes first)."""
        return type(self)(
            self._call,
            self._operation,
            self._client,
            self._arguments,
            self._options,
            max_pages=max_pages,
            max_records=max_records,
        )

    def _start(self) -> _Walk:
        return _Walk.start(self._operation.id, self._pagination, self._arguments)

    def _pages_left(self, pages: int) -> bool:
        return self._max_pages is None or pages < self._max_pages

    def _records_left(self, records: int) -> int | None:
        return None if self._max_records is None else self._max_records - records

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._operation.id}, {self._pagination.style})"


class Pager(_Walker, Generic[T, E]):
    """Iterate for every record; `.pages()` for every page. Each page is fetched when the iteration reaches it.
    `.limited(max_pages=..., max_records=...)` stops early."""

    def pages(self) -> Iterator[Page[T, E]]:
        walk = self._start()
        fetched = 0
        while walk.go_on() and self._pages_left(fetched) and self._records_left(0) != 0:
            with request_options(self._options):
                answer = self._call.sync_detailed(client=self._client, **walk.arguments)
            fetched += 1
            yield walk.page(answer)

    def __iter__(self) -> Iterator[T]:
        given = 0
        if self._records_left(given) == 0:
            return
        for page in self.pages():
            for item in page.items:
                given += 1
                yield item
                if self._records_left(given) == 0:
                    return  # before asking for another page


class AsyncPager(_Walker, Generic[T, E]):
    """`async for` every record; `.pages()` for every page, fetched as the iteration reaches it.
    `.limited(max_pages=..., max_records=...)` stops early."""

    async def pages(self) -> AsyncIterator[Page[T, E]]:
        walk = self._start()
        fetched = 0
        while walk.go_on() and self._pages_left(fetched) and self._records_left(0) != 0:
            with request_options(self._options):
                answer = await self._call.asyncio_detailed(client=self._client, **walk.arguments)
            fetched += 1
            yield walk.page(answer)

    async def __aiter__(self) -> AsyncIterator[T]:
        given = 0
        if self._records_left(given) == 0:
            return
        async for page in self.pages():
            for item in page.items:
                given += 1
                yield item
                if self._records_left(given) == 0:
                    return


class _PaginatedOperations:
    """The paginated operations of the package whose operation table this was given."""

    def __init__(self, operations: OperationTable) -> None:
        self._operations = operations

    def traits(self, call: ModuleType) -> Operation:
        """The traits of the generated operation module `call`; `TypeError` unless it pages."""
        operation_id = call.__name__.rsplit(".", 1)[-1]
        operation = self._operations.get(operation_id)
        if operation is None or operation.pagination is None:
            paginated = ", ".join(self._operations.paginated()) or "none"
            raise TypeError(f"{operation_id} is not a paginated operation (the paginated ones: {paginated})")
        return operation


class Paginate(_PaginatedOperations):
    """`paginate(operation, client, **arguments)`, bound to a package's operations."""

    def __call__(self, operation: ModuleType, client: object, /, **arguments: Any) -> Pager[Any, Any]:
        """Every record of a paginated operation, e.g. `paginate(list_access_rules, client, per_page=100)`.

        `operation` is the generated module (`from <package>.api.<tag> import <operation>`); `arguments` are its
        keyword arguments, the first page's position included if you want to start elsewhere. Raises `TypeError`
        for an operation the spec does not mark paginated, and the typed API errors for an error answer.
        """
        return Pager(operation, self.traits(operation), client, arguments)


class AsyncPaginate(_PaginatedOperations):
    """`apaginate(operation, client, **arguments)`, the async twin of `paginate`:
    `async for record in apaginate(list_access_rules, client): ...`."""

    def __call__(self, operation: ModuleType, client: object, /, **arguments: Any) -> AsyncPager[Any, Any]:
        return AsyncPager(operation, self.traits(operation), client, arguments)
