"""One way to build a client: `connect(...)` returns the generated `AuthenticatedClient`, wired to the runtime.

The package binds it to its API (`Connector(API, AuthenticatedClient)`): the operation table, the environment
prefix, the User-Agent, and the generated client class to build.

The wiring uses httpx's seams only: `httpx_args={"transport": <retries over rate limiting over the network>,
"auth": <the caller's auth, with error statuses raised as typed errors>}`. Both are single objects serving sync and
async calls, so every generated `sync*` and `asyncio*` function of the package runs through them.

Settings not passed as arguments are read from environment variables named after the vendor (for BettrData:
`BETTRDATA_BASE_URL`, `BETTRDATA_TIMEOUT`, `BETTRDATA_CONNECT_TIMEOUT`, `BETTRDATA_MAX_RETRIES`, `BETTRDATA_LOG`).
"""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Generic, Protocol, TypeVar, runtime_checkable

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._errors import araise_for_status, raise_for_status
from ._logging import Secret, configure_from_environment
from ._operations import ApiSpec, Credential, OperationTable
from ._options import with_options
from ._ratelimit import RateLimiter, RateLimitTransport
from ._retry import RetryPolicy, RetryTransport
from ._transport import Borrowed, DualTransport, NetworkTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
C = TypeVar("C")


@dataclass(frozen=True)
class Runtime:
    """What `connect` built, for auth objects that send requests of their own (a sign-in)."""

    operations: OperationTable
    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy
    clock: Clock
    limiters: Mapping[str, RateLimiter]
    inner: DualTransport | None = None

    def transport(self, *, policy: RetryPolicy | None = None, inner: DualTransport | None = None) -> RetryTransport:
        """A transport stack sharing this runtime's rate limiters, over `inner` (owned: closed with the stack), else
        over the runtime's own transport (borrowed: left open), else over a new network transport."""
        bottom = inner or (Borrowed(self.inner) if self.inner is not None else NetworkTransport())
        paced = RateLimitTransport(bottom, operations=self.operations, limiters=self.limiters)
        return RetryTransport(paced, policy=policy or self.policy, operations=self.operations, clock=self.clock)

    @classmethod
    def default(cls, operations: OperationTable, base_url: str = "", clock: Clock = SYSTEM_CLOCK) -> Runtime:
        limiters = {op.id: RateLimiter(op.rate_limit, clock) for op in operations if op.rate_limit is not None}
        policy = RetryPolicy(max_retries=DEFAULT_MAX_RETRIES)
        return cls(operations, base_url, timeout=DEFAULT_TIMEOUT, policy=policy, clock=clock, limiters=limiters)


@runtime_checkable
class RuntimeAware(Protocol):
    """An auth that wants the runtime `connect` built (e.g. to sign in through the same retries and limits)."""

    def bind_runtime(self, runtime: Runtime) -> None: ...


class StaticToken(httpx.Auth):
    """A fixed credential (`auth="..."`), sent where the API's security scheme takes it (`Credential`): as a bearer
    token by default, else as an API key header or query parameter, or as HTTP basic (`user:password`)."""

    def __init__(self, token: str, credential: Credential = Credential()) -> None:  # noqa: B008  # frozen
        self._token = Secret(token)
        self._credential = credential

    def sign(self, request: httpx.Request) -> None:
        credential, token = self._credential, self._token.reveal()
        if credential.location == "query":
            request.url = request.url.copy_merge_params({credential.name: token})
            return
        if credential.scheme.lower() == "basic":
            token = base64.b64encode(token.encode()).decode()
        request.headers[credential.name] = f"{credential.scheme} {token}" if credential.scheme else token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def __repr__(self) -> str:
        return f"StaticToken({self._token!r}, {self._credential!r})"


BearerToken = StaticToken  # the name before API keys were supported


