"""The HTTP/1.1 protocol the command line serves with: uvicorn's httptools protocol (llhttp, in C, on uvloop),
bounded and saying why a request it cannot parse was refused.

- llhttp refuses a method it does not know, `get` among them (methods are case-sensitive, RFC 9110 9.1), before
  the app sees the request; uvicorn then answers a bare "Invalid HTTP request received.". This names the cause.
- llhttp and uvicorn keep a request line and headers in memory however long they grow (h11 had a bound). A head
  longer than `max_head_bytes` is refused (400, naming the bound) and the connection closed. The app's own,
  tighter bounds (414, 431, with the limit named) apply to any head within it.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

UNKNOWN_METHOD = (
    "Invalid HTTP request received: the method is not one HTTP defines (methods are case-sensitive: GET, not get)."
)


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    max_head_bytes = 64 * 1024

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # between requests, and until a request's headers are complete
        self._head_bytes = 0
        self._refusal: str | None = None

    def data_received(self, data: bytes) -> None:
        if self._in_head and self._head_bytes == 0 and data[:1].islower():
            self._refusal = UNKNOWN_METHOD  # llhttp knows only upper-case methods; said if it refuses this one
        was_in_head = self._in_head
        super().data_received(data)
        # Counted after parsing, so that body bytes arriving with the head are not taken for head bytes; a head
        # still incomplete is then over the bound by at most one read.
        if not (was_in_head and self._in_head) or self.transport.is_closing():
            return
        self._head_bytes += len(data)
        if self._head_bytes > self.max_head_bytes:
            self.send_400_response(
                f"Invalid HTTP request received: the request line and headers run over {self.max_head_bytes} bytes."
            )

    def on_url(self, url: bytes) -> None:
        self._refusal = None  # the method was read: whatever fails now, it is not that
        super().on_url(url)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_head, self._head_bytes = True, 0
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:
        super().send_400_response(self._refusal or msg)


def bounded_protocol(max_head_bytes: int) -> type[BoundedHttpToolsProtocol]:
    """The protocol class uvicorn is given, refusing request heads over `max_head_bytes`."""
    return type("BoundedHttpToolsProtocol", (BoundedHttpToolsProtocol,), {"max_head_bytes": max_head_bytes})
