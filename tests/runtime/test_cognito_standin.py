"""CognitoAuth against the stand-in's `/auth/token`: answers, SECRET_HASH, flows, challenges, renewal, concurrency."""

from __future__ import annotations

import asyncio
import threading

import pytest
from bettrdata_client import AuthenticatedClient
from bettrdata_client._runtime._logging import Secret
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.lib._signin import (
    ChallengeRequiredError,
    NotAuthorizedError,
    SignInFlowNotAllowedError,
    SignInThrottledError,
    UserNotFoundError,
    secret_hash,
)
from bettrdata_client.lib.cognito import CognitoAuth

from .conftest import CLIENT_ID, PASSWORD, USER, Connector
from .standin import FakeBettrData, FakeClock


def _signed_in(client: AuthenticatedClient) -> None:
    assert isinstance(search_datafiles.sync(client=client), list)


@pytest.mark.parametrize("answer", ["bettrdata", "cognito"])
def test_both_documented_answers_sign_in(fake: FakeBettrData, make_client: Connector, answer: str) -> None:
    fake.answer = answer
    _signed_in(make_client())
    assert fake.flows == ["USER_PASSWORD_AUTH"]


def test_the_token_is_kept(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    for _ in range(5):
        _signed_in(client)
    assert fake.flows == ["USER_PASSWORD_AUTH"]


@pytest.mark.parametrize(
    ("answer", "flows"), [("cognito", ["REFRESH_TOKEN_AUTH"]), ("bettrdata", ["USER_PASSWORD_AUTH"])]
)
def test_the_token_is_renewed_before_it_expires(
    fake: FakeBettrData, make_client: Connector, clock: FakeClock, answer: str, flows: list[str]
) -> None:
    fake.answer = answer
    client = make_client()
    _signed_in(client)
    clock.advance(3600 - 119)  # just inside the 120 s margin: renew although the old token still works
    _signed_in(client)
    assert fake.flows == ["USER_PASSWORD_AUTH", *flows]
    assert fake.count("GET", "/datafile") == 2  # no 401 on the way


def test_a_401_renews_once_and_replays(fake: FakeBettrData, make_client: Connector) -> None:
    fake.answer = "cognito"
    client = make_client()
    _signed_in(client)
    fake.revoke_all()
    _signed_in(client)
    assert fake.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]
    assert fake.count("GET", "/datafile") == 3


def test_a_refused_refresh_falls_back_to_the_password(
    fake: FakeBettrData, make_client: Connector, clock: FakeClock
) -> None:
    fake.answer = "cognito"
    fake.allowed_flows = {"USER_PASSWORD_AUTH"}  # the app client does not allow REFRESH_TOKEN_AUTH
    client = make_client()
    _signed_in(client)
    clock.advance(3600)
    _signed_in(client)
    assert fake.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH", "USER_PASSWORD_AUTH"]


def test_secret_hash_is_sent_and_checked(clock: FakeClock) -> None:
    fake = FakeBettrData(clock, client_secret="s3cr3t-of-the-app-client", answer="cognito")
    from bettrdata_client import connect

    good = CognitoAuth(USER, PASSWORD, CLIENT_ID, client_secret="s3cr3t-of-the-app-client")
    _signed_in(connect(fake.base_url, auth=good, transport=fake.transport, clock=clock, environ={}))
    clock.advance(4000)
    _signed_in(connect(fake.base_url, auth=good, transport=fake.transport, clock=clock, environ={}))
    bad = CognitoAuth(USER, PASSWORD, CLIENT_ID, client_secret="not-the-secret")
    with pytest.raises(NotAuthorizedError, match="secret hash"):
        search_datafiles.sync(client=connect(fake.base_url, auth=bad, transport=fake.transport, environ={}))
    missing = CognitoAuth(USER, PASSWORD, CLIENT_ID)
    with pytest.raises(NotAuthorizedError):
        search_datafiles.sync(client=connect(fake.base_url, auth=missing, transport=fake.transport, environ={}))


def test_secret_hash_matches_cognitos_definition() -> None:
    # Base64(HMAC-SHA256(key=secret, message=username + client id)), checked with an independent value.
    assert secret_hash("user", "client", Secret("secret")) == "wvW87lzZoI+qQCVGmWVBJLlucdJ65huAVP1z+0MgA6E="


