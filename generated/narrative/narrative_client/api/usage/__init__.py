"""The usage operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
        response = await _create_usage_event.asyncio_detailed(client=self._client, body=body)
        return cast("UsageEvent", success(response, "create_usage_event", (200,)))


__all__ = ("UsageResource", "AsyncUsageResource")
