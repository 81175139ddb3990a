"""The audiences operations: one module per operation, and the resource classes of the client object."""

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
from ...models.bds_order import BDSOrder
from ...models.bds_order_record import BDSOrderRecord
from ...models.error import Error
from ...types import UNSET, Unset
from . import create_audience as _create_audience
from . import update_audience as _update_audience

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AudiencesResource:
    """The audiences operations: `client.audiences.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AudiencesResource()"

    def create(
        self,
        *,
        body: BDSOrder,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BDSOrderRecord:
        """Create a BD Select order

        Creates a BD Select order: an audience defined over one BDS source as named segments of field
        filters, optionally with suppression of earlier exports and de-duplication across segments.

        Args:
            body (BDSOrder): A BD Select order.

        Returns:
            BDSOrderRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_audience.sync_detailed(client=self._client, body=body)
        return cast("BDSOrderRecord", success(response, "create_audience", (200,)))

    def update(
        self,
        order_id: str,
        *,
        body: BDSOrder,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BDSOrderRecord:
        """Replace a BD Select order

        Replaces an existing BD Select order with the order sent.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            body (BDSOrder): A BD Select order.

        Returns:
            BDSOrderRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_audience.sync_detailed(order_id, client=self._client, body=body)
        return cast("BDSOrderRecord", success(response, "update_audience", (200,)))


class AsyncAudiencesResource:
    """The audiences operations, awaited: `client.audiences.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAudiencesResource()"

    async def create(
        self,
        *,
        body: BDSOrder,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BDSOrderRecord:
        """Create a BD Select order

        Creates a BD Select order: an audience defined over one BDS source as named segments of field
        filters, optionally with suppression of earlier exports and de-duplication across segments.

        Args:
            body (BDSOrder): A BD Select order.

        Returns:
            BDSOrderRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_audience.asyncio_detailed(client=self._client, body=body)
        return cast("BDSOrderRecord", success(response, "create_audience", (200,)))

    async def update(
        self,
        order_id: str,
        *,
        body: BDSOrder,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BDSOrderRecord:
        """Replace a BD Select order

        Replaces an existing BD Select order with the order sent.

        Args:
            order_id (str): The `_id` of an existing BD Select order.
            body (BDSOrder): A BD Select order.

        Returns:
            BDSOrderRecord

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_audience.asyncio_detailed(order_id, client=self._client, body=body)
        return cast("BDSOrderRecord", success(response, "update_audience", (200,)))


class AudiencesResourceWithRawResponse:
    """The audiences operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AudiencesResource) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)


class AsyncAudiencesResourceWithRawResponse:
    """The audiences operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAudiencesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)


__all__ = (
    "AudiencesResource",
    "AsyncAudiencesResource",
    "AudiencesResourceWithRawResponse",
    "AsyncAudiencesResourceWithRawResponse",
)