@pytest.mark.parametrize(
    ("user", "password", "kind", "text"),
    [
        (USER, "wrong", NotAuthorizedError, "401"),
        ("nobody@example.com", PASSWORD, UserNotFoundError, "UserNotFoundException"),
    ],
)
def test_sign_in_failures_are_typed(
    make_client: Connector, user: str, password: str, kind: type[Exception], text: str
) -> None:
    client = make_client(auth=CognitoAuth(user, password, CLIENT_ID))
    with pytest.raises(kind, match=text) as raised:
        search_datafiles.sync(client=client)
    assert password not in str(raised.value)


def test_a_disallowed_flow_is_named(fake: FakeBettrData, make_client: Connector) -> None:
    fake.allowed_flows = {"USER_SRP_AUTH"}
    with pytest.raises(SignInFlowNotAllowedError, match="USER_PASSWORD_AUTH flow not enabled"):
        search_datafiles.sync(client=make_client())


@pytest.mark.parametrize("challenge", ["NEW_PASSWORD_REQUIRED", "SOFTWARE_TOKEN_MFA", "SMS_MFA"])
def test_challenges_are_named(fake: FakeBettrData, make_client: Connector, challenge: str) -> None:
    fake.challenges[USER] = challenge
    with pytest.raises(ChallengeRequiredError, match=challenge) as raised:
        search_datafiles.sync(client=make_client())
    assert raised.value.challenge_name == challenge


def test_throttling_is_retried(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    fake.throttle_sign_ins = 2
    _signed_in(make_client())
    assert fake.flows == ["USER_PASSWORD_AUTH"] * 3
    assert clock.sleeps == [0.5, 1.0]


def test_endless_throttling_gives_up(fake: FakeBettrData, make_client: Connector) -> None:
    fake.throttle_sign_ins = 100
    with pytest.raises(SignInThrottledError):
        search_datafiles.sync(client=make_client(auth=CognitoAuth(USER, PASSWORD, CLIENT_ID, max_attempts=3)))
    assert len(fake.flows) == 3


def test_the_token_endpoint_is_paced_at_100_a_minute(
    fake: FakeBettrData, make_client: Connector, clock: FakeClock
) -> None:
    for _ in range(101):
        _signed_in(make_client())  # a new client (and token cache) each time
    assert len(fake.flows) == 101
    assert clock.sleeps == []  # connect() gives each client its own limiter...
    # ...but one client's sign-ins share one: 101 renewals within a minute wait for the window to move.
    client = make_client()
    start = clock.now
    for _ in range(101):
        fake.revoke_all()
        _signed_in(client)
    assert clock.now - start == pytest.approx(60.0)


def test_fifty_threads_cause_one_sign_in(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    fake.answer = "cognito"
    client = make_client()
    barrier = threading.Barrier(50)
    errors: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            _signed_in(client)
        except BaseException as error:
            errors.append(error)

    for round_ in range(2):
        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(fake.flows) == round_ + 1
        clock.advance(4000)  # every thread then finds the token expired
    assert fake.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]


@pytest.mark.asyncio
async def test_fifty_tasks_cause_one_sign_in(fake: FakeBettrData, make_client: Connector, clock: FakeClock) -> None:
    client = make_client()

    async def call() -> None:
        assert isinstance(await search_datafiles.asyncio(client=client), list)

    await asyncio.gather(*(call() for _ in range(50)))
    clock.advance(4000)
    await asyncio.gather(*(call() for _ in range(50)))
    assert fake.flows == ["USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"]


@pytest.mark.asyncio
async def test_fifty_tasks_after_a_401_cause_one_renewal(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    await search_datafiles.asyncio(client=client)
    fake.revoke_all()
    await asyncio.gather(*(search_datafiles.asyncio(client=client) for _ in range(50)))
    assert fake.flows == ["USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"]


def test_credentials_from_the_environment() -> None:
    auth = CognitoAuth.from_env(
        {
            "BETTRDATA_USERNAME": "u",
            "BETTRDATA_PASSWORD": "p",
            "BETTRDATA_CLIENT_ID": "c",
            "BETTRDATA_COGNITO_REGION": "eu-west-1",
        }
    )
    assert auth.endpoint_url == "https://cognito-idp.eu-west-1.amazonaws.com/"
    with pytest.raises(ValueError, match="BETTRDATA_PASSWORD, BETTRDATA_CLIENT_ID"):
        CognitoAuth.from_env({"BETTRDATA_USERNAME": "u"})
