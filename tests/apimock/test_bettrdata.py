"""BettrData's vendor module: datafile search, paged count results, history, and the generated client end to end."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from bettrdata_client import AuthenticatedClient
from bettrdata_client.api.counts import stream_count_status
from bettrdata_client.models import BDSOrderRecord, CountExecution

from tests.contract.client_flow import exercise_client

from ..servers import served
from .conftest import bearer, bettrdata, client

SEEDED_RESULT = "66b2d3e4f5a6b7c8d9e0f102"


async def _search(http: httpx.AsyncClient, **params: Any) -> httpx.Response:
    encoded = {key: json.dumps(value) if key in ("where", "sort") else value for key, value in params.items()}
    return await http.get("/datafile", params=encoded, headers=bearer())


@pytest.mark.asyncio
async def test_datafile_search_where_sort_limit() -> None:
    async with client(bettrdata()) as http:
        everything = (await _search(http)).json()
        acme = (await _search(http, where={"fileName": {"$regex": "^ACME_C", "$options": "i"}})).json()
        big = (await _search(http, where={"recordCount": {"$gte": 100_000}}, sort={"recordCount": -1}, limit=3)).json()
        either = (await _search(http, where={"$or": [{"status": "merged"}, {"status": "received"}]})).json()
        none_of = (await _search(http, where={"status": {"$nin": ["merged", "received", "converted"]}})).json()
        exact = (await _search(http, where={"_id": "65f1c2a9e4b0a1b2c3d4e5f6"})).json()
        bad = await _search(http, where={"fileName": {"$near": 1}})
    assert len(everything) == 25  # the spec's example datafile and 24 seeded ones
    assert acme
    assert all(item["fileName"].startswith("acme_customers") for item in acme)
    counts = [item["recordCount"] for item in big]
    assert len(counts) == 3
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] >= 100_000
    assert {item["status"] for item in either} == {"merged", "received"}
    assert [item["_id"] for item in none_of] == ["65f1c2a9e4b0a1b2c3d4e5f6"]
    assert exact[0]["fileName"] == "acme_customers_2025-01.csv"
    assert bad.status_code == 400
    assert bad.json()["details"] == [{"in": "query", "name": "where", "problem": "unsupported operator $near"}]


@pytest.mark.asyncio
async def test_count_result_pages_until_a_short_page() -> None:
    async with client(bettrdata()) as http:
        pages = []
        for page in range(1, 5):
            response = await http.get(
                f"/audience/count-result/{SEEDED_RESULT}", params={"page": page, "limit": 1000}, headers=bearer()
            )
            pages.append(len(response.json()))
        default = await http.get(f"/audience/count-result/{SEEDED_RESULT}", headers=bearer())
    assert pages == [1000, 1000, 500, 0]
    assert len(default.json()) == 1000


@pytest.mark.asyncio
async def test_history_filters_by_execution() -> None:
    async with client(bettrdata()) as http:
        order = "66a1b2c3d4e5f6a7b8c9d0e1"
        started = (
            await http.post(f"/audience/count/{order}/q1", json={"currentUser": "a@b.co"}, headers=bearer())
        ).json()
        await http.post(f"/audience/count/{order}/q1", json={"currentUser": "a@b.co"}, headers=bearer())
        every = (await http.get(f"/audience/count/{order}/q1", headers=bearer())).json()
        one = (await http.get(f"/audience/count/{order}/q1", params=started, headers=bearer())).json()
        other_query = (await http.get(f"/audience/count/{order}/q2", headers=bearer())).json()
    assert len(every) == 2
    assert [entry["executionHash"] for entry in one] == [started["executionHash"]]
    assert other_query == []


def test_generated_client_against_the_mock_over_http() -> None:
    with served(bettrdata(stream_interval=0.001)) as base_url:
        results = exercise_client(base_url)
        order = results["order"]
        assert isinstance(order, BDSOrderRecord)
        assert results["renamed"] == BDSOrderRecord.from_dict({**order.to_dict(), "name": "Renamed"})
        authenticated = AuthenticatedClient(base_url=base_url, token=str(results["token"]), timeout=httpx.Timeout(10.0))
        execution = results["execution"]
        assert isinstance(execution, CountExecution)
        # The generated call buffers the stream; the events are those of the cancelled count.
        raw = stream_count_status.sync_detailed(execution.execution_hash, execution.db_origin, client=authenticated)
    assert raw.status_code == 200
    assert [json.loads(line) for line in raw.content.splitlines()] == [{"status": "error", "message": "Count Canceled"}]
