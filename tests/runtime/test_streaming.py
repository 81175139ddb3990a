"""The streamed-JSON reader: NDJSON, concatenated JSON and SSE, split anywhere; Stream objects over real HTTP."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bettrdata_client import APIConnectionError, APITimeoutError, IncompleteStreamError, StreamDecodeError, connect
from bettrdata_client._runtime._streaming import (
    JSONValuesDecoder,
    ServerSentEventsDecoder,
    Stream,
    decode_chunks,
    decoder_for,
)
from bettrdata_client.lib.counts import CountStatus, stream_count_status
from hypothesis import given, settings
from hypothesis import strategies as st

from .standin import FakeBettrData, LocalServer, StreamPlan, every_byte

EVENTS: list[Any] = [
    {"status": "started"},
    {"status": "in progress", "note": 'braces } and ] and "quotes" \\ and \u00e9\u00e8 \U0001f600 in strings'},
    [1, {"nested": [True, None, 2.5e3]}],
    {"status": "error", "message": "Count Failed \u2014 d\u00e9j\u00e0 vu"},
]
NDJSON = b"".join(json.dumps(e, ensure_ascii=False).encode() + b"\n" for e in EVENTS)
CONCATENATED = b"".join(json.dumps(e, ensure_ascii=False).encode() for e in EVENTS)
SSE = b"".join(
    b": comment\r\nevent: status\r\nid: %d\r\ndata: " % n + json.dumps(e, ensure_ascii=False).encode() + b"\r\n\r\n"
    for n, e in enumerate(EVENTS)
)


def _decode(framing: str, chunks: Iterator[bytes] | list[bytes]) -> list[Any]:
    return list(decode_chunks(chunks, decoder_for(framing)))


@pytest.mark.parametrize(("framing", "data"), [("ndjson", NDJSON), ("ndjson", CONCATENATED), ("sse", SSE)])
def test_one_byte_at_a_time(framing: str, data: bytes) -> None:
    assert _decode(framing, every_byte(data)) == EVENTS


@pytest.mark.parametrize(("framing", "data"), [("ndjson", NDJSON), ("ndjson", CONCATENATED), ("sse", SSE)])
def test_split_at_every_byte(framing: str, data: bytes) -> None:
    for cut in range(len(data) + 1):
        assert _decode(framing, [data[:cut], data[cut:]]) == EVENTS, cut


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(SSE)), max_size=12), st.sampled_from(["nd", "cat", "sse"]))
def test_any_chunking(cuts: list[int], which: str) -> None:
    framing, data = {"nd": ("ndjson", NDJSON), "cat": ("ndjson", CONCATENATED), "sse": ("sse", SSE)}[which]
    points = sorted({min(cut, len(data)) for cut in cuts} | {0, len(data)})
    chunks = [data[a:b] for a, b in itertools.pairwise(points)]
    assert _decode(framing, chunks) == EVENTS


def test_values_come_as_soon_as_they_are_complete() -> None:
    decoder = JSONValuesDecoder()
    assert decoder.feed(b'{"a": 1}\n{"b"') == [{"a": 1}]
    assert decoder.feed(b": 2}") == [{"b": 2}]
    sse = ServerSentEventsDecoder()
    assert sse.feed(b"data: 1\n") == []
    assert sse.feed(b"\n") == [1]


def test_sse_multi_line_data_and_fields() -> None:
    decoder = ServerSentEventsDecoder()
    events = decoder.feed_events(b'event: update\nid: 7\nretry: 3000\ndata: {"a":\ndata: 1}\n\n')
    assert len(events) == 1
    assert (events[0].event, events[0].id, events[0].retry, events[0].json()) == ("update", "7", 3000, {"a": 1})


def test_a_crlf_split_between_chunks_is_one_line_end() -> None:
    decoder = ServerSentEventsDecoder()
    assert decoder.feed(b"data: 1\r") == []
    assert decoder.feed(b"\n") == []  # the LF of the CRLF, not an empty line
    assert decoder.feed(b"\r\n") == [1]


@pytest.mark.parametrize(
    ("framing", "data"),
    [("ndjson", NDJSON[:-5]), ("ndjson", b'{"a": "\\'), ("sse", b"data: 1\n"), ("ndjson", '{"a": "é'.encode()[:-1])],
)
def test_truncated_streams_raise(framing: str, data: bytes) -> None:
    with pytest.raises(IncompleteStreamError):
        _decode(framing, [data])


@pytest.mark.parametrize("data", [b'{"a": 1}\nnot json\n', b'{"a": tru}', b"\xff\xfe{}"])
def test_garbage_raises(data: bytes) -> None:
    with pytest.raises(StreamDecodeError):
        _decode("ndjson", [data])


def test_memory_is_bounded_per_event() -> None:
    decoder = JSONValuesDecoder(max_event_bytes=1000)
    decoder.feed(b'{"a": "' + b"x" * 900)
    with pytest.raises(StreamDecodeError, match="larger than 1000"):
        decoder.feed(b"x" * 200)


def test_a_long_stream_keeps_no_history() -> None:
    decoder = JSONValuesDecoder()
    for number in range(10_000):
        assert decoder.feed(b'{"n": %d}\n{"m"' % number + b": 1}") == [{"n": number}, {"m": 1}]
        assert decoder._pieces == []


def test_unknown_framing_is_refused() -> None:
    with pytest.raises(ValueError, match="xml"):
        decoder_for("xml")


def _stream_of(data: bytes, closed: list[bool]) -> Stream[Any]:
    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from every_byte(data)

        def close(self) -> None:
            closed.append(True)

    request = httpx.Request("GET", "https://example.test/stream")
    response = httpx.Response(200, stream=Body(), request=request)
    return Stream(response, JSONValuesDecoder(), lambda value: value)


def test_leaving_a_stream_early_closes_the_connection() -> None:
    closed: list[bool] = []
    with _stream_of(NDJSON, closed) as stream:
        for event in stream:
            assert event == EVENTS[0]
            break
    assert closed == [True]


def test_breaking_out_of_a_bare_loop_closes_the_connection() -> None:
    closed: list[bool] = []
    stream = _stream_of(NDJSON, closed)
    for _event in stream:
        break
    del stream
    assert closed == [True]


# -- over a real socket -------------------------------------------------------------------------------------------


@pytest.fixture
def served() -> Iterator[LocalServer]:
    fake = FakeBettrData(accept_token=lambda token: token == "t0ken")
    with LocalServer(fake) as server:
        yield server


def test_a_silent_stream_times_out(served: LocalServer) -> None:
    served.fake.streams["exec-x"] = StreamPlan([{"status": "started"}, {"status": "end"}], hold_after=1)
    client = connect(served.base_url, auth="t0ken", environ={})
    events: list[CountStatus] = []
    with pytest.raises(APITimeoutError), stream_count_status(client, "exec-x", "SNOWFLAKE", idle_timeout=0.2) as stream:
        events.extend(stream)
    assert [e.status for e in events] == ["started"]


def test_a_connection_cut_mid_stream_raises(served: LocalServer) -> None:
    served.fake.streams["exec-x"] = StreamPlan([{"status": "started"}, {"status": "end"}], truncate_at=25)
    client = connect(served.base_url, auth="t0ken", environ={})
    with pytest.raises((APIConnectionError, IncompleteStreamError)):
        list(stream_count_status(client, "exec-x", "SNOWFLAKE"))


def test_one_byte_chunks_over_http(served: LocalServer) -> None:
    served.fake.streams["exec-x"] = StreamPlan(
        [{"status": "started"}, {"status": "in progress"}, {"status": "end"}], chunks=every_byte
    )
    client = connect(served.base_url, auth="t0ken", environ={})
    assert [e.status for e in stream_count_status(client, "exec-x", "SNOWFLAKE")] == ["started", "in progress", "end"]


@pytest.mark.asyncio
async def test_one_byte_chunks_over_http_async(served: LocalServer) -> None:
    from bettrdata_client.lib.counts import astream_count_status

    served.fake.streams["exec-x"] = StreamPlan(
        [{"status": "started"}, {"status": "in progress"}, {"status": "end"}], chunks=every_byte, separator=b""
    )
    client = connect(served.base_url, auth="t0ken", environ={})
    async with await astream_count_status(client, "exec-x", "SNOWFLAKE") as stream:
        assert [e.status async for e in stream] == ["started", "in progress", "end"]
