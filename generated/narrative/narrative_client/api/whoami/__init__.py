"""The whoami operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ..._runtime import (
    AsyncPager,
    AsyncStream,
    Pager,
    RequestOptions,
    Stream,
    aopen_operation_stream,
    async_raw_response,
    open_operation_stream,
    raw_response,
    request_options,
    success,
)
from ..._spec_meta import API
from ...models.error import Error
from ...models.whoami import Whoami
from ...types import UNSET, Unset
from . import whoami as _whoami

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class WhoamiResource:
    """The whoami operations: `client.whoami.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "WhoamiResource()"

    def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Whoami:
        """Who am I

        Returns the calling user and the company it currently acts for.

        Returns:
            Whoami

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _whoami.sync_detailed(client=self._client)
        return cast("Whoami", success(response, "whoami", (200,)))


class AsyncWhoamiResource:
    """The whoami operations, awaited: `client.whoami.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncWhoamiResource()"

    async def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Whoami:
        """Who am I

        Returns the calling user and the company it currently acts for.

        Returns:
            Whoami

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _whoami.asyncio_detailed(client=self._client)
        return cast("Whoami", success(response, "whoami", (200,)))


class WhoamiResourceWithRawResponse:
    """The whoami operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: WhoamiResource) -> None:
        self.whoami = raw_response(resource.whoami)


class AsyncWhoamiResourceWithRawResponse:
    """The whoami operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncWhoamiResource) -> None:
        self.whoami = async_raw_response(resource.whoami)


__all__ = (
    "WhoamiResource",
    "AsyncWhoamiResource",
    "WhoamiResourceWithRawResponse",
    "AsyncWhoamiResourceWithRawResponse",
)
