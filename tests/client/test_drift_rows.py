"""What a caller of the typed client objects gets when the vendor drifts: each row of the README's table ("When a
vendor drifts from its document"), against apimock served over HTTP playing the drifting vendor (`X-Mock-Drift`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from celigo_client import APIResponseValidationError as CeligoValidationError
from celigo_client import Celigo
from narrative_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Clock,
    Narrative,
    PaginationError,
    connect,
    is_unknown,
)
from narrative_client.api.access_rules import get_access_rule

import apimock

from ..servers import served

TOKEN = "drift-test-token-0001"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with served(apimock.create_app("narrative", tokens={TOKEN})) as url:
        yield url


@pytest.fixture
def narrative(base_url: str) -> Iterator[Narrative]:
    with Narrative(auth=TOKEN, base_url=base_url, max_retries=1) as client:
        yield client


def drift(kind: str) -> dict[str, str]:
    return {"X-Mock-Drift": kind}


def test_an_unknown_enum_value_is_kept(narrative: Narrative) -> None:
    rule = narrative.access_rules.get(1, extra_headers=drift("unknown-enum=status"))
    assert rule.status == "drifted-value"
    assert is_unknown(rule.status)
    assert rule.to_dict()["status"] == "drifted-value"


@pytest.mark.parametrize(
    ("kind", "where", "reason"),
    [
        ("missing-required=name", "AccessRule.name", "required member 'name' is missing"),
        ("array-for-object", "AccessRule", "an object is due, the answer has an array"),
        ("html", "$", "the body is not JSON"),
        ("empty", "$", "the body is not JSON"),
        ("truncated", "$", "the body is not JSON"),
    ],
)
def test_an_answer_off_its_schema_is_a_validation_error_keeping_what_was_said(
    narrative: Narrative, kind: str, where: str, reason: str
) -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        narrative.access_rules.get(1, extra_headers=drift(kind))
    error = raised.value
    assert (error.status_code, error.operation_id, error.where) == (200, "get_access_rule", where)
    assert reason in error.reason
    assert error.response is not None
    assert error.response.headers["x-mock-drifted"] == kind


@pytest.mark.parametrize(
    ("member", "where", "reason"),
    [
        ("tags", "AccessRule.tags", "an array is due, the answer has null"),
        ("collaborators", "AccessRule.collaborators", "an object is due, the answer has null"),
    ],
)
def test_null_for_a_list_or_object_is_a_validation_error(
    narrative: Narrative, member: str, where: str, reason: str
) -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        narrative.access_rules.get(1, extra_headers=drift(f"null={member}"))
    assert (raised.value.where, raised.value.reason) == (where, reason)


def test_a_date_time_in_another_form_is_kept_as_the_string_the_spec_allows(narrative: Narrative) -> None:
    # Narrative's timestamps are a date-time or a zone-less string (the spec's union): another form is a string.
    dataset = narrative.datasets.list().records[0]
    drifted = narrative.datasets.get(dataset.id, extra_headers=drift("odd-datetime"))
    assert drifted.created_at == "03/12/2026 10:00:00"


def test_an_epoch_number_for_a_date_time_is_a_validation_error(narrative: Narrative) -> None:
    dataset = narrative.datasets.list().records[0]
    with pytest.raises(APIResponseValidationError) as raised:
        narrative.datasets.get(dataset.id, extra_headers=drift("epoch-datetime"))
    error = raised.value
    assert (error.operation_id, error.where) == ("get_dataset", "Dataset.created_at")
    assert error.reason == "a string is due, the answer has a number"
    assert isinstance(error.body, dict)
    assert error.body["created_at"] == 1764756000


def test_an_undocumented_status_is_a_status_error(narrative: Narrative) -> None:
    with pytest.raises(APIStatusError, match="get_access_rule answered 203, a status its spec does not document"):
        narrative.access_rules.get(1, extra_headers=drift("status=203"))


def test_an_error_body_echoing_the_token_keeps_it_out_of_the_message(
    narrative: Narrative, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("DEBUG"), pytest.raises(APIStatusError) as raised:
        narrative.access_rules.get(1, extra_headers=drift("echo-secrets"))
    error = raised.value
    assert error.status_code == 500
    assert TOKEN in str(error.body), "the body stays as the server sent it"
    for shown in (str(error), repr(error), caplog.text):
        assert TOKEN not in shown


def test_a_connection_stalled_mid_body_is_retried_then_a_timeout_error(base_url: str) -> None:
    with (
        Narrative(auth=TOKEN, base_url=base_url, max_retries=1, timeout=0.3) as client,
        pytest.raises(APITimeoutError, match="after 2 attempts"),
    ):
        client.access_rules.get(1, extra_headers=drift("stall"))


def test_a_connection_reset_mid_body_is_retried_then_a_connection_error(narrative: Narrative) -> None:
    with pytest.raises(APIConnectionError, match="after 2 attempts"):
        narrative.access_rules.get(1, extra_headers=drift("reset"))


@pytest.mark.parametrize("kind", ["repeat-page", "backward-page", "ignore-offset"])
def test_pages_that_would_loop_end_with_a_pagination_error_after_the_good_records(
    narrative: Narrative, kind: str
) -> None:
    seen: list[int] = []

    def walk() -> None:
        for rule in narrative.access_rules.list(per_page=1, extra_headers=drift(kind)):
            seen.append(rule.id)

    with pytest.raises(PaginationError) as raised:
        walk()
    assert raised.value.operation_id == "list_access_rules"
    assert seen, "the records of the good pages came first"
    assert len(seen) == len(set(seen)), "no record twice"


def test_a_server_capping_its_pages_still_gives_every_record(narrative: Narrative) -> None:
    every = [rule.id for rule in narrative.access_rules.list(per_page=50)]
    capped = [rule.id for rule in narrative.access_rules.list(per_page=50, extra_headers=drift("cap-page=1"))]
    assert len(every) > 1
    assert capped == every


class RecordingClock(Clock):
    """Time that moves only when slept on; records every sleep."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_a_retry_after_beyond_the_cap_waits_the_clients_own_backoff() -> None:
    clock = RecordingClock()
    an_hour = apimock.Faults(rate=1.0, status=503, retry_after=3600)
    with (
        served(apimock.create_app("narrative", tokens={TOKEN}, faults=an_hour)) as url,
        connect(url, auth=TOKEN, max_retries=1, clock=clock, environ={}) as client,
        pytest.raises(APIStatusError) as refused,
    ):
        get_access_rule.sync(1, client=client)
    assert refused.value.status_code == 503
    assert len(clock.sleeps) == 1
    assert clock.sleeps[0] <= 60.0, "not the hour the server asked for: the client's own back-off"


# ------------------------------------------------------------------------------------------- Celigo's date-times
@pytest.fixture(scope="module")
def celigo() -> Iterator[Celigo]:
    with (
        served(apimock.create_app("celigo", tokens={TOKEN})) as url,
        Celigo(auth=TOKEN, base_url=f"{url}/v1", max_retries=0, environ={}) as client,
    ):
        yield client


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("odd-datetime", "ValueError: Invalid isoformat string: '03/12/2026 10:00:00'"),
        ("epoch-datetime", "TypeError: fromisoformat: argument must be str"),
    ],
)
def test_a_date_time_in_another_form_is_a_validation_error(celigo: Celigo, kind: str, reason: str) -> None:
    connection = celigo.connections.list()[0]
    with pytest.raises(CeligoValidationError) as raised:
        celigo.connections.get(connection.field_id, extra_headers=drift(kind))
    error = raised.value
    assert (error.status_code, error.operation_id, error.reason) == (200, "get_connection", reason)
    assert isinstance(error.body, dict)
    assert error.body["_id"] == connection.field_id  # what the server said is kept
