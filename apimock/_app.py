"""The mock as an ASGI application (Starlette): one catch-all route hands every request to the engine."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from ._engine import Mock
from ._replies import Reply
from ._spec import JSON


class MockApp(Starlette):
    """A Starlette application serving one `Mock`; `app.mock` gives tests its state, tokens and store.

    Every request reaches the engine, whatever its method or path (even one with a newline in a segment):
    the router has no routes of its own, and its default is the engine.
    """

    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        super().__init__()
        self.router.default = self._asgi

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path") or scope["path"].encode()
        raw = raw_path.decode("latin-1").split("?", 1)[0]
        root = scope.get("root_path", "")
        if root and raw.startswith(root):
            raw = raw[len(root) :]
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        query = scope.get("query_string", b"").decode("latin-1")
        method = scope["method"]
        reply = await self.mock.handle(method, raw, query, headers, body)
        if reply.stream is not None:
            response = StreamingResponse(
                self._frames(reply), status_code=reply.status, headers=reply.headers, media_type=reply.media_type
            )
            await response(scope, receive, send)
            return
        # The answer is sent as two plain ASGI messages: no Response object on the hot path.
        payload = _payload(reply)
        raw_headers = [(b"content-length", str(len(payload)).encode())]
        if payload and reply.media_type is not None:
            raw_headers.append((b"content-type", reply.media_type.encode("latin-1")))
        raw_headers.extend(
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()
        )
        await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else payload})

    async def _frames(self, reply: Reply) -> AsyncIterator[bytes]:
        assert reply.stream is not None
        operation = reply.operation
        sse = reply.media_type == "text/event-stream"
        sent = 0
        try:
            async for event in reply.stream:
                if reply.cut_after is not None and sent >= reply.cut_after:
                    return
                if operation is not None:
                    self.mock.check_event(operation, event)
                yield _frame(event, sse)
                sent += 1
        finally:
            close = getattr(reply.stream, "aclose", None)
            if close is not None:
                await close()


def _payload(reply: Reply) -> bytes:
    if reply.body is None:
        return b""
    if isinstance(reply.body, bytes):
        return reply.body
    if isinstance(reply.body, str) and reply.media_type is not None and "json" not in reply.media_type:
        return reply.body.encode()
    return json.dumps(reply.body, default=str, separators=(",", ":")).encode()


def _frame(event: JSON, sse: bool) -> bytes:
    text = json.dumps(event, default=str, separators=(",", ":"))
    return f"data: {text}\n\n".encode() if sse else (text + "\n").encode()
