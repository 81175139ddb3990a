"""The body-cursor style: each next request sends the body again with the last answer's cursor in it.

The walk is the runtime's, tested where it is written (overrides/runtime), given an operation table of its own; the
operation is a stand-in module whose `sync_detailed` / `asyncio_detailed` answer from a paged server and record
every body they were sent.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import types
from dataclasses import dataclass, field
from typing import Any

import pytest

from overrides.runtime import AsyncPaginate, Operation, OperationTable, Paginate, Pagination, PaginationError

PAGINATION = Pagination(
    style="body-cursor",
    items="data",
    cursor_member="pagedExportState",
    end="done-true",
    fields={"next-cursor": "pagedExportState", "done": "pagedExportState.done"},
)
OPERATIONS = OperationTable([Operation("export_pages", "POST", "/x", pagination=PAGINATION)])
paginate = Paginate(OPERATIONS)
apaginate = AsyncPaginate(OPERATIONS)


@dataclass
class ExportBody:
    """Shaped like a generated request model: JSON names in `to_dict`, snake_case attributes."""

    export: dict[str, Any]
    paged_export_state: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"export": self.export}
        if self.paged_export_state is not None:
            body["pagedExportState"] = self.paged_export_state
        return body

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExportBody:
        return cls(export=data["export"], paged_export_state=data.get("pagedExportState"))


@dataclass
class State:
    page_index: int
    done: bool
    sig: str

    def to_dict(self) -> dict[str, Any]:
        return {"pageIndex": self.page_index, "done": self.done, "sig": self.sig}


@dataclass
class PageAnswer:
    data: list[dict[str, Any]]
    paged_export_state: State


@dataclass
class Response:
    status_code: int
    parsed: Any
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""


def signed(index: int, done: bool) -> State:
    return State(index, done, hashlib.sha256(f"{index}:{done}".encode()).hexdigest())


class Server:
    """Pages `total` records `size` at a time; refuses a state it did not sign."""

    def __init__(self, total: int, *, repeat_state: bool = False) -> None:
        self.total = total
        self.repeat_state = repeat_state
        self.bodies: list[dict[str, Any]] = []

    def answer(self, body: ExportBody | dict[str, Any]) -> Response:
        sent = body.to_dict() if isinstance(body, ExportBody) else dict(body)
        self.bodies.append(sent)
        size = int(sent["export"]["pageSize"])
        state = sent.get("pagedExportState")
        index = 0 if state is None else int(state["pageIndex"])
        if state is not None and state != signed(index, bool(state["done"])).to_dict():
            return Response(400, None, content=b'{"message": "bad state"}')
        if self.repeat_state:
            index = 0
        records = [{"n": n} for n in range(index * size, min((index + 1) * size, self.total))]
        done = (index + 1) * size >= self.total
        return Response(200, PageAnswer(records, signed(index + 1, done)))


@pytest.fixture
def server() -> Server:
    return Server(total=12)


def operation(server: Server) -> types.ModuleType:
    module = types.ModuleType("vendor_client.api.exports.export_pages")

    def sync_detailed(*, client: object, body: Any) -> Response:
        return server.answer(body)

    async def asyncio_detailed(*, client: object, body: Any) -> Response:
        return server.answer(body)

    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    module.asyncio_detailed = asyncio_detailed  # type: ignore[attr-defined]
    return module


def test_every_record_one_request_per_page_with_the_state_echoed(server: Server) -> None:
    body = ExportBody(export={"pageSize": 5})

    records = list(paginate(operation(server), object(), body=body))

    assert [record["n"] for record in records] == list(range(12))
    assert len(server.bodies) == 3
    assert "pagedExportState" not in server.bodies[0]
    assert server.bodies[1]["pagedExportState"] == signed(1, False).to_dict()
    assert server.bodies[2]["pagedExportState"] == signed(2, False).to_dict()
    assert all(sent["export"] == {"pageSize": 5} for sent in server.bodies)
    assert body.paged_export_state is None, "the caller's body is not changed"


def test_the_walk_is_lazy(server: Server) -> None:
    pages = paginate(operation(server), object(), body=ExportBody(export={"pageSize": 5})).pages()
    first = next(pages)
    assert len(first) == 5
    assert len(server.bodies) == 1
    assert first.arguments["body"].paged_export_state is None


def test_a_dict_body_stays_a_dict(server: Server) -> None:
    records = list(paginate(operation(server), object(), body={"export": {"pageSize": 4}}))
    assert len(records) == 12
    assert len(server.bodies) == 3
    assert isinstance(server.bodies[2], dict)
    assert server.bodies[2]["pagedExportState"]["pageIndex"] == 2


def test_async(server: Server) -> None:
    async def walk() -> list[Any]:
        pager = apaginate(operation(server), object(), body=ExportBody(export={"pageSize": 5}))
        return [record async for record in pager]

    assert len(asyncio.run(walk())) == 12
    assert len(server.bodies) == 3


def test_a_state_handed_back_twice_is_refused(server: Server) -> None:
    server.repeat_state = True
    records: list[Any] = []
    with pytest.raises(PaginationError, match="export_pages: the server"):
        records.extend(paginate(operation(server), object(), body=ExportBody(export={"pageSize": 5})))
    assert len(server.bodies) == 2, "the second answer repeats the first: the walk stops there, loudly"
    assert len(records) == 5


def test_no_body_is_a_clear_error(server: Server) -> None:
    with pytest.raises(TypeError, match="body-cursor walk needs a request body"):
        list(paginate(operation(server), object(), body=None))


def test_a_last_page_marked_done_sends_nothing_more(server: Server) -> None:
    server.total = 5
    list(paginate(operation(server), object(), body=ExportBody(export={"pageSize": 5})))
    assert len(server.bodies) == 1
    assert json.dumps(server.bodies[0]) == '{"export": {"pageSize": 5}}'
