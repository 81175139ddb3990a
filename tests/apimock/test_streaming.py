"""Streams are real chunked responses, event by event; a cancel through the API ends them as documented."""

from __future__ import annotations

import json

import httpx
import pytest

from ..servers import served
from .conftest import bearer, bettrdata, client, shelter

SEEDED_ORDER = "66a1b2c3d4e5f6a7b8c9d0e1"


def _start_count(http: httpx.Client, query: str = "default") -> dict[str, str]:
    started = http.post(f"/audience/count/{SEEDED_ORDER}/{query}", json={"currentUser": "a@b.co"}, headers=bearer())
    assert started.status_code == 200
    return dict(started.json())


def test_count_stream_is_chunked_event_by_event_then_in_history() -> None:
    with served(bettrdata(stream_interval=0.005)) as base_url, httpx.Client(base_url=base_url, timeout=10) as http:
        execution = _start_count(http)
        path = f"/audience/streamresult/{execution['executionHash']}/{execution['dbOrigin']}"
        with http.stream("GET", path, headers=bearer()) as stream:
            assert stream.headers["transfer-encoding"] == "chunked"
            assert stream.headers["content-type"].startswith("application/x-ndjson")
            events = [json.loads(line) for line in stream.iter_lines() if line]
        history = http.get(f"/audience/count/{SEEDED_ORDER}/default", headers=bearer(), params=execution)
        [entry] = history.json()
        rows = http.get(f"/audience/count-result/{entry['_id']}", headers=bearer())
    assert [event["status"] for event in events] == ["started", "in progress", "in progress", "end"]
    assert entry["status"] == "finished"
    assert rows.status_code == 200
    assert rows.json()


def test_cancel_during_the_stream_ends_it_with_the_documented_error_event() -> None:
    with served(bettrdata(stream_interval=0.5)) as base_url, httpx.Client(base_url=base_url, timeout=10) as http:
        execution = _start_count(http)
        path = f"/audience/streamresult/{execution['executionHash']}/{execution['dbOrigin']}"
        with http.stream("GET", path, headers=bearer()) as stream:
            lines = stream.iter_lines()
            first = json.loads(next(lines))
            # The first event arrived while the count is still running: the stream is live, not buffered.
            cancel = http.delete(
                f"/audience/statement/count/{execution['executionHash']}/{execution['dbOrigin']}", headers=bearer()
            )
            rest = [json.loads(line) for line in lines if line]
        cancel_again = http.delete(
            f"/audience/statement/count/{execution['executionHash']}/{execution['dbOrigin']}", headers=bearer()
        )
    assert first == {"status": "started"}
    assert cancel.json() == {"message": "SQL statement canceled"}
    assert rest == [{"status": "error", "message": "Count Canceled"}]
    assert cancel_again.status_code == 400
    assert cancel_again.json()["message"] == "SQL Statement not found"


@pytest.mark.asyncio
async def test_unknown_execution_failing_query_and_unsupported_origin() -> None:
    async with client(bettrdata()) as http:
        unknown = await http.get("/audience/streamresult/nope/SNOWFLAKE", headers=bearer())
        started = await http.post(
            f"/audience/count/{SEEDED_ORDER}/failing", json={"currentUser": "a@b.co"}, headers=bearer()
        )
        execution_hash = started.json()["executionHash"]
        failing = await http.get(f"/audience/streamresult/{execution_hash}/SNOWFLAKE", headers=bearer())
        origin = await http.get(f"/audience/streamresult/{execution_hash}/ORACLE", headers=bearer())
        cancel_origin = await http.delete(f"/audience/statement/count/{execution_hash}/ORACLE", headers=bearer())
    assert unknown.text == '{"status":"error","message":"Execution not found"}\n'
    assert failing.text.splitlines()[-1] == '{"status":"error","message":"Count Failed"}'
    assert origin.status_code == 500
    assert origin.json() == {"message": "Database Origin Not Supported"}
    assert cancel_origin.status_code == 400
    assert cancel_origin.json()["message"] == "Database Origin Not Supported"


@pytest.mark.asyncio
async def test_streams_without_a_vendor_handler_send_examples_up_to_a_final_status() -> None:
    async with client(shelter(stream_interval=0.001)) as http:
        response = await http.get("/v1/feeds/1", headers={"X-Api-Key": "test-token"})
    assert [json.loads(line)["state"] for line in response.text.splitlines()] == ["waiting", "running", "done"]
