"""The mock as an ASGI application (Starlette): one catch-all route hands every request to the engine."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from ._engine import Mock
from ._faults import FAULT_HEADER
from ._limits import Refusal, body_too_large, transport_refusal
from ._replies import Reply
from ._spec import JSON

#: The longest a stalled answer (`X-Mock-Drift: stall`) keeps its connection open waiting for the client to leave.
STALL_SECONDS = 60.0


class MockApp(Starlette):
    """A Starlette application serving one `Mock`; `app.mock` gives tests its state, tokens and store.

    Every request reaches the engine, whatever its method or path (even one with a newline in a segment):
    the router has no routes of its own, and its default is the engine. Before that, the transport bounds of
    `mock.limits` are checked, and a body over its bound is refused without being read whole.
    """

    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        self._single_headers = mock.auth.credential_headers() | {FAULT_HEADER}
        super().__init__()
        self.router.default = self._asgi

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # An HTTP request goes straight to the engine: Starlette's middleware stack and router would only hand it on
        # (about 9 us a request). Other scopes (lifespan) keep Starlette's handling.
        if scope["type"] == "http":
            scope["app"] = self
            await self._asgi(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path") or scope["path"].encode()
        raw = raw_path.decode("latin-1").split("?", 1)[0]
        root = scope.get("root_path", "")
        if root and raw.startswith(root):
            raw = raw[len(root) :]
        query = scope.get("query_string", b"").decode("latin-1")
        target_bytes = len(raw_path) + (len(query) + 1 if query else 0)
        refusal = transport_refusal(self.mock.limits, target_bytes, scope["headers"], self._single_headers)
        if refusal is not None:
            await self._refuse(refusal, send)
            return
        headers: dict[str, str] = {}
        for key, value in scope["headers"]:
            name, text = key.decode("latin-1").lower(), value.decode("latin-1")
            # A repeated header is one list (RFC 9110, 5.3); those that must come once were refused above.
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.mock.limits.max_body_bytes:
                await self._refuse(Refusal(413, body_too_large(self.mock.limits, "the body sent")), send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        method = scope["method"]
        reply = await self.mock.handle(method, raw, query, headers, body)
        if reply.stream is not None:
            response = StreamingResponse(
                self._frames(reply), status_code=reply.status, headers=reply.headers, media_type=reply.media_type
            )
            await response(scope, receive, send)
            return
        # The answer is sent as two plain ASGI messages: no Response object on the hot path.
        payload = reply.payload()
        raw_headers = [(b"content-length", str(len(payload)).encode())]
        if payload and reply.media_type is not None:
            raw_headers.append((b"content-type", reply.media_type.encode("latin-1")))
        raw_headers.extend(
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()
        )
        await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
        if reply.reset_after is not None and method != "HEAD":
            # Part of the body, then the application returns with the response unfinished: the server drops the
            # connection, as a vendor's would on a reset mid-body.
            await send({"type": "http.response.body", "body": payload[: reply.reset_after], "more_body": True})
            return
        if reply.stall_after is not None and method != "HEAD":
            # Part of the body, then silence until the client gives up (or the stall bound passes).
            await send({"type": "http.response.body", "body": payload[: reply.stall_after], "more_body": True})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_disconnected(receive), STALL_SECONDS)
            return
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else payload})

    async def _refuse(self, refusal: Refusal, send: Send) -> None:
        """A request refused at the door: a problem body naming the bound, and the connection closed after it
        (the rest of what the client sends is not read)."""
        reply = self.mock.replies.unrouted(refusal.status, refusal.message)
        payload = reply.payload()
        headers = [
            (b"content-length", str(len(payload)).encode()),
            (b"content-type", b"application/json"),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _frames(self, reply: Reply) -> AsyncIterator[bytes]:
        assert reply.stream is not None
        operation = reply.operation
        sse = reply.media_type == "text/event-stream"
        sent = 0
        try:
            async for event in reply.stream:
                if reply.cut_after is not None and sent >= reply.cut_after:
                    return
                if operation is not None and reply.checked:
                    self.mock.check_event(operation, event)
                yield _frame(event, sse)
                sent += 1
        finally:
            close = getattr(reply.stream, "aclose", None)
            if close is not None:
                await close()


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def _frame(event: JSON, sse: bool) -> bytes:
    text = json.dumps(event, default=str, separators=(",", ":"))
    return f"data: {text}\n\n".encode() if sse else (text + "\n").encode()
