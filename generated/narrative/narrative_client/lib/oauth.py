"""Narrative API access for an OAuth client: `connect(auth=ClientCredentialsAuth(client_id, client_secret))`.

The access token comes from `POST /oauth/token` (HTTP Basic client credentials, a form body), is sent as
`Authorization: Bearer ...`, and is renewed before it expires: `renew_before` seconds early, but not before half
its lifetime (a short-lived token would otherwise be renewed before every call); with the refresh token when the
server gave one, else by a new `client_credentials` grant. An answer without a lifetime is used until the server
refuses it. A request answered 401 is sent once more with a fresh token. The token requests go through the
connected client's own transport (retries, pacing, logging).

One renewal at a time: threads and tasks (sync and async callers of one auth alike) that find the token due wait
for the renewal in flight instead of asking for tokens of their own; a 401 for a token already replaced is
replayed with the new one, so a server that revokes the old token on issuing a new one costs one renewal.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._runtime._clock import SYSTEM_CLOCK, Clock
from .._runtime._errors import AuthenticationError, make_status_error, parse_body
from .._runtime._logging import Secret
from .._spec_meta import API

TOKEN_PATH = API.operations["request_oauth_token"].path
# How long a caller waits for another's renewal before giving up on it (the renewal has its own timeouts).
RENEWAL_WAIT_SECONDS = 120.0


class OAuthSignInError(AuthenticationError):
    """The token endpoint's answer could not be used (not JSON, no `access_token`, a lifetime that is no number)."""


@dataclass(frozen=True)
class _Token:
    access: Secret
    renew_at: float
    refresh: Secret | None


@dataclass
class _Renewal:
    """A renewal in flight: its outcome, once `done` is set."""

    done: threading.Event = field(default_factory=threading.Event)
    token: _Token | None = None
    error: BaseException | None = None

    def outcome(self) -> _Token | None:
        """The renewed token; its error raised; None when it was abandoned (or is late): claim again."""
        if self.error is not None:
            raise self.error
        return self.token


