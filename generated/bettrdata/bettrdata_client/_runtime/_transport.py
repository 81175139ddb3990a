"""The transport seam: what the runtime's layers wrap, and the network transport at the bottom.

Each layer (`_ratelimit.RateLimitTransport`, `_retry.RetryTransport`) is one object serving both httpx's sync
and async clients, so a single `httpx_args={"transport": ...}` wires sync and async calls alike.
"""

from __future__ import annotations

from typing import Any, Protocol

import httpx


class DualTransport(Protocol):
    """Anything that serves sync and async requests, like `httpx.MockTransport` or the runtime's layers."""

    def handle_request(self, request: httpx.Request) -> httpx.Response: ...

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


class NetworkTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's own transports, sync and async, each created when first used."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncHTTPTransport | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport(**self._options)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(**self._options)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = None


class Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport used but not owned: closing this leaves the one it wraps open for its owner."""

    def __init__(self, inner: DualTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class ThroughClient(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends through an `httpx.Client` / `httpx.AsyncClient` of the caller's, so its proxies, TLS settings, pool
    limits, mounts and event hooks apply beneath the runtime's layers. Not owned: closing leaves it open."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.client, httpx.Client):
            raise TypeError("a sync request needs an httpx.Client as http_client, not an httpx.AsyncClient")
        return self.client.send(request, stream=True, auth=None, follow_redirects=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.client, httpx.AsyncClient):
            raise TypeError("an async request needs an httpx.AsyncClient as http_client, not an httpx.Client")
        return await self.client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass
