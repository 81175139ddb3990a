"""`ClientCredentialsAuth` against apimock's Narrative over HTTP: the mock's `/oauth/token` issues real tokens,
checks the client's HTTP Basic credentials, and expires tokens on its own clock."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from narrative_client import AuthenticationError, Clock, InternalServerError, connect
from narrative_client.api.whoami import whoami
from narrative_client.lib.oauth import ClientCredentialsAuth, OAuthSignInError
from narrative_client.models import Whoami

import apimock

from ..apimock.conftest import FakeClock as MockClock
from ..servers import served

CLIENT_ID, CLIENT_SECRET = "app-client-7", "s3cr3t-client-secret"
LIFETIME = 600.0


class FakeClock(Clock):
    """The client's time, moved by hand (no sleeping: these tests inject no faults)."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def mock_clock() -> MockClock:
    return MockClock()


@pytest.fixture
def narrative(mock_clock: MockClock) -> apimock.MockApp:
    return apimock.create_app(
        "narrative", credentials={CLIENT_ID: CLIENT_SECRET}, token_lifetime=LIFETIME, clock=mock_clock
    )


@pytest.fixture
def base_url(narrative: apimock.MockApp) -> Iterator[str]:
    with served(narrative) as url:
        yield url


def token_requests(app: apimock.MockApp) -> int:
    return sum(count for (operation, _), count in app.mock.answered.items() if operation == "request_oauth_token")


def connected(base_url: str, auth: ClientCredentialsAuth, **options: Any) -> Any:
    return connect(base_url, auth=auth, max_retries=0, environ={}, **options)


def test_signs_in_once_and_reuses_the_token(base_url: str, narrative: apimock.MockApp) -> None:
    with connected(base_url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client:
        answers = [whoami.sync(client=client) for _ in range(3)]
    assert all(isinstance(answer, Whoami) for answer in answers)
    assert token_requests(narrative) == 1


def test_renews_with_the_refresh_token_before_expiry(base_url: str, narrative: apimock.MockApp) -> None:
    clock = FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, renew_before=60.0, clock=clock)
    with connected(base_url, auth, clock=clock) as client:
        whoami.sync(client=client)
        first_refresh = auth._token.refresh if auth._token else None
        clock.advance(LIFETIME - 30)
        assert isinstance(whoami.sync(client=client), Whoami)
    assert token_requests(narrative) == 2
    assert first_refresh is not None
    replay = {"grant_type": "refresh_token", "refresh_token": first_refresh.reveal()}
    refused = httpx.post(f"{base_url}/oauth/token", data=replay, auth=(CLIENT_ID, CLIENT_SECRET))
    assert refused.status_code == 400, "the first refresh token was redeemed by the renewal"


def test_a_token_the_server_expired_is_replaced_and_the_request_replayed(
    base_url: str, narrative: apimock.MockApp, mock_clock: MockClock
) -> None:
    with connected(base_url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client:
        whoami.sync(client=client)
        mock_clock.now += LIFETIME + 1  # the server's clock: the client still believes its token valid
        assert isinstance(whoami.sync(client=client), Whoami)
    assert token_requests(narrative) == 2


def test_wrong_client_secret_raises_a_typed_error_naming_the_sign_in(base_url: str) -> None:
    auth = ClientCredentialsAuth(CLIENT_ID, "wrong-secret")
    with connected(base_url, auth) as client, pytest.raises(AuthenticationError) as refused:
        whoami.sync(client=client)
    assert refused.value.status_code == 401
    assert "/oauth/token (sign-in)" in str(refused.value)


def test_the_client_secret_and_tokens_never_show(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)
    with caplog.at_level(logging.DEBUG), connected(base_url, auth) as client:
        whoami.sync(client=client)
    token = auth._token
    assert token is not None
    shown = repr(auth) + repr(token) + caplog.text
    assert CLIENT_SECRET not in shown
    assert token.access.reveal() not in shown


def test_from_env_names_what_is_missing() -> None:
    with pytest.raises(ValueError, match="NARRATIVE_CLIENT_SECRET not set"):
        ClientCredentialsAuth.from_env({"NARRATIVE_CLIENT_ID": CLIENT_ID})
    auth = ClientCredentialsAuth.from_env({"NARRATIVE_CLIENT_ID": CLIENT_ID, "NARRATIVE_CLIENT_SECRET": "x"})
    assert auth.client_id == CLIENT_ID


def test_twenty_threads_finding_the_token_due_cause_one_renewal(base_url: str, narrative: apimock.MockApp) -> None:
    clock = FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, renew_before=60.0, clock=clock)
    with connected(base_url, auth, clock=clock) as client:
        whoami.sync(client=client)
        clock.advance(LIFETIME - 30)
        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda _: whoami.sync(client=client), range(20)))
    assert all(isinstance(answer, Whoami) for answer in answers)
    assert token_requests(narrative) == 2


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("html", "without a JSON object"),
        ("empty", "without a JSON object"),
        ("missing-required=access_token", "access_token"),
    ],
)
def test_a_token_answer_off_its_schema_is_a_typed_sign_in_error(kind: str, reason: str) -> None:
    drifting = apimock.Drift(kinds=(kind,), operations=frozenset({"request_oauth_token"}))
    app = apimock.create_app("narrative", credentials={CLIENT_ID: CLIENT_SECRET}, drift=drifting)
    with (
        served(app) as url,
        connected(url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client,
        pytest.raises(OAuthSignInError) as refused,
    ):
        whoami.sync(client=client)
    assert reason in str(refused.value)
    assert CLIENT_SECRET not in str(refused.value)


def test_a_sign_in_error_echoing_the_credentials_keeps_them_out_of_messages_and_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    echoing = apimock.Drift(kinds=("echo-secrets",), operations=frozenset({"request_oauth_token"}))
    app = apimock.create_app("narrative", credentials={CLIENT_ID: CLIENT_SECRET}, drift=echoing)
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    with (
        caplog.at_level(logging.DEBUG),
        served(app) as url,
        connected(url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client,
        pytest.raises(InternalServerError, match=r"POST /oauth/token \(sign-in\)") as refused,
    ):
        whoami.sync(client=client)
    assert basic in str(refused.value.body), "the body stays as the server sent it"
    for shown in (str(refused.value), repr(refused.value), caplog.text):
        assert CLIENT_SECRET not in shown
        assert basic not in shown


def _drifting_token_endpoint(kind: str, mock_clock: MockClock | None = None, **options: Any) -> apimock.MockApp:
    drifting = apimock.Drift(kinds=(kind,), operations=frozenset({"request_oauth_token"}))
    settings: dict[str, Any] = {"credentials": {CLIENT_ID: CLIENT_SECRET}, "drift": drifting, **options}
    if mock_clock is not None:
        settings["clock"] = mock_clock
    return apimock.create_app("narrative", **settings)


def test_a_lifetime_given_as_text_is_a_typed_sign_in_error() -> None:
    app = _drifting_token_endpoint("number-as-text=access_token_expires_in")
    with (
        served(app) as url,
        connected(url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client,
        pytest.raises(OAuthSignInError, match=r"a lifetime that is not a number: '3600s'"),
    ):
        whoami.sync(client=client)


def test_a_token_without_a_lifetime_is_used_until_the_server_refuses_it(mock_clock: MockClock) -> None:
    app = _drifting_token_endpoint("missing=access_token_expires_in", mock_clock, token_lifetime=LIFETIME)
    with served(app) as url, connected(url, ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)) as client:
        for _ in range(3):
            whoami.sync(client=client)
        assert token_requests(app) == 1, "no lifetime announced: no renewal before each call"
        mock_clock.now += LIFETIME + 1
        assert isinstance(whoami.sync(client=client), Whoami)
    assert token_requests(app) == 2, "refused once, renewed once, the call replayed"


def test_a_lifetime_shorter_than_renew_before_renews_at_half_of_it() -> None:
    app = apimock.create_app("narrative", credentials={CLIENT_ID: CLIENT_SECRET}, token_lifetime=30)
    clock = FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, renew_before=60.0, clock=clock)
    with served(app) as url, connected(url, auth, clock=clock) as client:
        whoami.sync(client=client)
        clock.advance(10)
        whoami.sync(client=client)
        assert token_requests(app) == 1, "not a token request before every call"
        clock.advance(6)
        whoami.sync(client=client)
    assert token_requests(app) == 2, "renewed once half the 30 s lifetime had passed"


def test_fifty_tasks_renew_once_against_a_server_revoking_the_previous_token() -> None:
    app = _drifting_token_endpoint("revoke-previous", token_lifetime=LIFETIME)
    clock = FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, renew_before=60.0, clock=clock)

    async def fifty_calls(client: Any) -> list[Any]:
        return list(await asyncio.gather(*(whoami.asyncio(client=client) for _ in range(50))))

    with served(app) as url, connected(url, auth, clock=clock) as client:
        whoami.sync(client=client)
        clock.advance(LIFETIME - 30)
        answers = asyncio.run(fifty_calls(client))
    assert all(isinstance(answer, Whoami) for answer in answers)
    assert token_requests(app) == 2