class ClientCredentialsAuth(httpx.Auth):
    requires_response_body = True  # the token answers are read inside the flow

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        renew_before: float = 60.0,
        token_url: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("ClientCredentialsAuth needs a client id and a client secret")
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.renew_before = renew_before
        self.token_url = token_url
        self.clock = clock
        self._token: _Token | None = None
        self._renewal: _Renewal | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> ClientCredentialsAuth:
        """Credentials from `NARRATIVE_CLIENT_ID` and `NARRATIVE_CLIENT_SECRET`."""
        environ = os.environ if environ is None else environ
        names = (f"{API.env_prefix}_CLIENT_ID", f"{API.env_prefix}_CLIENT_SECRET")
        missing = [name for name in names if not environ.get(name, "").strip()]
        if missing:
            raise ValueError(f"ClientCredentialsAuth.from_env: {', '.join(missing)} not set")
        return cls(environ[names[0]].strip(), environ[names[1]].strip(), **options)

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, client_secret={self._client_secret!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used: _Token | None = None
        for _ in range(2):  # the request, and once more after a 401
            token: _Token | None = None
            while token is None:
                claim = self._claim(used)
                if isinstance(claim, _Token):
                    token = claim
                elif isinstance(claim, _Renewal):
                    claim.done.wait(RENEWAL_WAIT_SECONDS)
                    token = claim.outcome()
                else:
                    token = yield from self._lead(request, *claim)
            response = yield self._signed(request, token)
            if response.status_code != 401:
                return
            used = token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        used: _Token | None = None
        for _ in range(2):
            token: _Token | None = None
            while token is None:
                claim = self._claim(used)
                if isinstance(claim, _Token):
                    token = claim
                elif isinstance(claim, _Renewal):
                    token = await self._wait(claim)
                else:
                    renewal, current = claim
                    flow = self._lead(request, renewal, current)
                    try:
                        outgoing = next(flow)
                        while True:
                            outgoing = flow.send((yield outgoing))
                    except StopIteration as finished:
                        token = finished.value
            response = yield self._signed(request, token)
            if response.status_code != 401:
                return
            used = token

    @staticmethod
    async def _wait(renewal: _Renewal) -> _Token | None:
        waited = 0.0
        while not renewal.done.is_set() and waited < RENEWAL_WAIT_SECONDS:
            await asyncio.sleep(0.005)  # the leader may be another thread: no event-loop primitive to await
            waited += 0.005
        return renewal.outcome()

    @staticmethod
    def _signed(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"
        return request

    def _claim(self, used: _Token | None) -> _Token | _Renewal | tuple[_Renewal, _Token | None]:
        """Under the lock: the token to use (due for no renewal, and not the one just refused), or the renewal
        in flight to wait for, or a new renewal this caller leads (with the token it replaces)."""
        with self._lock:
            token = self._token
            refused = used is not None and token is used
            if token is not None and not refused and self.clock.monotonic() < token.renew_at:
                return token
            if self._renewal is not None:
                return self._renewal
            self._renewal = _Renewal()
            # A refused token's refresh token is not tried: the grant starts afresh.
            return self._renewal, None if refused else token

    def _lead(
        self, request: httpx.Request, renewal: _Renewal, current: _Token | None
    ) -> Generator[httpx.Request, httpx.Response, _Token | None]:
        """Run the renewal, then tell every waiter its outcome (or, if abandoned, that there is none)."""
        token: _Token | None = None
        error: BaseException | None = None
        try:
            token = yield from self._renew(request, current)
        except (GeneratorExit, asyncio.CancelledError, KeyboardInterrupt):
            raise  # abandoned: the waiters claim again
        except BaseException as failure:
            error = failure
            raise
        finally:
            with self._lock:
                if token is not None:
                    self._token = token
                self._renewal = None
            renewal.token, renewal.error = token, error
            renewal.done.set()
        return token

    def _renew(
        self, request: httpx.Request, current: _Token | None
    ) -> Generator[httpx.Request, httpx.Response, _Token]:
        if current is not None and current.refresh is not None:
            response = yield self._token_request(request, "refresh_token", current.refresh)
            if response.status_code < 400:
                return self._read(response)
        response = yield self._token_request(request, "client_credentials", None)
        if response.status_code >= 400:
            raise make_status_error(
                response.status_code, response.headers, response.content, what=f"POST {TOKEN_PATH} (sign-in)"
            )
        return self._read(response)

    def _token_request(self, request: httpx.Request, grant: str, refresh: Secret | None) -> httpx.Request:
        form = {"grant_type": grant, "client_id": self.client_id}
        if refresh is not None:
            form["refresh_token"] = refresh.reveal()
        url = self.token_url or str(request.url.copy_with(path=TOKEN_PATH, query=None))
        token_request = httpx.Request("POST", url, data=form)
        basic = httpx.BasicAuth(self.client_id, self._client_secret.reveal())
        return next(basic.auth_flow(token_request))

    def _read(self, response: httpx.Response) -> _Token:
        """The token in the endpoint's answer; `OAuthSignInError` for an answer that cannot be used."""
        answer = parse_body(response.read())
        what = f"POST {TOKEN_PATH} answered {response.status_code}"
        if not isinstance(answer, dict):
            raise OAuthSignInError(f"{what} without a JSON object", status_code=response.status_code)
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            keys = ", ".join(sorted(answer)) or "none"
            raise OAuthSignInError(f"{what} without an access_token (fields: {keys})", status_code=response.status_code)
        refresh = answer.get("refresh_token")
        return _Token(
            access=Secret(access),
            renew_at=self._renewal_time(answer, what, response.status_code),
            refresh=Secret(str(refresh)) if isinstance(refresh, str) and refresh else None,
        )

    def _renewal_time(self, answer: Mapping[str, Any], what: str, status_code: int) -> float:
        """When to renew: `renew_before` seconds before expiry, but not before half the lifetime (a lifetime
        shorter than `renew_before` would otherwise renew before every call); never, for a token whose lifetime
        the server did not say (it is used until refused)."""
        raw = answer.get("access_token_expires_in", answer.get("expires_in"))
        if raw is None:
            return math.inf
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise OAuthSignInError(f"{what} with a lifetime that is not a number: {raw!r}", status_code=status_code)
        lifetime = float(raw)
        return self.clock.monotonic() + max(lifetime - self.renew_before, lifetime / 2)
