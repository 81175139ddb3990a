"""The destinations operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from uuid import UUID

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
from ...models.destination import Destination
from ...models.destination_create import DestinationCreate
from ...models.destination_list import DestinationList
from ...models.error import Error
from ...models.quick_settings import QuickSettings
from ...types import UNSET, Unset
from . import create_destination as _create_destination
from . import get_destination as _get_destination
from . import list_profile_destinations as _list_profile_destinations
from . import list_subscription_destinations as _list_subscription_destinations
from . import update_destination as _update_destination

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DestinationsResource:
    """The destinations operations: `client.destinations.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DestinationsResource()"

    def create(
        self,
        *,
        body: DestinationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Create a destination

        Associates a subscription with an app profile, so that its data is delivered there, with optional
        quick settings that follow the app manifest's format.

        Args:
            body (DestinationCreate): A new destination.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_destination.sync_detailed(client=self._client, body=body)
        return cast("Destination", success(response, "create_destination", (200,)))

    def get(
        self,
        destination_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Get a destination

        Returns one destination.

        Args:
            destination_id (UUID): The destination's identifier.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_destination.sync_detailed(destination_id, client=self._client)
        return cast("Destination", success(response, "get_destination", (200,)))

    def update(
        self,
        destination_id: UUID,
        *,
        body: QuickSettings,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Update a destination's quick settings

        Replaces the quick settings of a destination.

        Args:
            destination_id (UUID): The destination's identifier.
            body (QuickSettings): Ad-hoc settings of a delivery; their keys are defined by the
                connector app's manifest.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_destination.sync_detailed(destination_id, client=self._client, body=body)
        return cast("Destination", success(response, "update_destination", (200,)))

    def list_subscription(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DestinationList:
        """List a subscription's destinations

        Returns the destinations of a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DestinationList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_subscription_destinations.sync_detailed(subscription_id, client=self._client)
        return cast("DestinationList", success(response, "list_subscription_destinations", (200,)))

    def list_profile(
        self,
        profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DestinationList:
        """List an app profile's destinations

        Returns the destinations that use an app profile.

        Args:
            profile_id (UUID): The app profile's identifier.

        Returns:
            DestinationList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_profile_destinations.sync_detailed(profile_id, client=self._client)
        return cast("DestinationList", success(response, "list_profile_destinations", (200,)))


class AsyncDestinationsResource:
    """The destinations operations, awaited: `client.destinations.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDestinationsResource()"

    async def create(
        self,
        *,
        body: DestinationCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Create a destination

        Associates a subscription with an app profile, so that its data is delivered there, with optional
        quick settings that follow the app manifest's format.

        Args:
            body (DestinationCreate): A new destination.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_destination.asyncio_detailed(client=self._client, body=body)
        return cast("Destination", success(response, "create_destination", (200,)))

    async def get(
        self,
        destination_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Get a destination

        Returns one destination.

        Args:
            destination_id (UUID): The destination's identifier.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_destination.asyncio_detailed(destination_id, client=self._client)
        return cast("Destination", success(response, "get_destination", (200,)))

    async def update(
        self,
        destination_id: UUID,
        *,
        body: QuickSettings,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Destination:
        """Update a destination's quick settings

        Replaces the quick settings of a destination.

        Args:
            destination_id (UUID): The destination's identifier.
            body (QuickSettings): Ad-hoc settings of a delivery; their keys are defined by the
                connector app's manifest.

        Returns:
            Destination

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_destination.asyncio_detailed(destination_id, client=self._client, body=body)
        return cast("Destination", success(response, "update_destination", (200,)))

    async def list_subscription(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DestinationList:
        """List a subscription's destinations

        Returns the destinations of a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DestinationList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_subscription_destinations.asyncio_detailed(subscription_id, client=self._client)
        return cast("DestinationList", success(response, "list_subscription_destinations", (200,)))

    async def list_profile(
        self,
        profile_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DestinationList:
        """List an app profile's destinations

        Returns the destinations that use an app profile.

        Args:
            profile_id (UUID): The app profile's identifier.

        Returns:
            DestinationList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_profile_destinations.asyncio_detailed(profile_id, client=self._client)
        return cast("DestinationList", success(response, "list_profile_destinations", (200,)))


class DestinationsResourceWithRawResponse:
    """The destinations operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: DestinationsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.list_subscription = raw_response(resource.list_subscription)
        self.list_profile = raw_response(resource.list_profile)


class AsyncDestinationsResourceWithRawResponse:
    """The destinations operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncDestinationsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.list_subscription = async_raw_response(resource.list_subscription)
        self.list_profile = async_raw_response(resource.list_profile)


__all__ = (
    "DestinationsResource",
    "AsyncDestinationsResource",
    "DestinationsResourceWithRawResponse",
    "AsyncDestinationsResourceWithRawResponse",
)
