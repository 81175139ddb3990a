"""Retries: back-off with jitter, Retry-After, idempotency, opt-in, budget, logging; sync and async."""

from __future__ import annotations

import asyncio
import email.utils
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from bettrdata_client import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    connect,
)
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.api.merge_runs import create_merge_run
from bettrdata_client.models import Datafile

from .conftest import Connector
from .standin import FakeBettrData, FakeClock, Fault
from .test_errors import MERGE_RUN


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(fake: FakeBettrData, make_client: Connector, status: int) -> None:
    client = make_client(max_retries=2)
    fake.faults.extend([Fault(status=status, path="/datafile"), Fault(status=status, path="/datafile")])
    files = search_datafiles.sync(client=client)
    assert isinstance(files, list)
    assert isinstance(files[0], Datafile)
    assert fake.count("GET", "/datafile") == 3


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_connection_errors_are_retried(
    fake: FakeBettrData, make_client: Connector, error: type[httpx.TransportError]
) -> None:
    client = make_client(max_retries=1)
    fake.faults.append(Fault(error=error, path="/datafile"))
    assert isinstance(search_datafiles.sync(client=client), list)
    assert fake.count("GET", "/datafile") == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 501])
def test_other_statuses_are_not_retried(fake: FakeBettrData, make_client: Connector, status: int) -> None:
    client = make_client(max_retries=3)
    fake.faults.extend(Fault(status=status, path="/datafile") for _ in range(4))
    with pytest.raises(APIStatusError):
        search_datafiles.sync(client=client)
    # 401 is replayed once by the auth (not a retry); nothing else is repeated
    assert fake.count("GET", "/datafile") == (2 if status == 401 else 1)


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    assert [policy.backoff(n, 0.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(1, 1.0) == 0.375  # jitter takes off up to a quarter
    assert policy.backoff(3, 0.5) == pytest.approx(1.75)


def test_retries_wait_the_backoff(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client(max_retries=3)
    fake.faults.extend(Fault(status=503, path="/datafile") for _ in range(3))
    search_datafiles.sync(client=client)
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_retry_after_in_seconds_is_honoured(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client()
    fake.faults.append(Fault(status=429, retry_after="7", path="/datafile"))
    search_datafiles.sync(client=client)
    assert clock.sleeps == [7.0]


def test_retry_after_as_an_http_date_is_honoured(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client()
    when = email.utils.formatdate(clock.wall() + 12, usegmt=True)
    fake.faults.append(Fault(status=503, retry_after=when, path="/datafile"))
    search_datafiles.sync(client=client)
    assert len(clock.sleeps) == 1
    assert 11.0 <= clock.sleeps[0] <= 12.0  # HTTP dates have whole seconds


def test_a_retry_after_beyond_the_cap_falls_back_to_the_backoff(
    fake: FakeBettrData, make_client: Connector, clock: FakeClock
) -> None:
    client = make_client(retry_policy=RetryPolicy(max_retry_after=30.0, budget_seconds=600.0))
    fake.faults.append(Fault(status=429, retry_after="3600", path="/datafile"))
    search_datafiles.sync(client=client)
    assert clock.sleeps == [0.5], "neither an hour nor the cap: the client's own back-off"


def test_unreadable_retry_after_falls_back_to_backoff(
    fake: FakeBettrData, make_client: Connector, clock: FakeClock
) -> None:
    client = make_client()
    fake.faults.append(Fault(status=503, retry_after="soon", path="/datafile"))
    search_datafiles.sync(client=client)
    assert clock.sleeps == [0.5]


def test_the_budget_stops_retrying(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client(max_retries=5, retry_policy=RetryPolicy(budget_seconds=10.0))
    fake.faults.extend(Fault(status=429, retry_after="6", path="/datafile") for _ in range(3))
    with pytest.raises(RateLimitError):
        search_datafiles.sync(client=client)
    assert clock.sleeps == [6.0]  # a second 6 s wait would pass the 10 s budget
    assert fake.count("GET", "/datafile") == 2


def test_max_retries_then_the_error(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=2)
    fake.faults.extend(Fault(status=503, path="/datafile") for _ in range(5))
    with pytest.raises(InternalServerError):
        search_datafiles.sync(client=client)
    assert fake.count("GET", "/datafile") == 3


def test_a_post_is_not_retried(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=3)
    fake.faults.append(Fault(status=503, path="/mergerun"))
    with pytest.raises(InternalServerError):
        create_merge_run.sync(client=client, body=MERGE_RUN)
    assert fake.count("POST", "/mergerun") == 1


def test_a_post_that_may_have_been_sent_is_not_retried(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=3)
    fake.faults.append(Fault(error=httpx.ReadTimeout, path="/mergerun"))
    with pytest.raises(httpx.TimeoutException):
        create_merge_run.sync(client=client, body=MERGE_RUN)
    assert fake.count("POST", "/mergerun") == 1


def test_a_post_that_never_left_is_retried(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=3)
    fake.faults.append(Fault(error=httpx.ConnectError, path="/mergerun"))
    create_merge_run.sync(client=client, body=MERGE_RUN)
    assert fake.count("POST", "/mergerun") == 2


def test_a_post_opted_in_is_retried(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(retry_operations=["create_merge_run"])
    fake.faults.append(Fault(status=503, path="/mergerun"))
    create_merge_run.sync(client=client, body=MERGE_RUN)
    assert fake.count("POST", "/mergerun") == 2


def test_the_spec_marks_the_token_post_idempotent(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    fake.faults.append(Fault(status=500, path="/auth/token"))
    search_datafiles.sync(client=client)
    assert fake.count("POST", "/auth/token") == 2


def test_unknown_opted_in_operations_are_refused(make_client: Connector) -> None:
    with pytest.raises(ValueError, match="create_merge_runs"):
        make_client(retry_operations=["create_merge_runs"])


def test_each_retry_is_logged(fake: FakeBettrData, make_client: Connector, caplog: pytest.LogCaptureFixture) -> None:
    client = make_client(max_retries=2)
    fake.faults.extend(Fault(status=503, path="/datafile") for _ in range(2))
    with caplog.at_level(logging.INFO, logger="bettrdata_client"):
        search_datafiles.sync(client=client)
    retries = [(r.levelno, r.getMessage()) for r in caplog.records if "retry" in r.getMessage()]
    assert [message for _, message in retries] == [
        "GET https://acme.bettrdata.test:1337/datafile answered 503; retry 1 of 2 in 0.50 s",
        "GET https://acme.bettrdata.test:1337/datafile answered 503; retry 2 of 2 in 1.00 s",
    ]
    assert [level for level, _ in retries] == [logging.INFO, logging.WARNING]  # the last retry warns


@pytest.mark.asyncio
async def test_async_calls_retry_alike(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client(max_retries=2)
    fake.faults.extend(
        [Fault(status=429, retry_after="2", path="/datafile"), Fault(error=httpx.ConnectError, path="/datafile")]
    )
    assert isinstance(await search_datafiles.asyncio(client=client), list)
    assert clock.sleeps == [2.0, 1.0]
    fake.faults.append(Fault(status=503, path="/mergerun"))
    with pytest.raises(InternalServerError):
        await create_merge_run.asyncio(client=client, body=MERGE_RUN)
    assert fake.count("POST", "/mergerun") == 1


def test_many_calls_under_thirty_percent_faults_all_succeed(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=10, retry_policy=RetryPolicy(budget_seconds=3600.0))
    fake.fault_rate = 0.3
    results = [search_datafiles.sync(client=client) for _ in range(200)]
    assert all(isinstance(result, list) for result in results)
    attempts = fake.count("GET", "/datafile")
    assert 200 < attempts < 400  # faults were injected, and every call got through


def test_an_error_after_retries_says_how_many_attempts_were_made(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=2)
    fake.faults.extend(Fault(status=503, path="/datafile") for _ in range(3))
    with pytest.raises(InternalServerError, match=r"from GET /datafile after 3 attempts"):
        search_datafiles.sync(client=client)


def test_an_error_at_the_first_attempt_does_not_mention_attempts(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=2)
    fake.faults.append(Fault(status=404, path="/datafile"))
    with pytest.raises(APIStatusError) as raised:
        search_datafiles.sync(client=client)
    assert "attempts" not in str(raised.value)


class _CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after its first chunk, as a connection reset mid-body does."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'[{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", '
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'[{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", '
        raise httpx.ReadError("connection reset by peer")


def _cut_then_whole(sent: list[str]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        if len(sent) == 1:
            return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=_CutBody())
        return httpx.Response(200, json=[{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", "fileName": "a.csv"}])

    return httpx.MockTransport(answer)


def test_a_body_cut_mid_way_is_retried_for_a_get() -> None:
    sent: list[str] = []
    client = connect(base_url="https://bd.test", auth="t", transport=_cut_then_whole(sent), environ={})
    with client:
        files = search_datafiles.sync(client=client)
    assert isinstance(files, list)
    assert sent == ["GET", "GET"]


def test_a_body_cut_mid_way_is_retried_async() -> None:
    sent: list[str] = []

    async def run() -> object:
        client = connect(base_url="https://bd.test", auth="t", transport=_cut_then_whole(sent), environ={})
        async with client:
            return await search_datafiles.asyncio(client=client)

    assert isinstance(asyncio.run(run()), list)
    assert sent == ["GET", "GET"]


def test_a_body_cut_mid_way_is_a_connection_error_when_not_safe_to_repeat() -> None:
    sent: list[str] = []
    client = connect(base_url="https://bd.test", auth="t", transport=_cut_then_whole(sent), environ={})
    with client, pytest.raises(APIConnectionError, match="connection reset by peer"):
        create_merge_run.sync(client=client, body=MERGE_RUN)
    assert sent == ["POST"]
