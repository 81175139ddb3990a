"""What every vendor's client object shares: settings, the connected client under it, closing, and answers.

The package's `__init__` defines the vendor's classes (e.g. `Narrative` and `AsyncNarrative`) on these bases,
with a resource per tag; each resource method (in `api/<tag>/__init__.py`) calls the generated operation on the
connected client and hands its answer to `success`, which returns the parsed model or raises.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx

from ._connect import Connector
from ._errors import APIStatusError, make_status_error
from ._logging import redact_text, url_without_credentials
from ._options import record_response
from ._transport import DualTransport, ThroughClient
from ._types import Response


class ConnectedClient(Protocol):
    """What the runtime uses of the generated `AuthenticatedClient`."""

    _base_url: str
    raise_on_unexpected_status: bool

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=ConnectedClient)


def success(response: Response[Any], operation_id: str, statuses: tuple[int, ...]) -> Any:
    """The parsed answer of a documented success status; any other status raises its typed error.

    Error statuses are normally raised before this (by the connected client's auth); what reaches here is a
    status the spec does not document for the operation (a redirect, a 203), which is an error all the same.
    """
    record_response(response)
    status = int(response.status_code)
    if status in statuses:
        return response.parsed
    error = make_status_error(status, response.headers, response.content, what=operation_id)
    if 200 <= status < 400:
        documented = ", ".join(str(code) for code in statuses) or "none"
        raise APIStatusError(
            f"{operation_id} answered {status}, a status its spec does not document (documented: {documented})",
            status_code=status,
            body=error.body,
            request_id=error.request_id,
        )
    raise error


def server_url(
    template: str, variables: Mapping[str, tuple[str | None, str]], environ: Mapping[str, str], env_prefix: str
) -> str:
    """The spec's first server URL with each `{variable}` filled: from the argument, else `<VENDOR>_<NAME>` in
    the environment, else the spec's default."""
    url = template
    for name, (given, default) in variables.items():
        variable = f"{env_prefix}_{_environment_name(name)}"
        value = given or environ.get(variable, "").strip() or default
        if not value:
            raise ValueError(f"no value for the server variable {name!r}: pass it or set {variable}")
        url = url.replace("{" + name + "}", value)
    return url


def _environment_name(name: str) -> str:
    chars = [f"_{char}" if char.isupper() and index else char for index, char in enumerate(name)]
    return "".join(chars).upper().replace("-", "_")


class _ClientObject(Generic[C]):
    """Settings and the connected client; the generated subclass adds a resource per tag, and passes the
    package's `connect` (which knows the API: its server, environment prefix and operations)."""

    _client: C

    def __init__(
        self,
        *,
        connect: Connector[C],
        auth: httpx.Auth | str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        headers: Mapping[str, str] | None,
        transport: DualTransport | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        environ: Mapping[str, str] | None,
        server_variables: Mapping[str, tuple[str | None, str]],
        server_arguments: Mapping[str, str | None],
    ) -> None:
        self._options: dict[str, Any] = {
            **server_arguments,
            "auth": auth,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "headers": headers,
            "transport": transport,
            "http_client": http_client,
            "environ": environ,
        }
        environment = os.environ if environ is None else environ
        prefix = connect.api.env_prefix
        url = base_url or environment.get(f"{prefix}_BASE_URL", "").strip()
        if not url:
            url = server_url(connect.api.server_url, server_variables, environment, prefix)
        if transport is not None and http_client is not None:
            raise TypeError("pass transport= or http_client=, not both")
        self._client = connect(
            url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=ThroughClient(http_client) if http_client is not None else transport,
            environ=environment,
        )
        # Undocumented statuses come back to `success`, which raises them as typed errors.
        self._client.raise_on_unexpected_status = False

    @property
    def base_url(self) -> str:
        return self._client._base_url

    def __repr__(self) -> str:
        return redact_text(f"{type(self).__name__}(base_url={url_without_credentials(self.base_url)!r})")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A new client with these settings changed (headers are added to the current ones); this one is left as
        it was. The new client has connections of its own: close it too."""
        options = dict(self._options)
        if timeout is not None:
            options["timeout"] = timeout
        if max_retries is not None:
            options["max_retries"] = max_retries
        if headers is not None:
            options["headers"] = {**(self._options["headers"] or {}), **headers}
        return type(self)(**options)


class SyncClientObject(_ClientObject[C]):
    def close(self) -> None:
        """Close the connections the client holds. Also done when leaving a `with` block."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncClientObject(_ClientObject[C]):
    async def close(self) -> None:
        """Close the connections the client holds. Also done when leaving an `async with` block."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
