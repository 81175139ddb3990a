"""`CognitoAuth`: BettrData's AWS Cognito sign-in as an `httpx.Auth`, for sync and async clients.

    from bettrdata_client import connect
    from bettrdata_client.lib.cognito import CognitoAuth

    client = connect("https://acme.bettrdata.io:1337", auth=CognitoAuth(username, password, client_id))

It signs in with `USER_PASSWORD_AUTH` (adding `SECRET_HASH` when given a client secret) at BettrData's
`POST /auth/token` (the default, through the client's retries and its 100-per-minute pacing), or at Cognito's own
endpoint (`region=` or `endpoint_url=`). It keeps the token, renews it `refresh_margin` seconds before it expires
(with `REFRESH_TOKEN_AUTH` when it holds a refresh token, else by signing in again), and on a 401 renews once and
replays the request. Threads, or tasks, that need a new token at the same time wait for one sign-in.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import weakref
from collections.abc import AsyncGenerator, Generator, Mapping
from dataclasses import replace
from typing import Any

import httpx

from .._runtime._clock import SYSTEM_CLOCK, Clock
from .._runtime._connect import Runtime
from .._runtime._logging import Secret, logger
from .._runtime._transport import Borrowed, DualTransport, NetworkTransport
from .._spec_meta import API
from ._signin import (
    HEADERS,
    ChallengeRequiredError,
    NotAuthorizedError,
    PasswordResetRequiredError,
    SignInError,
    SignInFlowNotAllowedError,
    SignInThrottledError,
    Tokens,
    UserNotConfirmedError,
    UserNotFoundError,
    password_body,
    read_answer,
    refresh_body,
)

__all__ = [
    "ChallengeRequiredError",
    "CognitoAuth",
    "NotAuthorizedError",
    "PasswordResetRequiredError",
    "SignInError",
    "SignInFlowNotAllowedError",
    "SignInThrottledError",
    "UserNotConfirmedError",
    "UserNotFoundError",
]


class CognitoAuth(httpx.Auth):
    requires_request_body = True  # a request may be replayed after a 401
    requires_response_body = False  # never buffer a streamed answer

    def __init__(
        self,
        username: str,
        password: str,
        client_id: str,
        *,
        client_secret: str | None = None,
        region: str | None = None,
        endpoint_url: str | None = None,
        refresh_margin: float = 120.0,
        max_attempts: int = 4,
        transport: DualTransport | None = None,
        clock: Clock | None = None,
    ) -> None:
        """
        Args:
            username, password, client_id: the BettrData user and the Cognito app client id BettrData issued.
            client_secret: the app client's secret, if it has one (`SECRET_HASH` is then sent).
            region: sign in at Cognito's endpoint in this AWS region instead of BettrData's `/auth/token`.
            endpoint_url: sign in at this Cognito-compatible endpoint (e.g. a local moto server).
            refresh_margin: renew the token this many seconds before it expires (at most half its lifetime).
            max_attempts: sign-in attempts while Cognito throttles (`TooManyRequestsException`).
            transport: what sends sign-in requests to Cognito's endpoint (default: the network).
            clock: time and sleeping (default: the real ones; `connect(clock=...)` passes its own).
        """
        if not (username and password and client_id):
            raise ValueError("CognitoAuth needs a username, a password and an app client id")
        if region and endpoint_url:
            raise ValueError("pass region= or endpoint_url=, not both")
        self.username = username
        self.client_id = client_id
        self._password = Secret(password)
        self._client_secret = Secret(client_secret) if client_secret else None
        self.endpoint_url = endpoint_url or (f"https://cognito-idp.{region}.amazonaws.com/" if region else None)
        self.refresh_margin = refresh_margin
        self.max_attempts = max(1, max_attempts)
        self._transport = transport
        self._clock = clock
        self._runtime: Runtime | None = None
        self._state = threading.Lock()
        self._access: Secret | None = None
        self._refresh: Secret | None = None
        self._renew_at = 0.0
        self._sign_in_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> CognitoAuth:
        """Credentials from `BETTRDATA_USERNAME`, `BETTRDATA_PASSWORD`, `BETTRDATA_CLIENT_ID` and optionally
        `BETTRDATA_CLIENT_SECRET`, `BETTRDATA_COGNITO_REGION`, `BETTRDATA_COGNITO_ENDPOINT`."""
        environ = os.environ if environ is None else environ

        def read(name: str) -> str | None:
            return environ.get(f"{API.env_prefix}_{name}", "").strip() or None

        missing = [f"{API.env_prefix}_{name}" for name in ("USERNAME", "PASSWORD", "CLIENT_ID") if not read(name)]
        if missing:
            raise ValueError(f"CognitoAuth.from_env: {', '.join(missing)} not set")
        settings: dict[str, Any] = {
            "client_secret": read("CLIENT_SECRET"),
            "region": read("COGNITO_REGION"),
            "endpoint_url": read("COGNITO_ENDPOINT"),
        }
        settings.update(options)
        return cls(read("USERNAME") or "", read("PASSWORD") or "", read("CLIENT_ID") or "", **settings)

    def __repr__(self) -> str:
        where = self.endpoint_url or "BettrData /auth/token"
        return f"CognitoAuth(username={self.username!r}, client_id={self.client_id!r}, endpoint={where!r})"

    # -- connection to the runtime -------------------------------------------------------------------------------

    def bind_runtime(self, runtime: Runtime) -> None:
        """Called by `connect`: sign in through the same retry policy, clock and rate limiters as the client."""
        self._runtime = runtime

    def _runtime_for(self, request: httpx.Request) -> Runtime:
        if self._runtime is None:
            origin = str(request.url.copy_with(path="/", query=None, fragment=None)).rstrip("/")
            self._runtime = Runtime.default(API.operations, origin, self._clock or SYSTEM_CLOCK)
        return self._runtime

    @property
    def clock(self) -> Clock:
        return self._clock or (self._runtime.clock if self._runtime else SYSTEM_CLOCK)

    def _sign_in_client_options(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        runtime = self._runtime_for(request)
        if self.endpoint_url is None:
            url, transport = runtime.base_url.rstrip("/") + "/auth/token", runtime.transport()
        else:
            # InitiateAuth only reads: safe to repeat whatever its method.
            policy = replace(runtime.policy, retry_methods=runtime.policy.retry_methods | {"POST"})
            # Cognito is not BettrData's host: its own transport, never the client's.
            inner = Borrowed(self._transport) if self._transport is not None else NetworkTransport()
            url, transport = self.endpoint_url, runtime.transport(policy=policy, inner=inner)
        return url, {"transport": transport, "timeout": runtime.timeout}

    # -- the token -----------------------------------------------------------------------------------------------

    def _usable(self, rejected: Secret | None) -> Secret | None:
        with self._state:
            if self._access is None:
                return None
            if rejected is not None and self._access == rejected:
                self._access = None  # the server refused it: renew, keeping the refresh token
                return None
            if self.clock.monotonic() >= self._renew_at:
                return None
            return self._access

    def _store(self, tokens: Tokens) -> Secret:
        with self._state:
            margin = min(self.refresh_margin, tokens.expires_in / 2)
            self._access = tokens.access_token
            self._renew_at = self.clock.monotonic() + tokens.expires_in - margin
            if tokens.refresh_token is not None:
                self._refresh = tokens.refresh_token
            return tokens.access_token

    def _bodies(self) -> list[tuple[str, dict[str, Any]]]:
        """The exchanges to try, in order: refresh (if there is a refresh token), then the password."""
        exchanges = []
        with self._state:
            refresh = self._refresh
        if refresh is not None:
            body = refresh_body(refresh, self.username, self.client_id, self._client_secret)
            exchanges.append(("REFRESH_TOKEN_AUTH", body))
        body = password_body(self.username, self._password, self.client_id, self._client_secret)
        exchanges.append(("USER_PASSWORD_AUTH", body))
        return exchanges

    def _secrets(self) -> list[str]:
        secrets = [self._password.reveal()]
        if self._client_secret is not None:
            secrets.append(self._client_secret.reveal())
        return secrets

    def _failed(self, flow: str, error: SignInError, attempt: int) -> float | None:
        """After a failed exchange: seconds to wait before trying it again, or None to move on (or raise)."""
        if isinstance(error, SignInThrottledError) and attempt < self.max_attempts:
            runtime = self._runtime
            policy = runtime.policy if runtime else Runtime.default(API.operations).policy
            wait = policy.backoff(attempt, self.clock.random())
            logger.info(
                "sign-in (%s) throttled; attempt %d of %d in %.2f s", flow, attempt + 1, self.max_attempts, wait
            )
            return wait
        if flow == "REFRESH_TOKEN_AUTH":
            logger.info("refreshing the token failed (%s); signing in with the password", error.code or error.message)
            with self._state:
                self._refresh = None
        return None

    def _renew(self, request: httpx.Request) -> Tokens:
        url, options = self._sign_in_client_options(request)
        exchanges = self._bodies()
        for flow, body in exchanges:
            attempt = 1
            while True:
                with httpx.Client(**options) as http:
                    response = http.post(url, content=json.dumps(body), headers=HEADERS)
                try:
                    tokens = read_answer(response, flow, self._secrets())
                except SignInError as error:
                    wait = self._failed(flow, error, attempt)
                    if wait is not None:
                        self.clock.sleep(wait)
                        attempt += 1
                        continue
                    if flow == exchanges[-1][0]:
                        raise
                    break
                logger.info("signed in as %s (%s)", self.username, flow)
                return tokens
        raise AssertionError("unreachable: the password exchange either returns or raises")

    async def _arenew(self, request: httpx.Request) -> Tokens:
        url, options = self._sign_in_client_options(request)
        exchanges = self._bodies()
        for flow, body in exchanges:
            attempt = 1
            while True:
                async with httpx.AsyncClient(**options) as http:
                    response = await http.post(url, content=json.dumps(body), headers=HEADERS)
                try:
                    tokens = read_answer(response, flow, self._secrets())
                except SignInError as error:
                    wait = self._failed(flow, error, attempt)
                    if wait is not None:
                        await self.clock.asleep(wait)
                        attempt += 1
                        continue
                    if flow == exchanges[-1][0]:
                        raise
                    break
                logger.info("signed in as %s (%s)", self.username, flow)
                return tokens
        raise AssertionError("unreachable: the password exchange either returns or raises")

    def token(self, request: httpx.Request, rejected: Secret | None = None) -> Secret:
        """A usable token, signing in (once, whatever the number of threads asking) when there is none."""
        current = self._usable(rejected)
        if current is not None:
            return current
        with self._sign_in_lock:
            current = self._usable(rejected)
            if current is not None:
                return current
            return self._store(self._renew(request))

    async def atoken(self, request: httpx.Request, rejected: Secret | None = None) -> Secret:
        current = self._usable(rejected)
        if current is not None:
            return current
        loop = asyncio.get_running_loop()
        with self._state:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        async with lock:
            current = self._usable(rejected)
            if current is not None:
                return current
            return self._store(await self._arenew(request))

    # -- httpx.Auth ----------------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        token = self.token(request)
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        response = yield request
        if response.status_code == 401:
            logger.info("%s answered 401; renewing the token and replaying once", request.url.path)
            token = self.token(request, rejected=token)
            request.headers["Authorization"] = f"Bearer {token.reveal()}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        token = await self.atoken(request)
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        response = yield request
        if response.status_code == 401:
            logger.info("%s answered 401; renewing the token and replaying once", request.url.path)
            token = await self.atoken(request, rejected=token)
            request.headers["Authorization"] = f"Bearer {token.reveal()}"
            yield request
