"""CognitoAuth against moto's Cognito server: the real wire protocol of InitiateAuth and its errors."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest
from bettrdata_client import AuthenticatedClient, connect
from bettrdata_client._runtime._transport import NetworkTransport
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.lib._signin import (
    ChallengeRequiredError,
    NotAuthorizedError,
    UserNotConfirmedError,
    UserNotFoundError,
)
from bettrdata_client.lib.cognito import CognitoAuth

from .conftest import MOTO_PASSWORD as PASSWORD
from .conftest import Pool
from .standin import FakeBettrData, FakeClock


class Recording(NetworkTransport):
    """The network, noting each Cognito call's AuthFlow."""

    def __init__(self) -> None:
        super().__init__()
        self.flows: list[str] = []
        self._lock = threading.Lock()

    def _note(self, request: httpx.Request) -> None:
        with self._lock:
            self.flows.append(json.loads(request.read())["AuthFlow"])

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return await super().handle_async_request(request)


@pytest.fixture
def api(clock: FakeClock) -> FakeBettrData:
    # BettrData's side accepts the JWTs moto issues.
    return FakeBettrData(clock, accept_token=lambda token: token.count(".") == 2)


def _client(api: FakeBettrData, auth: CognitoAuth, clock: FakeClock) -> AuthenticatedClient:
    return connect(api.base_url, auth=auth, transport=api.transport, clock=clock, environ={})


def test_sign_in_refresh_and_replay(pool: Pool, api: FakeBettrData, clock: FakeClock) -> None:
    network = Recording()
    auth = CognitoAuth("analyst", PASSWORD, pool.client_id, endpoint_url=pool.endpoint, transport=network)
    client = _client(api, auth, clock)
    assert isinstance(search_datafiles.sync(client=client), list)
    assert isinstance(search_datafiles.sync(client=client), list)
    assert network.flows == ["USER_PASSWORD_AUTH"]
    clock.advance(3600)
    assert isinstance(search_datafiles.sync(client=client), list)
    assert network.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]
    sent = [token for token in api.secret_values if token.count(".") == 2]
    assert sent == []  # the API side never saw a credential parameter, only bearer tokens


def test_secret_hash_against_moto(pool: Pool, api: FakeBettrData, clock: FakeClock) -> None:
    # moto checks SECRET_HASH on refresh only (toolchain notes): sign in, expire, refresh.
    network = Recording()
    auth = CognitoAuth(
        "analyst",
        PASSWORD,
        pool.secret_client_id,
        client_secret=pool.client_secret,
        endpoint_url=pool.endpoint,
        transport=network,
    )
    client = _client(api, auth, clock)
    search_datafiles.sync(client=client)
    clock.advance(3600)
    search_datafiles.sync(client=client)
    assert network.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]  # the refresh was accepted


def test_a_wrong_secret_fails_the_refresh_and_the_password_flow_takes_over(
    pool: Pool, api: FakeBettrData, clock: FakeClock
) -> None:
    network = Recording()
    auth = CognitoAuth(
        "analyst", PASSWORD, pool.secret_client_id, client_secret="wrong", endpoint_url=pool.endpoint, transport=network
    )
    client = _client(api, auth, clock)
    search_datafiles.sync(client=client)
    clock.advance(3600)
    search_datafiles.sync(client=client)
    assert network.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH", "USER_PASSWORD_AUTH"]


@pytest.mark.parametrize(
    ("user", "password", "kind", "text"),
    [
        ("analyst", "Wrong-Password-1", NotAuthorizedError, "NotAuthorizedException: Incorrect username or password"),
        ("ghost", PASSWORD, UserNotFoundError, "UserNotFoundException"),
        ("unconfirmed", PASSWORD, UserNotConfirmedError, "UserNotConfirmedException"),
        ("newbie", PASSWORD, ChallengeRequiredError, "NEW_PASSWORD_REQUIRED challenge"),
    ],
)
def test_failures_are_typed(
    pool: Pool, api: FakeBettrData, clock: FakeClock, user: str, password: str, kind: type[Exception], text: str
) -> None:
    auth = CognitoAuth(user, password, pool.client_id, endpoint_url=pool.endpoint)
    with pytest.raises(kind, match=text) as raised:
        search_datafiles.sync(client=_client(api, auth, clock))
    assert password not in str(raised.value)
    assert api.requests == []  # no API call without a token


def test_fifty_threads_one_sign_in(pool: Pool, api: FakeBettrData, clock: FakeClock) -> None:
    network = Recording()
    auth = CognitoAuth("analyst", PASSWORD, pool.client_id, endpoint_url=pool.endpoint, transport=network)
    client = _client(api, auth, clock)
    barrier = threading.Barrier(50)
    results: list[object] = []

    def call() -> None:
        barrier.wait()
        results.append(search_datafiles.sync(client=client))

    for expected in (["USER_PASSWORD_AUTH"], ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]):
        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert network.flows == expected
        clock.advance(3600)
    assert len(results) == 100
    assert all(isinstance(result, list) for result in results)


@pytest.mark.asyncio
async def test_fifty_tasks_one_sign_in(pool: Pool, api: FakeBettrData, clock: FakeClock) -> None:
    network = Recording()
    auth = CognitoAuth("analyst", PASSWORD, pool.client_id, endpoint_url=pool.endpoint, transport=network)
    client = _client(api, auth, clock)
    results = await asyncio.gather(*(search_datafiles.asyncio(client=client) for _ in range(50)))
    assert all(isinstance(result, list) for result in results)
    clock.advance(3600)
    await asyncio.gather(*(search_datafiles.asyncio(client=client) for _ in range(50)))
    assert network.flows == ["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]
