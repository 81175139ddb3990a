"""`ClientCredentialsAuth` renewing under load and against token endpoints that misbehave.

The server is an in-process handler (`httpx.MockTransport`) that issues numbered tokens, can revoke each token
when it issues the next, and can answer its token endpoint in broken ways; the client's clock is fake.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from narrative_client import AuthenticationError, Clock, connect
from narrative_client.api.whoami import whoami
from narrative_client.lib.oauth import ClientCredentialsAuth, OAuthSignInError
from narrative_client.models import Whoami

CLIENT_ID, CLIENT_SECRET = "app-client-7", "s3cr3t-client-secret"
WHOAMI = {"company_id": 1, "user_id": 2, "company_name": "Acme"}


class FakeClock(Clock):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


class TokenServer:
    """Issues `token-1`, `token-2`, ...; with `revoke_previous`, only the newest token is accepted."""

    def __init__(self, *, lifetime: object = 600, revoke_previous: bool = False, answer: Any = None) -> None:
        self.lifetime = lifetime
        self.revoke_previous = revoke_previous
        self.answer = answer
        self.issued: list[str] = []
        self.lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            if self.answer is not None:
                return self.answer  # type: ignore[no-any-return]
            with self.lock:
                token = f"token-{len(self.issued) + 1}"
                self.issued.append(token)
            body: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
            if self.lifetime is not None:
                body["expires_in"] = self.lifetime
            return httpx.Response(200, json=body)
        presented = request.headers.get("Authorization", "").removeprefix("Bearer ")
        with self.lock:
            valid = presented == self.issued[-1] if self.revoke_previous else presented in self.issued
        return httpx.Response(200, json=WHOAMI) if valid else httpx.Response(401, json={"error": "invalid_token"})


def client_for(server: TokenServer, auth: ClientCredentialsAuth) -> Any:
    transport = httpx.MockTransport(server.handle)
    return connect("https://api.narrative.test", auth=auth, transport=transport, max_retries=0, environ={})


def test_twenty_threads_finding_the_token_due_cause_one_renewal() -> None:
    server, clock = TokenServer(revoke_previous=True), FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, clock=clock)
    with client_for(server, auth) as client:
        assert isinstance(whoami.sync(client=client), Whoami)
        clock.now += 600  # every caller now finds the token due
        with ThreadPoolExecutor(max_workers=20) as pool:
            answers = list(pool.map(lambda _: whoami.sync(client=client), range(100)))
    assert all(isinstance(answer, Whoami) for answer in answers)
    assert server.issued == ["token-1", "token-2"]


def test_fifty_tasks_finding_the_token_due_cause_one_renewal() -> None:
    server, clock = TokenServer(revoke_previous=True), FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, clock=clock)

    async def run() -> list[object]:
        async with client_for(server, auth) as client:
            await whoami.asyncio(client=client)
            clock.now += 600
            return list(await asyncio.gather(*(whoami.asyncio(client=client) for _ in range(50))))

    assert all(isinstance(answer, Whoami) for answer in asyncio.run(run()))
    assert server.issued == ["token-1", "token-2"]


def test_a_401_for_a_token_already_replaced_is_replayed_without_another_renewal() -> None:
    server = TokenServer(revoke_previous=True)
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)
    with client_for(server, auth) as client:
        whoami.sync(client=client)
        server.issued.append("token-from-elsewhere")  # the server now accepts only a token we do not have
        assert isinstance(whoami.sync(client=client), Whoami)  # 401, one renewal, replayed
        assert isinstance(whoami.sync(client=client), Whoami)
    assert server.issued == ["token-1", "token-from-elsewhere", "token-3"]


def test_one_auth_shared_by_sync_and_async_callers_signs_in_once() -> None:
    server = TokenServer()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)

    async def async_calls() -> list[object]:
        async with client_for(server, auth) as client:
            return list(await asyncio.gather(*(whoami.asyncio(client=client) for _ in range(20))))

    with client_for(server, auth) as client, ThreadPoolExecutor(max_workers=10) as pool:
        sync_calls = [pool.submit(whoami.sync, client=client) for _ in range(20)]
        async_answers = asyncio.run(async_calls())
        sync_answers = [call.result() for call in sync_calls]
    assert all(isinstance(answer, Whoami) for answer in [*sync_answers, *async_answers])
    assert server.issued == ["token-1"]


def test_a_token_without_a_lifetime_is_used_until_refused() -> None:
    server, clock = TokenServer(lifetime=None), FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, clock=clock)
    with client_for(server, auth) as client:
        for _ in range(5):
            whoami.sync(client=client)
            clock.now += 10_000
    assert server.issued == ["token-1"]


def test_a_lifetime_shorter_than_renew_before_renews_at_half_of_it() -> None:
    server, clock = TokenServer(lifetime=30), FakeClock()
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET, renew_before=60.0, clock=clock)
    with client_for(server, auth) as client:
        whoami.sync(client=client)
        clock.now += 10
        whoami.sync(client=client)
        assert server.issued == ["token-1"], "not a token request before every call"
        clock.now += 6
        whoami.sync(client=client)
    assert server.issued == ["token-1", "token-2"]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (httpx.Response(200, text="<html>login</html>"), "without a JSON object"),
        (httpx.Response(200, json={"token_type": "bearer", "expires_in": 3600}), "without an access_token"),
        (httpx.Response(200, json={"access_token": "abc", "expires_in": "3600s"}), "lifetime that is not a number"),
    ],
    ids=["HTML", "no access_token", "expires_in as text"],
)
def test_a_malformed_token_answer_is_a_typed_sign_in_error(answer: httpx.Response, reason: str) -> None:
    server = TokenServer(answer=answer)
    auth = ClientCredentialsAuth(CLIENT_ID, CLIENT_SECRET)
    with client_for(server, auth) as client, pytest.raises(OAuthSignInError, match=reason) as raised:
        whoami.sync(client=client)
    assert isinstance(raised.value, AuthenticationError)
    assert CLIENT_SECRET not in str(raised.value)
    assert CLIENT_SECRET not in repr(raised.value)
