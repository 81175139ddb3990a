"""The usage operations: one module per operation, and the resource classes of the client object."""

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
from ...models.usage_event import UsageEvent
from ...models.usage_event_create import UsageEventCreate
from ...types import UNSET, Unset
from . import create_usage_event as _create_usage_event

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class UsageResource:
    """The usage operations: `client.usage.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "UsageResource()"

    def create_event(
        self,
        *,
        body: UsageEventCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UsageEvent:
        """Record a usage event

        Records a usage event that charges a company for its use of a product. The `idempotency_key` makes
        repeats harmless: a repeated key returns the stored event.

        Args:
            body (UsageEventCreate): A usage event.

        Returns:
            UsageEvent

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_usage_event.sync_detailed(client=self._client, body=body)
        return cast("UsageEvent", success(response, "create_usage_event", (200,)))


class AsyncUsageResource:
    """The usage operations, awaited: `client.usage.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncUsageResource()"

    async def create_event(
        self,
        *,
        body: UsageEventCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> UsageEvent:
        """Record a usage event

        Records a usage event that charges a company for its use of a product. The `idempotency_key` makes
        repeats harmless: a repeated key returns the stored event.

        Args:
            body (UsageEventCreate): A usage event.

        Returns:
            UsageEvent

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_usage_event.asyncio_detailed(client=self._client, body=body)
        return cast("UsageEvent", success(response, "create_usage_event", (200,)))


class UsageResourceWithRawResponse:
    """The usage operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: UsageResource) -> None:
        self.create_event = raw_response(resource.create_event)


class AsyncUsageResourceWithRawResponse:
    """The usage operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self.create_event = async_raw_response(resource.create_event)


__all__ = ("UsageResource", "AsyncUsageResource", "UsageResourceWithRawResponse", "AsyncUsageResourceWithRawResponse")
