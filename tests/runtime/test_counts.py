"""The count flow: run a count, follow its status, read its rows page by page, cancel on interruption."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from bettrdata_client import IncompleteStreamError
from bettrdata_client.lib.counts import (
    CountCanceledError,
    CountFailedError,
    CountStatus,
    CountUnknownEvent,
    ExecutionNotFoundError,
    acount_rows,
    astart_count,
    astream_count_status,
    count_rows,
    start_count,
    stream_count_status,
)
from bettrdata_client.models import (
    BDSOrder,
    CountEndEvent,
    CountInProgressEvent,
    CountResultRow,
    CountStartedEvent,
)

from . import standin
from .conftest import Connector
from .standin import ORDER_RECORD_ID, FakeBettrData, StreamPlan

ORDER = BDSOrder.from_dict(
    {
        "name": "Spring outdoor buyers",
        "description": "Recent outdoor-gear buyers",
        "belongsTo": "64a7f0c2d1e2f3a4b5c6d701",
        "createdBy": "analyst@example.com",
        "dataSource": "64a7f0c2d1e2f3a4b5c6d7aa",
        "deduplicateSegments": False,
        "deduplicationKeyFields": [],
        "suppressionRules": [],
        "audienceSegments": [
            {
                "name": "High spenders",
                "limit": 10000,
                "includedFields": [
                    {
                        "_id": "64a7f0c2d1e2f3a4b5c6d804",
                        "name": "orders_count",
                        "displayType": "number-input",
                        "value": {"numberValue": 1, "logicalOperator": "equals"},
                    }
                ],
                "excludedFields": [],
            }
        ],
    }
)


def test_the_whole_flow_yields_every_row(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    seen: list[CountStatus] = []
    rows = list(count_rows(client, ORDER_RECORD_ID, "default", current_user="me@example.com", on_status=seen.append))
    assert [type(event) for event in seen] == [
        CountStartedEvent,
        CountInProgressEvent,
        CountInProgressEvent,
        CountEndEvent,
    ]
    assert len(rows) == 2500
    assert all(isinstance(row, CountResultRow) for row in rows)
    assert [row["row"] for row in rows] == list(range(2500))
    assert fake.count("GET", "/audience/count-result/") == 3  # 1000, 1000, 500: the short page ends it


def test_pages_stop_at_an_empty_page_when_rows_divide_evenly(fake: FakeBettrData, make_client: Connector) -> None:
    fake.result_rows = 2000
    with start_count(make_client(), ORDER_RECORD_ID, "default", current_user="me@example.com") as count:
        count.wait()
        pages = list(count.pages(limit=1000))
    assert [len(page) for page in pages] == [1000, 1000]
    assert fake.count("GET", "/audience/count-result/") == 3


@pytest.mark.parametrize(
    ("event", "kind"),
    [
        ({"status": "error", "message": "Count Failed"}, CountFailedError),
        ({"status": "error", "message": "Count Canceled"}, CountCanceledError),
        ({"status": "error", "message": "Execution not found"}, ExecutionNotFoundError),
        ({"status": "error", "error": "SQL compilation error: invalid identifier"}, CountFailedError),
    ],
)
def test_an_error_event_raises_its_type(
    fake: FakeBettrData, make_client: Connector, event: dict[str, Any], kind: type[Exception]
) -> None:
    fake.streams["exec-x"] = StreamPlan([{"status": "started"}, event])
    events: list[CountStatus] = []
    with pytest.raises(kind) as raised, stream_count_status(make_client(), "exec-x", "SNOWFLAKE") as stream:
        events.extend(stream)
    assert [e.status for e in events] == ["started"]
    text = event.get("message") or event.get("error")
    assert raised.value.event_message == text  # type: ignore[attr-defined]
    assert f"exec-x on SNOWFLAKE: {text}" in str(raised.value)


def test_an_unknown_execution_raises(make_client: Connector) -> None:
    with pytest.raises(ExecutionNotFoundError):
        list(stream_count_status(make_client(), "nope", "SNOWFLAKE"))


def test_a_stream_ending_before_end_raises(fake: FakeBettrData, make_client: Connector) -> None:
    fake.streams["exec-x"] = StreamPlan([{"status": "started"}, {"status": "in progress"}])
    with pytest.raises(IncompleteStreamError, match="before its final event"):
        list(stream_count_status(make_client(), "exec-x", "SNOWFLAKE"))


def test_a_stream_cut_inside_an_event_raises(fake: FakeBettrData, make_client: Connector) -> None:
    fake.streams["exec-x"] = StreamPlan(list(_events()), truncate_at=30)
    with pytest.raises(IncompleteStreamError, match="middle of an event"):
        list(stream_count_status(make_client(), "exec-x", "SNOWFLAKE"))


def _events() -> list[dict[str, Any]]:
    return [{"status": "started"}, {"status": "in progress"}, {"status": "end"}]


def test_interrupting_the_wait_cancels_the_count(fake: FakeBettrData, make_client: Connector) -> None:
    def interrupt(event: CountStatus) -> None:
        if event.status == "in progress":
            raise KeyboardInterrupt

    count = start_count(make_client(), ORDER_RECORD_ID, "default", current_user="me@example.com")
    with pytest.raises(KeyboardInterrupt):
        count.wait(on_status=interrupt)
    assert fake.canceled == {count.execution_hash}
    assert count.canceled
    assert fake.count("DELETE", f"/audience/statement/count/{count.execution_hash}/SNOWFLAKE") == 1


def test_leaving_the_block_with_an_error_cancels_once(fake: FakeBettrData, make_client: Connector) -> None:
    def interrupt(event: CountStatus) -> None:
        raise KeyboardInterrupt

    with (
        pytest.raises(KeyboardInterrupt),
        start_count(make_client(), ORDER_RECORD_ID, "default", current_user="me@example.com") as count,
    ):
        count.wait(on_status=interrupt)
    assert fake.count("DELETE", "/audience/statement/count/") == 1


def test_a_finished_count_is_not_cancelled(fake: FakeBettrData, make_client: Connector) -> None:
    def use_the_count() -> None:
        with start_count(make_client(), ORDER_RECORD_ID, "default", current_user="me@example.com") as count:
            count.wait()
            raise RuntimeError("after the end")

    with pytest.raises(RuntimeError):
        use_the_count()
    assert fake.count("DELETE", "/audience/statement/count/") == 0


@pytest.mark.asyncio
async def test_the_async_flow(fake: FakeBettrData, make_client: Connector) -> None:
    seen: list[str] = []
    client = make_client()
    rows = [
        row
        async for row in acount_rows(
            client, ORDER_RECORD_ID, "default", current_user="me@example.com", on_status=lambda e: seen.append(e.status)
        )
    ]
    assert seen == ["started", "in progress", "in progress", "end"]
    assert len(rows) == 2500


@pytest.mark.asyncio
async def test_cancelling_the_task_cancels_the_count(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    count = await astart_count(client, ORDER_RECORD_ID, "default", current_user="me@example.com")
    fake.streams[count.execution_hash].hold_after = 1  # after `started`, the stream waits
    started = asyncio.Event()

    async def follow() -> None:
        await count.wait(on_status=lambda event: started.set())

    task = asyncio.create_task(follow())
    await asyncio.wait_for(started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert fake.canceled == {count.execution_hash}
    assert count.canceled


@pytest.mark.asyncio
async def test_async_status_stream_yields_typed_events(fake: FakeBettrData, make_client: Connector) -> None:
    fake.streams["exec-x"] = StreamPlan(_events())
    stream = await astream_count_status(make_client(), "exec-x", "SNOWFLAKE")
    async with stream:
        statuses = [event.status async for event in stream]
    assert statuses == ["started", "in progress", "end"]


def test_a_status_the_spec_does_not_list_is_delivered_and_the_count_goes_on(
    fake: FakeBettrData, make_client: Connector, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    queued = {"status": "queued", "position": 3}
    plan = [{"status": "started"}, queued, queued, {"status": "in progress"}, {"status": "end"}]
    monkeypatch.setattr(standin, "DEFAULT_EVENTS", plan)  # what every count started now streams
    seen: list[CountStatus] = []
    with caplog.at_level("WARNING", logger="bettrdata_client"):
        rows = list(
            count_rows(make_client(), ORDER_RECORD_ID, "default", current_user="me@example.com", on_status=seen.append)
        )
    assert [event.status for event in seen] == ["started", "queued", "queued", "in progress", "end"]
    unknown = seen[1]
    assert isinstance(unknown, CountUnknownEvent)
    assert unknown.raw == queued
    assert len(rows) == 2500, "the count was followed to its end and its rows read"
    assert fake.canceled == set(), "an unknown status does not cancel the count"
    warnings = [
        record.getMessage() for record in caplog.records if "'queued' is not in the spec" in record.getMessage()
    ]
    assert len(warnings) == 1, "said once, not once per event"