class RuntimeAuth(httpx.Auth):
    """The outermost auth of a connected client: applies the call's own options (`_options`), runs the caller's
    auth, then raises error statuses as typed errors (after the caller's auth had its chance to react, e.g. to
    refresh a token on 401)."""

    requires_response_body = False

    def __init__(self, inner: httpx.Auth | None, *, raise_errors: bool) -> None:
        self.inner = inner
        self.raise_errors = raise_errors
        self.requires_request_body = bool(inner is not None and inner.requires_request_body)

    def __repr__(self) -> str:
        return f"RuntimeAuth({self.inner!r}, raise_errors={self.raise_errors})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request = with_options(request)
        if isinstance(self.inner, StaticToken):  # the common case, without a generator inside this one
            self.inner.sign(request)
            response = yield request
        elif self.inner is None:
            response = yield request
        else:
            flow = self.inner.sync_auth_flow(request)
            try:
                outgoing = next(flow)
                while True:
                    response = yield outgoing
                    try:
                        outgoing = flow.send(response)
                    except StopIteration:
                        break
            finally:
                flow.close()
        if self.raise_errors:
            raise_for_status(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request = with_options(request)
        if isinstance(self.inner, StaticToken):
            self.inner.sign(request)
            response = yield request
        elif self.inner is None:
            response = yield request
        else:
            flow = self.inner.async_auth_flow(request)
            try:
                outgoing = await flow.__anext__()
                while True:
                    response = yield outgoing
                    try:
                        outgoing = await flow.asend(response)
                    except StopAsyncIteration:
                        break
            finally:
                await flow.aclose()
        if self.raise_errors:
            await araise_for_status(response)


@dataclass(frozen=True)
class Settings:
    """The `<VENDOR>_*` environment variables of one package."""

    prefix: str
    environ: Mapping[str, str]

    def get(self, name: str) -> str | None:
        return self.environ.get(f"{self.prefix}_{name}", "").strip() or None

    def number(self, name: str) -> float | None:
        value = self.get(name)
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"{self.prefix}_{name}={value!r} is not a number of seconds") from None

    def timeout(self, timeout: float | httpx.Timeout | None) -> httpx.Timeout:
        if isinstance(timeout, httpx.Timeout):
            return timeout
        if timeout is not None:
            return httpx.Timeout(timeout, connect=min(timeout, DEFAULT_TIMEOUT.connect or timeout))
        read = self.number("TIMEOUT")
        connect_seconds = self.number("CONNECT_TIMEOUT")
        base = DEFAULT_TIMEOUT if read is None else httpx.Timeout(read)
        connect = connect_seconds if connect_seconds is not None else DEFAULT_TIMEOUT.connect
        return httpx.Timeout(base.read, connect=connect)

    def max_retries(self, max_retries: int | None) -> int:
        if max_retries is None:
            value = self.get("MAX_RETRIES")
            if value is None:
                return DEFAULT_MAX_RETRIES
            if not value.isdigit():
                raise ValueError(f"{self.prefix}_MAX_RETRIES={value!r} is not a whole number")
            max_retries = int(value)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        return max_retries


class Connector(Generic[C]):
    """`connect(...)`, bound to a package's API and its generated client class."""

    def __init__(self, api: ApiSpec, make_client: Callable[..., C]) -> None:
        self.api = api
        self._make_client = make_client

    def __call__(
        self,
        base_url: str | None = None,
        *,
        auth: httpx.Auth | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_operations: Iterable[str] = (),
        raise_errors: bool = True,
        headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
        transport: DualTransport | None = None,
        clock: Clock | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> C:
        """A client for the vendor's API, ready for production, usable by every generated sync and async function.

        Args:
            base_url: the API's address; else `<VENDOR>_BASE_URL`.
            auth: an `httpx.Auth` (e.g. the vendor's sign-in auth), or a fixed bearer token, or None.
            timeout: seconds (connect capped at 5 s) or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT` and
                `<VENDOR>_CONNECT_TIMEOUT`; else 30 s to read, 5 s to connect.
            max_retries: retries per call after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
            retry_operations: operation ids (e.g. `"create_merge_run"`) whose non-idempotent requests may be
                retried.
            raise_errors: raise `APIStatusError` subclasses for 4xx/5xx answers instead of returning the parsed
                body (and raise `errors.UnexpectedStatus` for undocumented statuses instead of returning None).
            headers: headers sent with every request (a `User-Agent` naming this client and its version, unless
                given).
            retry_policy: back-off settings (delays, caps, budget); `max_retries` and `retry_operations` refine it.
            transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
            clock: time and sleeping (tests pass a fake one).
            environ: where settings are read from (default: `os.environ`).
        """
        api = self.api
        settings = Settings(api.env_prefix, os.environ if environ is None else environ)
        configure_from_environment(f"{api.env_prefix}_LOG", settings.environ)
        base_url = base_url or settings.get("BASE_URL")
        if not base_url:
            raise ValueError(f"no base URL: pass base_url= or set {api.env_prefix}_BASE_URL")
        retry_operations = frozenset(retry_operations)
        unknown = sorted(name for name in retry_operations if name not in api.operations)
        if unknown:
            raise ValueError(f"retry_operations names unknown operations: {', '.join(unknown)}")
        policy = replace(retry_policy or RetryPolicy(), max_retries=settings.max_retries(max_retries))
        default = Runtime.default(api.operations, base_url, clock or SYSTEM_CLOCK)
        runtime = replace(default, timeout=settings.timeout(timeout), policy=policy.with_operations(retry_operations))
        if isinstance(auth, str):
            auth = StaticToken(auth, api.credential)
        bindable: object = auth  # any auth may implement RuntimeAware, httpx.Auth itself does not
        if isinstance(bindable, RuntimeAware):
            bindable.bind_runtime(replace(runtime, inner=transport))
        return self._make_client(
            base_url=base_url,
            token="",
            prefix="",
            timeout=runtime.timeout,
            headers={"User-Agent": api.user_agent, **(headers or {})},
            raise_on_unexpected_status=raise_errors,
            httpx_args={
                "transport": runtime.transport(inner=transport or NetworkTransport()),
                "auth": RuntimeAuth(auth, raise_errors=raise_errors),
            },
        )

    def __repr__(self) -> str:
        return f"<connect: {self.api.title}>"
