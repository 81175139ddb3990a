"""In-process stand-ins for BettrData (an httpx transport, or a real local HTTP server around it) and a fake clock.

`FakeBettrData` answers the operations the runtime uses, as the spec documents them, with what the tests need
on top: injected faults (statuses with `Retry-After`, connection errors), a `/auth/token` that checks
`SECRET_HASH` and the client's allowed flows and can answer challenges or throttle, tokens that expire on the
fake clock, and status streams cut into chunks of any size, truncated or silent. When apimock can do the same,
the `target` fixture in conftest.py points the tests at it instead.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
import hmac
import itertools
import json
import random
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from bettrdata_client import Clock


class FakeClock(Clock):
    """Time that moves only when slept on (or advanced); records every sleep."""

    def __init__(self, start: float = 1000.0) -> None:
        super().__init__()
        self.now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_750_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def random(self) -> float:
        return 0.0

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Fault:
    """One injected failure, for the next request whose path contains `path`."""

    status: int | None = None
    retry_after: str | None = None
    error: type[httpx.TransportError] | None = None
    path: str = ""
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class StreamPlan:
    """How the status stream of one execution is sent."""

    events: list[dict[str, Any]]
    chunks: Callable[[bytes], Iterable[bytes]] = lambda data: [data]
    truncate_at: int | None = None  # bytes sent before the connection drops
    hold_after: int | None = None  # events sent before waiting for a cancel
    separator: bytes = b"\n"


def every_byte(data: bytes) -> Iterator[bytes]:
    return (data[i : i + 1] for i in range(len(data)))


ORDER_RECORD_ID = "66a1b2c3d4e5f6a7b8c9d0e1"
DEFAULT_EVENTS = [{"status": "started"}, {"status": "in progress"}, {"status": "in progress"}, {"status": "end"}]


class FakeBettrData:
    base_url = "https://acme.bettrdata.test:1337"

    def __init__(
        self,
        clock: FakeClock | None = None,
        *,
        client_id: str = "app-client-1",
        client_secret: str | None = None,
        users: dict[str, str] | None = None,
        answer: str = "bettrdata",
        token_lifetime: int = 3600,
        allowed_flows: Iterable[str] = ("USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"),
        accept_token: Callable[[str], bool] | None = None,
        result_rows: int = 2500,
    ) -> None:
        self.clock = clock or FakeClock()
        self.client_id = client_id
        self.client_secret = client_secret
        self.users = users if users is not None else {"analyst@example.com": "correct-horse-battery-staple"}
        self.answer = answer
        self.token_lifetime = token_lifetime
        self.allowed_flows = set(allowed_flows)
        self.accept_token = accept_token
        self.challenges: dict[str, str] = {}  # user -> challenge to answer instead of tokens
        self.throttle_sign_ins = 0  # the next N sign-ins answer TooManyRequestsException
        self.faults: collections.deque[Fault] = collections.deque()
        self.fault_rate = 0.0
        self.fault_random = random.Random(7)
        self.requests: list[tuple[str, str]] = []
        self.flows: list[str] = []
        self.issued: dict[str, float] = {}  # access token -> expiry (fake clock)
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> user
        self.secret_values: set[str] = set()  # every credential the fake saw or issued (for leak checks)
        self.streams: dict[str, StreamPlan] = {}
        self.canceled: set[str] = set()
        self.result_rows = result_rows
        self.silence = threading.Event()
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    # -- helpers -------------------------------------------------------------------------------------------------

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def count(self, method: str, path_part: str) -> int:
        return sum(1 for m, p in self.requests if m == method and path_part in p)

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
        request_id = {"x-request-id": f"req-{next(self._counter)}"}
        return httpx.Response(status, json=body, headers={**request_id, **(headers or {})})

    def _next_fault(self, path: str) -> Fault | None:
        for fault in list(self.faults):
            if fault.path in path:
                self.faults.remove(fault)
                return fault
        if self.fault_rate and self.fault_random.random() < self.fault_rate:
            status = self.fault_random.choice([503, 429])
            return Fault(status=status, retry_after="1" if status == 429 else None)
        return None

    # -- the API ---------------------------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        with self._lock:
            self.requests.append((request.method, path))
            fault = self._next_fault(path)
        if fault is not None:
            if fault.error is not None:
                raise fault.error("injected", request=request)
            headers = dict(fault.headers)
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
            return self._json(fault.status or 500, fault.body or {"message": "Server Error"}, headers)
        if path == "/auth/token" and request.method == "POST":
            return self._token(request)
        if not self._authorized(request):
            return self._json(401, {"message": "Unauthorized"})
        body = json.loads(request.content) if request.content else None
        return self._route(request.method, path, request, body)

    def _authorized(self, request: httpx.Request) -> bool:
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ")
        if not header.startswith("Bearer ") or not token:
            return False
        if self.accept_token is not None and self.accept_token(token):
            return True
        expiry = self.issued.get(token)
        return expiry is not None and self.clock.monotonic() < expiry

    def _route(self, method: str, path: str, request: httpx.Request, body: Any) -> httpx.Response:
        if method == "GET" and path == "/datafile":
            return self._json(200, [{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", "fileName": "acme_customers.csv"}])
        if method == "POST" and path == "/mergerun":
            return self._json(200, {"_id": "65f1c2a9e4b0a1b2c3d4e5aa", **body})
        if method == "POST" and path == "/audience/create":
            return self._json(200, {"_id": ORDER_RECORD_ID, **body})
        if match := re.fullmatch(r"/audience/count/([^/]+)/([^/]+)", path):
            order_id, _query = match.groups()
            if order_id != ORDER_RECORD_ID:
                return self._json(400, {"message": "No Audience Found"})
            if method == "POST":
                execution = f"exec{next(self._counter)}"
                self.streams.setdefault(execution, StreamPlan(list(DEFAULT_EVENTS)))
                return self._json(200, {"dbOrigin": "SNOWFLAKE", "executionHash": execution})
            wanted = request.url.params.get("executionHash")
            entries = [
                {"_id": f"result-{h}", "executionHash": h, "dbOrigin": "SNOWFLAKE"}
                for h in self.streams
                if h not in self.canceled and (wanted is None or wanted == h)
            ]
            return self._json(200, entries)
        if method == "GET" and (match := re.fullmatch(r"/audience/streamresult/([^/]+)/([^/]+)", path)):
            return self._status_stream(match.group(1))
        if method == "DELETE" and (match := re.fullmatch(r"/audience/statement/count/([^/]+)/([^/]+)", path)):
            if match.group(1) not in self.streams:
                return self._json(400, {"message": "SQL Statement not found"})
            self.canceled.add(match.group(1))
            return self._json(200, {"message": "SQL statement canceled"})
        if method == "GET" and (match := re.fullmatch(r"/audience/count-result/([^/]+)", path)):
            page = int(request.url.params.get("page", "1"))
            limit = int(request.url.params.get("limit", "1000"))
            first = (page - 1) * limit
            rows = [{"segment": "High spenders", "row": i} for i in range(first, min(first + limit, self.result_rows))]
            return self._json(200, rows)
        return self._json(404, {"message": "Not Found"})

    def _status_stream(self, execution: str) -> httpx.Response:
        plan = self.streams.get(execution)
        if plan is None:
            plan = StreamPlan([{"status": "error", "message": "Execution not found"}])
        return httpx.Response(
            200,
            headers={"Content-Type": "application/x-ndjson"},
            stream=_PlannedStream(self, execution, plan),
        )

    # -- /auth/token ------------------------------------------------------------------------------------------------

    def _cognito_error(self, code: str, message: str, status: int = 400) -> httpx.Response:
        return self._json(status, {"__type": code, "message": message})

    def _token(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("X-Amz-Target") != "AWSCognitoIdentityProviderService.InitiateAuth":
            return self._json(400, {"message": "Bad Request"})
        body = json.loads(request.content)
        flow = body.get("AuthFlow")
        parameters = body.get("AuthParameters", {})
        with self._lock:
            self.flows.append(flow)
        self.secret_values.update(value for name, value in parameters.items() if name != "USERNAME")
        if body.get("ClientId") != self.client_id:
            return self._cognito_error("ResourceNotFoundException", "User pool client does not exist.")
        if flow not in self.allowed_flows:
            return self._cognito_error("InvalidParameterException", f"{flow} flow not enabled for this client")
        if self.throttle_sign_ins > 0:
            self.throttle_sign_ins -= 1
            return self._cognito_error("TooManyRequestsException", "Rate exceeded")
        if flow == "REFRESH_TOKEN_AUTH":
            user = self.refresh_tokens.get(parameters.get("REFRESH_TOKEN", ""))
            if user is None:
                return self._cognito_error("NotAuthorizedException", "Refresh Token has been revoked")
        else:
            user = parameters.get("USERNAME", "")
            if user not in self.users:
                return self._cognito_error("UserNotFoundException", "User does not exist.")
        if self.client_secret is not None:
            expected = base64.b64encode(
                hmac.new(self.client_secret.encode(), (user + self.client_id).encode(), hashlib.sha256).digest()
            ).decode()
            if parameters.get("SECRET_HASH") != expected:
                return self._cognito_error(
                    "NotAuthorizedException", f"Unable to verify secret hash for client {self.client_id}"
                )
        if flow == "USER_PASSWORD_AUTH":
            if parameters.get("PASSWORD") != self.users[user]:
                return (
                    self._json(401, {"message": "Unauthorized"})
                    if self.answer == "bettrdata"
                    else (self._cognito_error("NotAuthorizedException", "Incorrect username or password."))
                )
            if user in self.challenges:
                return self._json(200, {"ChallengeName": self.challenges[user], "Session": "sess-" + user})
        return self._grant(user, refresh=flow == "USER_PASSWORD_AUTH")

    def _grant(self, user: str, *, refresh: bool) -> httpx.Response:
        number = next(self._counter)
        token = f"access-{number}-{user}"
        with self._lock:
            self.issued[token] = self.clock.monotonic() + self.token_lifetime
            self.secret_values.add(token)
        if self.answer == "bettrdata":
            return self._json(200, {"token": token, "expires_in": self.token_lifetime})
        result: dict[str, Any] = {"AccessToken": token, "ExpiresIn": self.token_lifetime, "TokenType": "Bearer"}
        if refresh:
            refresh_token = f"refresh-{number}-{user}"
            self.refresh_tokens[refresh_token] = user
            self.secret_values.add(refresh_token)
            result["RefreshToken"] = refresh_token
        return self._json(200, {"AuthenticationResult": result})

    def revoke_all(self) -> None:
        """Tokens stop working before their expiry (the server's view, not the client's)."""
        self.issued.clear()


class _PlannedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, fake: FakeBettrData, execution: str, plan: StreamPlan) -> None:
        self.fake = fake
        self.execution = execution
        self.plan = plan
        self.closed = False

    def _pieces(self) -> Iterator[bytes | None]:
        """Chunks to send; None means: wait (for a cancel) before going on."""
        sent = 0
        for number, event in enumerate(self.plan.events):
            if self.plan.hold_after is not None and number == self.plan.hold_after:
                yield None
                if self.execution in self.fake.canceled:
                    event = {"status": "error", "message": "Count Canceled"}
            data = json.dumps(event).encode() + self.plan.separator
            for chunk in self.plan.chunks(data):
                if self.plan.truncate_at is not None and sent + len(chunk) > self.plan.truncate_at:
                    yield chunk[: self.plan.truncate_at - sent]
                    return
                sent += len(chunk)
                yield chunk
            if event.get("status") in ("end", "error"):
                return

    def __iter__(self) -> Iterator[bytes]:
        for piece in self._pieces():
            if piece is None:
                self.fake.silence.wait(10)
                continue
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import asyncio

        for piece in self._pieces():
            if piece is None:
                while self.execution not in self.fake.canceled and not self.fake.silence.is_set():
                    await asyncio.sleep(0.005)
                continue
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeBettrData

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):  # the client went away
            super().handle()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        content = self.rfile.read(length) if length else b""
        url = f"http://{self.headers.get('Host', 'localhost')}{self.path}"
        request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
        try:
            response = self.fake.handle(request)
        except httpx.TransportError:
            self.close_connection = True
            return
        self.send_response(response.status_code)
        streaming = isinstance(response.stream, _PlannedStream)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        if streaming:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            stream = response.stream
            assert isinstance(stream, _PlannedStream)
            sent = 0
            for chunk in stream:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
                sent += len(chunk)
            if stream.plan.truncate_at is not None:
                self.close_connection = True  # no final chunk: the body is cut short
                return
            self.wfile.write(b"0\r\n\r\n")
        else:
            body = response.read()
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _serve


class LocalServer:
    """`fake` behind a real HTTP/1.1 server on 127.0.0.1 (a free port), in a thread; a context manager."""

    def __init__(self, fake: FakeBettrData) -> None:
        handler = type("Handler", (_Handler,), {"fake": fake})
        self.fake = fake
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.fake.silence.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
