"""An operation marked `x-streaming` becomes a client-object method answering a typed stream of its events (the
tiny fixture vendor's `watch_thing`), in a package built by the pipeline."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_client(generated_tiny: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generated_tiny))
    try:
        yield importlib.import_module("tiny_client")
    finally:
        sys.path.remove(str(generated_tiny))
        for name in [name for name in sys.modules if name == "tiny_client" or name.startswith("tiny_client.")]:
            del sys.modules[name]


EVENTS = b'{"status": "moving", "at": 1}\n{"status": "moving", "at": 2}\n{"status": "arrived", "at": 3}\n'


def test_a_streamed_operation_yields_typed_events_until_a_final_status(tiny_client: ModuleType) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=EVENTS + b'{"status": "moving", "at": 4}\n')

    client = tiny_client.Tiny(auth="t0ken-value", transport=httpx.MockTransport(answer))
    with client, client.default.watch_thing("t1", extra_headers={"X-Trace": "7"}) as events:
        seen = [(event.status.value, event.at) for event in events]

    assert seen == [("moving", 1), ("moving", 2), ("arrived", 3)], "the stream ends at the final status"
    assert type(client.default.watch_thing).__name__ == "method"
    assert sent[0].url.path == "/things/t1/events"
    assert sent[0].headers["X-Trace"] == "7"
    assert not hasattr(client.with_raw_response.default, "watch_thing"), "a stream has no raw-response form"


def test_an_error_answer_is_raised_before_any_event(tiny_client: ModuleType) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"message": "no thing t9"}))
    with tiny_client.Tiny(auth="t0ken-value", transport=transport) as client, pytest.raises(tiny_client.NotFoundError):
        client.default.watch_thing("t9")
