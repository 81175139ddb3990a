"""The subscriptions operations: one module per operation, and the resource classes of the client object."""

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
from ...models.cost_forecast import CostForecast
from ...models.cost_forecast_list import CostForecastList
from ...models.data_stream_purchase_details import DataStreamPurchaseDetails
from ...models.delivery_download_request import DeliveryDownloadRequest
from ...models.delivery_file_list import DeliveryFileList
from ...models.delivery_schema import DeliverySchema
from ...models.download_url import DownloadUrl
from ...models.error import Error
from ...models.marketplace_details import MarketplaceDetails
from ...models.match_list import MatchList
from ...models.subscription import Subscription
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_list import SubscriptionList
from ...models.subscription_update import SubscriptionUpdate
from ...types import UNSET, Unset
from . import activate_subscription as _activate_subscription
from . import cancel_subscription as _cancel_subscription
from . import checkout_subscription as _checkout_subscription
from . import create_cost_forecast as _create_cost_forecast
from . import create_subscription as _create_subscription
from . import create_subscription_cost_forecast as _create_subscription_cost_forecast
from . import find_subscription_matches as _find_subscription_matches
from . import get_cost_forecast as _get_cost_forecast
from . import get_subscription as _get_subscription
from . import get_subscription_delivery_download_url as _get_subscription_delivery_download_url
from . import get_subscription_delivery_schema as _get_subscription_delivery_schema
from . import list_cost_forecasts as _list_cost_forecasts
from . import list_subscription_cost_forecasts as _list_subscription_cost_forecasts
from . import list_subscription_deliveries as _list_subscription_deliveries
from . import list_subscription_matches as _list_subscription_matches
from . import list_subscriptions as _list_subscriptions
from . import update_subscription as _update_subscription

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class SubscriptionsResource:
    """The subscriptions operations: `client.subscriptions.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "SubscriptionsResource()"

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SubscriptionList:
        """List the company's subscriptions

        Returns every subscription of the caller's company.

        Returns:
            SubscriptionList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_subscriptions.sync_detailed(client=self._client)
        return cast("SubscriptionList", success(response, "list_subscriptions", (200,)))

    def create(
        self,
        *,
        body: SubscriptionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Create a subscription

        Creates a subscription in the `pending` state; it must then be activated.

        Args:
            body (SubscriptionCreate): A new subscription.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_subscription.sync_detailed(client=self._client, body=body)
        return cast("Subscription", success(response, "create_subscription", (200,)))

    def list_cost_forecasts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecastList:
        """List the company's cost forecasts

        Returns every cost forecast of the caller's company.

        Returns:
            CostForecastList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_cost_forecasts.sync_detailed(client=self._client)
        return cast("CostForecastList", success(response, "list_cost_forecasts", (200,)))

    def create_cost_forecast(
        self,
        *,
        body: DataStreamPurchaseDetails | MarketplaceDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CostForecast | MatchList:
        """Forecast the cost of subscription terms

        Estimates the cost of serving a set of subscription terms. The row count in the answer is not an
        estimate
        of how many rows a subscription with these terms would buy.

        Args:
            body (DataStreamPurchaseDetails | MarketplaceDetails): What is bought: a data stream, or
                marketplace data by rules. Told apart by `type`.

        Returns:
            CostForecast | MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_cost_forecast.sync_detailed(client=self._client, body=body)
        return cast("CostForecast | MatchList", success(response, "create_cost_forecast", (200,)))

    def get_cost_forecast(
        self,
        cost_forecast_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecast:
        """Get a cost forecast

        Returns one cost forecast.

        Args:
            cost_forecast_id (UUID): The cost forecast's identifier.

        Returns:
            CostForecast

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_cost_forecast.sync_detailed(cost_forecast_id, client=self._client)
        return cast("CostForecast", success(response, "get_cost_forecast", (200,)))

    def find_matches(
        self,
        *,
        body: DataStreamPurchaseDetails | MarketplaceDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MatchList:
        """Find datasets matching subscription terms

        Returns the datasets that match a set of subscription terms.

        Args:
            body (DataStreamPurchaseDetails | MarketplaceDetails): What is bought: a data stream, or
                marketplace data by rules. Told apart by `type`.

        Returns:
            MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _find_subscription_matches.sync_detailed(client=self._client, body=body)
        return cast("MatchList", success(response, "find_subscription_matches", (200,)))

    def get(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Get a subscription

        Returns one subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_subscription.sync_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "get_subscription", (200,)))

    def update(
        self,
        subscription_id: UUID,
        *,
        body: SubscriptionUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Update a subscription

        Changes a marketplace subscription's terms. Changing the cadence also adjusts the frequency filter
        to it.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (SubscriptionUpdate): A subscription's new terms. Changing `cadence` also adjusts the
                frequency filter.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_subscription.sync_detailed(subscription_id, client=self._client, body=body)
        return cast("Subscription", success(response, "update_subscription", (200,)))

    def activate(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Activate a subscription

        Activates a pending subscription. This will result in charges to the company's payment method.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _activate_subscription.sync_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "activate_subscription", (200,)))

    def cancel(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Cancel a subscription

        Cancels a subscription; it cannot be activated again.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _cancel_subscription.sync_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "cancel_subscription", (200,)))

    def checkout(
        self,
        subscription_id: UUID,
        *,
        body: SubscriptionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Create and activate a subscription in one call

        Creates and activates a subscription at once. This will result in charges to the company's payment
        method.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (SubscriptionCreate): A new subscription.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _checkout_subscription.sync_detailed(subscription_id, client=self._client, body=body)
        return cast("Subscription", success(response, "checkout_subscription", (200,)))

    def list_subscription_cost_forecasts(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecastList:
        """List a subscription's cost forecasts

        Returns the cost forecasts of a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            CostForecastList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_subscription_cost_forecasts.sync_detailed(subscription_id, client=self._client)
        return cast("CostForecastList", success(response, "list_subscription_cost_forecasts", (200,)))

    def create_subscription_cost_forecast(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecast:
        """Forecast a subscription's cost

        Creates a cost forecast for a subscription, taking into account the data already processed for it.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            CostForecast

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _create_subscription_cost_forecast.sync_detailed(subscription_id, client=self._client)
        return cast("CostForecast", success(response, "create_subscription_cost_forecast", (200,)))

    def list_deliveries(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryFileList:
        """List a subscription's delivered files

        Returns metadata of the files holding the data bought by a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DeliveryFileList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_subscription_deliveries.sync_detailed(subscription_id, client=self._client)
        return cast("DeliveryFileList", success(response, "list_subscription_deliveries", (200,)))

    def get_delivery_download_url(
        self,
        subscription_id: UUID,
        *,
        body: DeliveryDownloadRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownloadUrl:
        """Get a download URL for a delivered file

        Returns an AWS S3 pre-signed URL from which a file delivered for a subscription can be downloaded.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (DeliveryDownloadRequest): A delivered file to download.

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _get_subscription_delivery_download_url.sync_detailed(
                subscription_id, client=self._client, body=body
            )
        return cast("DownloadUrl", success(response, "get_subscription_delivery_download_url", (200,)))

    def list_matches(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MatchList:
        """List the datasets matching a subscription

        Returns the datasets that match a subscription's terms.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_subscription_matches.sync_detailed(subscription_id, client=self._client)
        return cast("MatchList", success(response, "list_subscription_matches", (200,)))

    def get_delivery_schema(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliverySchema:
        """Get a subscription's delivery schema

        Returns the schema of the records a subscription delivers.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DeliverySchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_subscription_delivery_schema.sync_detailed(subscription_id, client=self._client)
        return cast("DeliverySchema", success(response, "get_subscription_delivery_schema", (200,)))


class AsyncSubscriptionsResource:
    """The subscriptions operations, awaited: `client.subscriptions.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncSubscriptionsResource()"

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SubscriptionList:
        """List the company's subscriptions

        Returns every subscription of the caller's company.

        Returns:
            SubscriptionList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_subscriptions.asyncio_detailed(client=self._client)
        return cast("SubscriptionList", success(response, "list_subscriptions", (200,)))

    async def create(
        self,
        *,
        body: SubscriptionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Create a subscription

        Creates a subscription in the `pending` state; it must then be activated.

        Args:
            body (SubscriptionCreate): A new subscription.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_subscription.asyncio_detailed(client=self._client, body=body)
        return cast("Subscription", success(response, "create_subscription", (200,)))

    async def list_cost_forecasts(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecastList:
        """List the company's cost forecasts

        Returns every cost forecast of the caller's company.

        Returns:
            CostForecastList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_cost_forecasts.asyncio_detailed(client=self._client)
        return cast("CostForecastList", success(response, "list_cost_forecasts", (200,)))

    async def create_cost_forecast(
        self,
        *,
        body: DataStreamPurchaseDetails | MarketplaceDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CostForecast | MatchList:
        """Forecast the cost of subscription terms

        Estimates the cost of serving a set of subscription terms. The row count in the answer is not an
        estimate
        of how many rows a subscription with these terms would buy.

        Args:
            body (DataStreamPurchaseDetails | MarketplaceDetails): What is bought: a data stream, or
                marketplace data by rules. Told apart by `type`.

        Returns:
            CostForecast | MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_cost_forecast.asyncio_detailed(client=self._client, body=body)
        return cast("CostForecast | MatchList", success(response, "create_cost_forecast", (200,)))

    async def get_cost_forecast(
        self,
        cost_forecast_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecast:
        """Get a cost forecast

        Returns one cost forecast.

        Args:
            cost_forecast_id (UUID): The cost forecast's identifier.

        Returns:
            CostForecast

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_cost_forecast.asyncio_detailed(cost_forecast_id, client=self._client)
        return cast("CostForecast", success(response, "get_cost_forecast", (200,)))

    async def find_matches(
        self,
        *,
        body: DataStreamPurchaseDetails | MarketplaceDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MatchList:
        """Find datasets matching subscription terms

        Returns the datasets that match a set of subscription terms.

        Args:
            body (DataStreamPurchaseDetails | MarketplaceDetails): What is bought: a data stream, or
                marketplace data by rules. Told apart by `type`.

        Returns:
            MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _find_subscription_matches.asyncio_detailed(client=self._client, body=body)
        return cast("MatchList", success(response, "find_subscription_matches", (200,)))

    async def get(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Get a subscription

        Returns one subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_subscription.asyncio_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "get_subscription", (200,)))

    async def update(
        self,
        subscription_id: UUID,
        *,
        body: SubscriptionUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Update a subscription

        Changes a marketplace subscription's terms. Changing the cadence also adjusts the frequency filter
        to it.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (SubscriptionUpdate): A subscription's new terms. Changing `cadence` also adjusts the
                frequency filter.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_subscription.asyncio_detailed(subscription_id, client=self._client, body=body)
        return cast("Subscription", success(response, "update_subscription", (200,)))

    async def activate(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Activate a subscription

        Activates a pending subscription. This will result in charges to the company's payment method.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _activate_subscription.asyncio_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "activate_subscription", (200,)))

    async def cancel(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Cancel a subscription

        Cancels a subscription; it cannot be activated again.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _cancel_subscription.asyncio_detailed(subscription_id, client=self._client)
        return cast("Subscription", success(response, "cancel_subscription", (200,)))

    async def checkout(
        self,
        subscription_id: UUID,
        *,
        body: SubscriptionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Create and activate a subscription in one call

        Creates and activates a subscription at once. This will result in charges to the company's payment
        method.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (SubscriptionCreate): A new subscription.

        Returns:
            Subscription

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _checkout_subscription.asyncio_detailed(subscription_id, client=self._client, body=body)
        return cast("Subscription", success(response, "checkout_subscription", (200,)))

    async def list_subscription_cost_forecasts(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecastList:
        """List a subscription's cost forecasts

        Returns the cost forecasts of a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            CostForecastList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_subscription_cost_forecasts.asyncio_detailed(subscription_id, client=self._client)
        return cast("CostForecastList", success(response, "list_subscription_cost_forecasts", (200,)))

    async def create_subscription_cost_forecast(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CostForecast:
        """Forecast a subscription's cost

        Creates a cost forecast for a subscription, taking into account the data already processed for it.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            CostForecast

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _create_subscription_cost_forecast.asyncio_detailed(subscription_id, client=self._client)
        return cast("CostForecast", success(response, "create_subscription_cost_forecast", (200,)))

    async def list_deliveries(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliveryFileList:
        """List a subscription's delivered files

        Returns metadata of the files holding the data bought by a subscription.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DeliveryFileList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_subscription_deliveries.asyncio_detailed(subscription_id, client=self._client)
        return cast("DeliveryFileList", success(response, "list_subscription_deliveries", (200,)))

    async def get_delivery_download_url(
        self,
        subscription_id: UUID,
        *,
        body: DeliveryDownloadRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownloadUrl:
        """Get a download URL for a delivered file

        Returns an AWS S3 pre-signed URL from which a file delivered for a subscription can be downloaded.

        Args:
            subscription_id (UUID): The subscription's identifier.
            body (DeliveryDownloadRequest): A delivered file to download.

        Returns:
            DownloadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _get_subscription_delivery_download_url.asyncio_detailed(
                subscription_id, client=self._client, body=body
            )
        return cast("DownloadUrl", success(response, "get_subscription_delivery_download_url", (200,)))

    async def list_matches(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MatchList:
        """List the datasets matching a subscription

        Returns the datasets that match a subscription's terms.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            MatchList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_subscription_matches.asyncio_detailed(subscription_id, client=self._client)
        return cast("MatchList", success(response, "list_subscription_matches", (200,)))

    async def get_delivery_schema(
        self,
        subscription_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliverySchema:
        """Get a subscription's delivery schema

        Returns the schema of the records a subscription delivers.

        Args:
            subscription_id (UUID): The subscription's identifier.

        Returns:
            DeliverySchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_subscription_delivery_schema.asyncio_detailed(subscription_id, client=self._client)
        return cast("DeliverySchema", success(response, "get_subscription_delivery_schema", (200,)))


class SubscriptionsResourceWithRawResponse:
    """The subscriptions operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.list_cost_forecasts = raw_response(resource.list_cost_forecasts)
        self.create_cost_forecast = raw_response(resource.create_cost_forecast)
        self.get_cost_forecast = raw_response(resource.get_cost_forecast)
        self.find_matches = raw_response(resource.find_matches)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.activate = raw_response(resource.activate)
        self.cancel = raw_response(resource.cancel)
        self.checkout = raw_response(resource.checkout)
        self.list_subscription_cost_forecasts = raw_response(resource.list_subscription_cost_forecasts)
        self.create_subscription_cost_forecast = raw_response(resource.create_subscription_cost_forecast)
        self.list_deliveries = raw_response(resource.list_deliveries)
        self.get_delivery_download_url = raw_response(resource.get_delivery_download_url)
        self.list_matches = raw_response(resource.list_matches)
        self.get_delivery_schema = raw_response(resource.get_delivery_schema)


class AsyncSubscriptionsResourceWithRawResponse:
    """The subscriptions operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.list_cost_forecasts = async_raw_response(resource.list_cost_forecasts)
        self.create_cost_forecast = async_raw_response(resource.create_cost_forecast)
        self.get_cost_forecast = async_raw_response(resource.get_cost_forecast)
        self.find_matches = async_raw_response(resource.find_matches)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.activate = async_raw_response(resource.activate)
        self.cancel = async_raw_response(resource.cancel)
        self.checkout = async_raw_response(resource.checkout)
        self.list_subscription_cost_forecasts = async_raw_response(resource.list_subscription_cost_forecasts)
        self.create_subscription_cost_forecast = async_raw_response(resource.create_subscription_cost_forecast)
        self.list_deliveries = async_raw_response(resource.list_deliveries)
        self.get_delivery_download_url = async_raw_response(resource.get_delivery_download_url)
        self.list_matches = async_raw_response(resource.list_matches)
        self.get_delivery_schema = async_raw_response(resource.get_delivery_schema)


__all__ = (
    "SubscriptionsResource",
    "AsyncSubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithRawResponse",
)
