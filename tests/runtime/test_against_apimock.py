"""The runtime end to end against apimock served over HTTP: the real spec, the real streaming, the real auth.

The stand-in (standin.py) drives the fine-grained cases with a fake clock; these tests check that the same
behaviour holds against the project's mock of BettrData: sign-in, the count flow with a live stream, cancel,
typed errors, retries under injected faults, and a token the server expires.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from bettrdata_client import (
    APIError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    connect,
)
from bettrdata_client.api.audiences import create_audience
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.api.merge_runs import create_merge_run
from bettrdata_client.lib.cognito import CognitoAuth, SignInError
from bettrdata_client.lib.counts import CountCanceledError, CountStatus, CountUnknownEvent, start_count
from bettrdata_client.models import BDSOrder, BDSOrderRecord, MergeRun

import apimock

from ..apimock.conftest import FakeClock as MockClock
from ..servers import served
from .conftest import CLIENT_ID, PASSWORD, USER
from .standin import FakeClock

REPOSITORY = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((REPOSITORY / "specs" / "bettrdata.yaml").read_text(encoding="utf-8"))
ORDER = SPEC["paths"]["/audience/create"]["post"]["requestBody"]["content"]["application/json"]["examples"][
    "order_with_segments"
]["value"]
MERGE_RUN = SPEC["paths"]["/mergerun"]["post"]["requestBody"]["content"]["application/json"]["examples"][
    "union_with_join_flags"
]["value"]
FAULT = {"X-Mock-Fault": "status=503; retry-after=0"}


def mock(**options: Any) -> apimock.MockApp:
    settings: dict[str, Any] = {"credentials": {USER: PASSWORD}, "stream_interval": 0.01, "validate_responses": True}
    settings.update(options)
    return apimock.create_app("bettrdata", **settings)


def connected(base_url: str, **options: Any) -> AuthenticatedClient:
    settings: dict[str, Any] = {"base_url": base_url, "environ": {}, "auth": CognitoAuth(USER, PASSWORD, CLIENT_ID)}
    settings.update(options)
    return connect(**settings)


@pytest.fixture
def base_url() -> Iterator[str]:
    with served(mock()) as url:
        yield url


def attempts(records: list[logging.LogRecord], method: str, path: str) -> int:
    return sum(
        1
        for record in records
        if record.getMessage().startswith(f"{method} ") and f"{path} (attempt" in record.getMessage()
    )


def test_sign_in_order_count_stream_and_rows(base_url: str) -> None:
    statuses: list[str] = []
    with connected(base_url) as client:
        saved = create_audience.sync(client=client, body=BDSOrder.from_dict(ORDER))
        assert isinstance(saved, BDSOrderRecord)
        with start_count(client, saved.field_id, "default", current_user=USER) as count:
            count.wait(on_status=lambda event: statuses.append(event.status))
            pages = list(count.pages(limit=2))

    assert saved.name == ORDER["name"]
    assert statuses[0] == "started"
    assert statuses[-1] == "end"
    assert set(statuses[1:-1]) <= {"in progress"}
    assert pages
    assert all(len(page) == 2 for page in pages[:-1])
    assert 0 < len(pages[-1]) <= 2


def test_a_count_status_the_spec_does_not_list_is_an_event_and_the_count_goes_on() -> None:
    drifting = apimock.Drift(kinds=("unknown-enum=status",), operations=frozenset({"stream_count_status"}))
    seen: list[CountStatus] = []
    with served(mock(drift=drifting)) as url, connected(url) as client:
        saved = create_audience.sync(client=client, body=BDSOrder.from_dict(ORDER))
        assert isinstance(saved, BDSOrderRecord)
        with start_count(client, saved.field_id, "default", current_user=USER) as count:
            count.wait(on_status=seen.append)
            assert list(count.pages(limit=2)), "the count ended and its rows are there"
    first = seen[0]
    assert isinstance(first, CountUnknownEvent)
    assert (first.status, first.raw["status"]) == ("drifted-value", "drifted-value")
    assert seen[-1].status == "end"


def test_cancel_ends_the_live_stream_with_a_typed_error() -> None:
    with served(mock(stream_interval=0.05)) as url, connected(url) as client:
        saved = create_audience.sync(client=client, body=BDSOrder.from_dict(ORDER))
        assert isinstance(saved, BDSOrderRecord)
        with start_count(client, saved.field_id, "default", current_user=USER) as count:
            events = iter(count.status())
            assert next(events).status == "started"
            assert count.cancel().message == "SQL statement canceled"
            with pytest.raises(CountCanceledError, match="Count Canceled"):
                for _ in events:
                    pass


def test_a_wrong_password_is_a_readable_sign_in_error(base_url: str) -> None:
    wrong = "not-the-password-42"
    with connected(base_url, auth=CognitoAuth(USER, wrong, CLIENT_ID)) as client, pytest.raises(SignInError) as raised:
        search_datafiles.sync(client=client)

    assert "Unauthorized" in str(raised.value)
    assert wrong not in str(raised.value)
    assert wrong not in repr(raised.value)
    assert isinstance(raised.value, AuthenticationError), "a refused sign-in is an authentication error"
    assert raised.value.status_code in (400, 401)


def test_a_token_the_server_does_not_know_is_an_authentication_error(base_url: str) -> None:
    with connected(base_url, auth="forged-token") as client, pytest.raises(AuthenticationError) as raised:
        search_datafiles.sync(client=client)

    assert raised.value.status_code == 401
    assert "forged-token" not in str(raised.value)


def test_a_bad_body_is_a_bad_request_naming_the_field(base_url: str) -> None:
    body = MergeRun.from_dict({**MERGE_RUN, "convertsToMerge": []})  # the spec asks for at least one input
    with connected(base_url) as client, pytest.raises(BadRequestError) as raised:
        create_merge_run.sync(client=client, body=body)

    assert raised.value.status_code == 400
    assert "convertsToMerge" in str(raised.value.body)


def test_reads_are_retried_through_injected_faults_and_posts_are_not(
    base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bettrdata_client")
    with connected(base_url, clock=FakeClock(), max_retries=3, headers=FAULT) as client:
        with pytest.raises(InternalServerError):
            search_datafiles.sync(client=client)
        reads = attempts(caplog.records, "GET", "/datafile")
        with pytest.raises(InternalServerError):
            create_merge_run.sync(client=client, body=MergeRun.from_dict(MERGE_RUN))
        posts = attempts(caplog.records, "POST", "/mergerun")

    assert reads == 4, "one attempt and three retries, each answered 503 by the mock"
    assert posts == 1, "a POST that reached the server is never repeated"


def test_a_seeded_fault_rate_is_absorbed_by_retries() -> None:
    faults = apimock.Faults(rate=0.3, seed=11, retry_after=0.0)
    with served(mock(faults=faults)) as url, connected(url, clock=FakeClock(), max_retries=6) as client:
        results = [search_datafiles.sync(client=client, limit=1) for _ in range(40)]

    assert all(isinstance(result, list) for result in results)


def test_a_token_expired_by_the_server_is_renewed_and_the_request_replayed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bettrdata_client")
    clock = MockClock()
    with served(mock(token_lifetime=3600, clock=clock)) as url, connected(url) as client:
        assert isinstance(search_datafiles.sync(client=client), list)
        clock.now += 7200  # the mock now rejects the token; the client still believes it valid
        assert isinstance(search_datafiles.sync(client=client), list)

    assert attempts(caplog.records, "POST", "/auth/token") == 2, "signed in once more, after the 401"


def test_a_sign_in_error_echoing_the_password_keeps_it_out_of_messages_and_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    echoing = apimock.Drift(kinds=("echo-secrets",), operations=frozenset({"get_token"}))
    with (
        caplog.at_level(logging.DEBUG),
        served(mock(drift=echoing)) as url,
        connected(url, max_retries=0) as client,
        pytest.raises(APIError) as refused,
    ):
        create_audience.sync(client=client, body=BDSOrder.from_dict(ORDER))
    assert PASSWORD in str(refused.value.body), "the body stays as the server sent it"
    for shown in (str(refused.value), repr(refused.value), caplog.text):
        assert PASSWORD not in shown
