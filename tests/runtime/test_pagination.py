"""The paginators: every record and every page, lazily, in the three styles the specs mark with `x-pagination`.

Each test serves a collection from an in-process handler that pages the way the operation's `x-pagination`
says the vendor does, and counts the requests, so laziness and the end of the walk are observable.
"""

from __future__ import annotations

import copy
import json
import math
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from bettrdata_client import connect as connect_bettrdata
from bettrdata_client import paginate as paginate_bettrdata
from bettrdata_client.api.counts import get_count_result, run_count
from narrative_client import AuthenticatedClient, NotFoundError, Page, PaginationError, apaginate, connect, paginate
from narrative_client.api.access_rules import list_access_rules
from narrative_client.api.datasets import find_dataset_snapshots
from narrative_client.api.jobs import list_jobs
from narrative_client.models import AccessRule

from scripts.pipeline.spec_source import load_spec

NARRATIVE = load_spec(Path(__file__).resolve().parents[2] / "specs" / "narrative.yaml").document
BASE_URL = "https://api.narrative.test"
Handler = Callable[[httpx.Request], httpx.Response]


def _example(path: str) -> dict[str, Any]:
    media = NARRATIVE["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    example: dict[str, Any] = media["example"]
    return example


def access_rules(count: int) -> list[dict[str, Any]]:
    template = NARRATIVE["components"]["examples"]["AccessRule"]["value"]
    return [{**copy.deepcopy(template), "id": index, "name": f"rule_{index}"} for index in range(1, count + 1)]


def jobs(count: int) -> list[dict[str, Any]]:
    template = _example("/jobs")["records"][0]
    return [{**copy.deepcopy(template), "job_id": str(uuid.UUID(int=index + 1))} for index in range(count)]


def snapshots(count: int) -> list[dict[str, Any]]:
    template = _example("/datasets/{dataset_id}/find-snapshots")["snapshots"][0]
    return [{**copy.deepcopy(template), "snapshot_id": 100 + index} for index in range(count)]


class Server:
    """Serves one collection, paged like the vendor, and records the query of every request."""

    def __init__(self, answer: Callable[[dict[str, str]], Any]) -> None:
        self.answer = answer
        self.queries: list[dict[str, str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.queries.append(query)
        return httpx.Response(200, json=self.answer(query))


def page_style(records: list[dict[str, Any]], default_size: int = 10) -> Server:
    def answer(query: dict[str, str]) -> dict[str, Any]:
        size = int(query.get("per_page", default_size))
        number = int(query.get("page", 1))
        pages = max(1, math.ceil(len(records) / size))
        return {
            "prev_page": number - 1 if number > 1 else None,
            "current_page": number,
            "next_page": number + 1 if number < pages else None,
            "total_records": len(records),
            "total_pages": pages,
            "records": records[(number - 1) * size : number * size],
        }

    return Server(answer)


def offset_style(records: list[dict[str, Any]], default_size: int = 10, cap: int | None = None) -> Server:
    def answer(query: dict[str, str]) -> dict[str, Any]:
        size, offset = int(query.get("per_page", default_size)), int(query.get("offset", 0))
        size = min(size, cap) if cap is not None else size
        return {"records": records[offset : offset + size]}

    return Server(answer)


def cursor_style(records: list[dict[str, Any]], size: int) -> Server:
    def answer(query: dict[str, str]) -> dict[str, Any]:
        ids = [record["snapshot_id"] for record in records]
        start = ids.index(int(query["from_snapshot_id"])) if "from_snapshot_id" in query else 0
        chunk = records[start : start + size]
        following = start + size < len(records)
        return {
            "snapshots": chunk,
            "has_next": following,
            **({"next_snapshot": ids[start + size]} if following else {}),
        }

    return Server(answer)


def client_for(server: Server, **options: Any) -> AuthenticatedClient:
    return connect(BASE_URL, auth="token", transport=httpx.MockTransport(server.handle), max_retries=0, **options)


@pytest.mark.parametrize(("count", "per_page"), [(0, 10), (7, 10), (30, 10), (31, 10)])
def test_page_style_yields_every_record_once_in_order(count: int, per_page: int) -> None:
    records = access_rules(count)
    server = page_style(records)

    found = list(paginate(list_access_rules, client_for(server), per_page=per_page))

    assert all(isinstance(rule, AccessRule) for rule in found)
    assert [rule.id for rule in found] == [record["id"] for record in records]
    assert [query["page"] for query in server.queries] == [str(n) for n in range(1, max(1, math.ceil(count / 10)) + 1)]
    assert all(query["per_page"] == str(per_page) for query in server.queries)


def test_walk_is_lazy_one_request_per_page_when_reached() -> None:
    server = page_style(access_rules(50))
    records = iter(paginate(list_access_rules, client_for(server), per_page=10))

    assert server.queries == [], "nothing is fetched before the iteration starts"
    first_three = [next(records) for _ in range(3)]
    assert len(server.queries) == 1
    eleventh = [next(records) for _ in range(8)][-1]
    assert len(server.queries) == 2
    assert [rule.id for rule in first_three] == [1, 2, 3]
    assert eleventh.id == 11


def test_pages_carry_the_parsed_answer_and_the_arguments_that_asked_for_it() -> None:
    server = page_style(access_rules(25))

    pages = list(paginate(list_access_rules, client_for(server), per_page=10, owned_only=True).pages())

    assert [len(page) for page in pages] == [10, 10, 5]
    assert all(isinstance(page, Page) for page in pages)
    assert [page.arguments["page"] for page in pages] == [1, 2, 3]
    assert pages[-1].parsed.total_records == 25
    assert pages[-1].parsed.next_page is None
    assert all(query["owned_only"] == "true" for query in server.queries), "other arguments go with every page"


def test_a_walk_can_start_further_on() -> None:
    server = page_style(access_rules(25))
    found = list(paginate(list_access_rules, client_for(server), per_page=10, page=2))
    assert [rule.id for rule in found] == list(range(11, 26))


@pytest.mark.parametrize(
    ("count", "offsets"),
    [(0, [0]), (9, [0, 9]), (20, [0, 10, 20]), (21, [0, 10, 20])],
    ids=["empty", "one short page, then a look for more", "full pages", "a short last page"],
)
def test_offset_style_ends_on_the_first_page_shorter_than_the_pages_before(count: int, offsets: list[int]) -> None:
    records = jobs(count)
    server = offset_style(records)

    found = list(paginate(list_jobs, client_for(server), per_page=10))

    assert [str(job.job_id) for job in found] == [record["job_id"] for record in records]
    assert [int(query["offset"]) for query in server.queries] == offsets


def test_offset_style_without_a_page_size_takes_the_first_page_as_the_servers_size() -> None:
    server = offset_style(jobs(25), default_size=10)
    found = list(paginate(list_jobs, client_for(server)))
    assert len(found) == 25
    assert [query.get("offset") for query in server.queries] == ["0", "10", "20"]


def test_cursor_style_passes_the_next_cursor_until_has_next_is_false() -> None:
    records = snapshots(7)
    server = cursor_style(records, size=3)

    found = list(paginate(find_dataset_snapshots, client_for(server), dataset_id=42, per_page=3))

    assert [snapshot.snapshot_id for snapshot in found] == [record["snapshot_id"] for record in records]
    assert [query.get("from_snapshot_id") for query in server.queries] == [None, "103", "106"]


def test_cursor_style_refuses_a_cursor_the_server_hands_back_twice() -> None:
    template = _example("/datasets/{dataset_id}/find-snapshots")
    numbers = iter(range(1000))

    def stuck(query: dict[str, str]) -> dict[str, Any]:
        fresh = [{**record, "snapshot_id": next(numbers)} for record in template["snapshots"]]
        return {**template, "snapshots": fresh, "has_next": True, "next_snapshot": 7}

    server = Server(stuck)
    found: list[Any] = []
    with pytest.raises(PaginationError, match=r"find_dataset_snapshots: the server handed back a page position") as e:
        found.extend(paginate(find_dataset_snapshots, client_for(server), dataset_id=42))

    assert e.value.position == 7
    assert len(server.queries) == 2, "the second answer hands back the cursor just used: the walk stops there"
    assert len(found) == 2 * len(template["snapshots"]), "the records before the loop were delivered"


@pytest.mark.asyncio
async def test_async_twin_walks_the_same_pages() -> None:
    records = access_rules(23)
    server = page_style(records)
    client = client_for(server)

    found = [rule.id async for rule in apaginate(list_access_rules, client, per_page=10)]
    pages = [len(page) async for page in apaginate(list_access_rules, client, per_page=10).pages()]

    assert found == [record["id"] for record in records]
    assert pages == [10, 10, 3]


def test_bare_list_pages_with_short_page_end_bettrdata_count_rows() -> None:
    rows = [{"segment": "s", "state": f"S{index}", "records": index} for index in range(2500)]
    queries: list[dict[str, str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        queries.append(query)
        page, limit = int(query["page"]), int(query["limit"])
        return httpx.Response(200, json=rows[(page - 1) * limit : page * limit])

    client = connect_bettrdata(BASE_URL, auth="token", transport=httpx.MockTransport(handle))
    found = list(paginate_bettrdata(get_count_result, client, count_result_id="66b2", limit=1000))

    assert [row["records"] for row in found] == list(range(2500))
    assert [query["page"] for query in queries] == ["1", "2", "3"]


def test_an_error_answer_raises_the_typed_error_naming_the_page() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "Not Found", "error_description": "No such dataset."})

    for raise_errors in (True, False):
        client = connect(BASE_URL, auth="token", transport=httpx.MockTransport(handle), raise_errors=raise_errors)
        with pytest.raises(NotFoundError) as raised:
            list(paginate(find_dataset_snapshots, client, dataset_id=42))
        assert raised.value.status_code == 404
        assert "Not Found: No such dataset." in str(raised.value)


def test_an_operation_not_marked_paginated_is_refused_by_name() -> None:
    client = connect_bettrdata(BASE_URL, auth="token")
    with pytest.raises(
        TypeError, match=r"run_count is not a paginated operation \(the paginated ones: get_count_result\)"
    ):
        paginate_bettrdata(run_count, client)


def test_the_record_bodies_are_what_the_server_sent() -> None:
    records = access_rules(3)
    server = page_style(records)
    found = list(paginate(list_access_rules, client_for(server)))
    assert [json.loads(json.dumps(rule.to_dict()))["name"] for rule in found] == ["rule_1", "rule_2", "rule_3"]


def test_page_style_refuses_a_next_page_that_repeats_or_goes_back() -> None:
    records = access_rules(30)

    def backwards(query: dict[str, str]) -> dict[str, Any]:
        number = int(query.get("page", 1))
        chunk = records[(number - 1) * 10 : number * 10]
        following = 1 if number == 2 else number + 1
        envelope = {"prev_page": None, "total_records": 30, "total_pages": 3}
        return {**envelope, "current_page": number, "next_page": following, "records": chunk}

    server = Server(backwards)
    found: list[Any] = []
    with pytest.raises(PaginationError, match="list_access_rules: the server named page 1 as the one after page 2"):
        found.extend(paginate(list_access_rules, client_for(server), per_page=10))
    assert [int(query["page"]) for query in server.queries] == [1, 2]
    assert len(found) == 20, "the good pages' records were delivered before the error"


def test_offset_style_refuses_a_server_that_ignores_the_offset() -> None:
    records = jobs(30)
    server = Server(lambda query: {"records": records[:10]})
    with pytest.raises(PaginationError, match="list_jobs: the server answered the same records as the page before"):
        list(paginate(list_jobs, client_for(server), per_page=10))
    assert [query["offset"] for query in server.queries] == ["0", "10"]


def test_a_server_that_caps_the_page_size_still_gives_every_record() -> None:
    records = jobs(200)
    server = offset_style(records, default_size=10, cap=50)

    found = list(paginate(list_jobs, client_for(server), per_page=100))

    assert len(found) == 200
    assert [int(query["offset"]) for query in server.queries] == [0, 50, 100, 150, 200]


def test_a_short_page_does_not_end_the_walk_while_the_envelope_says_more_remain() -> None:
    records = snapshots(9)

    def uneven(query: dict[str, str]) -> dict[str, Any]:
        start = int(query.get("from_snapshot_id", "100")) - 100
        size = 2 if start == 0 else 3
        chunk = records[start : start + size]
        more = start + size < len(records)
        return {"snapshots": chunk, "has_next": more, **({"next_snapshot": 100 + start + size} if more else {})}

    found = list(paginate(find_dataset_snapshots, client_for(Server(uneven)), dataset_id=42, per_page=3))
    assert [snapshot.snapshot_id for snapshot in found] == [record["snapshot_id"] for record in records]


def test_limits_on_pages_and_records_are_honoured_without_a_request_more() -> None:
    server = page_style(access_rules(50))
    pager = paginate(list_access_rules, client_for(server), per_page=10)

    assert len(list(pager.limited(max_records=20))) == 20
    assert len(server.queries) == 2, "the twentieth record ends a page: no third request"
    server.queries.clear()
    assert len(list(pager.limited(max_pages=3).pages())) == 3
    assert len(server.queries) == 3
    server.queries.clear()
    assert list(pager.limited(max_records=0)) == []
    assert server.queries == []
    with pytest.raises(ValueError, match="max_pages must be 0 or more"):
        pager.limited(max_pages=-1)
