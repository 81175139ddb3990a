"""Faults on demand: status with Retry-After, latency, a stream cut short; a seeded rate for load tests."""

from __future__ import annotations

import pytest

import apimock

from .conftest import bearer, bettrdata, client

SEEDED_ORDER = "66a1b2c3d4e5f6a7b8c9d0e1"


@pytest.mark.asyncio
async def test_fault_header_answers_status_with_retry_after() -> None:
    async with client(bettrdata()) as http:
        documented = await http.get("/datafile", headers={**bearer(), "X-Mock-Fault": "status=500; retry-after=2"})
        undocumented = await http.get("/datafile", headers={**bearer(), "X-Mock-Fault": "status=503, retry-after=0.5"})
        slow = await http.get("/datafile", headers={**bearer(), "X-Mock-Fault": "latency-ms=1"})
        bad = await http.get("/datafile", headers={**bearer(), "X-Mock-Fault": "status=abc"})
    assert documented.status_code == 500
    assert documented.json() == {"message": "Server Error"}
    assert documented.headers["retry-after"] == "2"
    assert undocumented.status_code == 503
    assert undocumented.headers["retry-after"] == "0.5"
    assert slow.status_code == 200
    assert bad.status_code == 400


@pytest.mark.asyncio
async def test_fault_cuts_a_stream_short() -> None:
    async with client(bettrdata()) as http:
        started = await http.post(f"/audience/count/{SEEDED_ORDER}/q", json={"currentUser": "a@b.co"}, headers=bearer())
        execution = started.json()
        response = await http.get(
            f"/audience/streamresult/{execution['executionHash']}/{execution['dbOrigin']}",
            headers={**bearer(), "X-Mock-Fault": "cut-after=2"},
        )
    assert response.status_code == 200
    assert response.text.splitlines() == ['{"status":"started"}', '{"status":"in progress"}']


@pytest.mark.asyncio
async def test_seeded_fault_rate_is_repeatable() -> None:
    async def statuses(seed: int) -> list[int]:
        app = bettrdata(faults=apimock.Faults(rate=0.25, status=503, seed=seed))
        async with client(app) as http:
            return [(await http.get("/datafile", headers=bearer())).status_code for _ in range(80)]

    first, again, other = await statuses(1), await statuses(1), await statuses(2)
    assert first == again
    assert first != other
    assert 0 < first.count(503) < 80
    assert set(first) == {200, 503}
