"""The data_shops operations: one module per operation, and the resource classes of the client object."""

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
from ...models.data_shop import DataShop
from ...models.data_shop_ids import DataShopIds
from ...models.data_shop_list import DataShopList
from ...models.data_shop_request import DataShopRequest
from ...models.error import Error
from ...types import UNSET, Unset
from . import create_data_shop as _create_data_shop
from . import get_data_shop as _get_data_shop
from . import get_data_shop_by_hostname as _get_data_shop_by_hostname
from . import get_data_shops_by_ids as _get_data_shops_by_ids
from . import list_company_data_shops as _list_company_data_shops
from . import update_data_shop as _update_data_shop

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DataShopsResource:
    """The data_shops operations: `client.data_shops.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DataShopsResource()"

    def create(
        self,
        *,
        body: DataShopRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Create a data shop

        Creates a data shop for the caller's company.

        Args:
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_data_shop.sync_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "create_data_shop", (200,)))

    def get(
        self,
        data_shop_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Get a data shop

        Returns one data shop by its id.

        Args:
            data_shop_id (UUID): The data shop's identifier.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_data_shop.sync_detailed(data_shop_id, client=self._client)
        return cast("DataShop", success(response, "get_data_shop", (200,)))

    def update(
        self,
        data_shop_id: UUID,
        *,
        body: DataShopRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Update a data shop

        Replaces a data shop's hostname and front-end manifest. Leaving out `fe_manifest` removes it from
        the shop's `manifest`. Only users of the owning company may do this.

        Args:
            data_shop_id (UUID): The data shop's identifier.
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_data_shop.sync_detailed(data_shop_id, client=self._client, body=body)
        return cast("DataShop", success(response, "update_data_shop", (200,)))

    def get_by_hostname(
        self,
        host_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Get a data shop by hostname

        Returns the data shop served under a hostname.

        Args:
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_data_shop_by_hostname.sync_detailed(host_name, client=self._client)
        return cast("DataShop", success(response, "get_data_shop_by_hostname", (200,)))

    def get_by_ids(
        self,
        *,
        body: DataShopIds,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Fetch several data shops by id

        Returns the data shops with the given ids, at most 200 per call; no ids, no shops.

        Args:
            body (DataShopIds): Data shops to fetch.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _get_data_shops_by_ids.sync_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "get_data_shops_by_ids", (200,)))

    def list_company(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShopList:
        """List a company's data shops

        Returns all data shops of a company, possibly none.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            DataShopList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_company_data_shops.sync_detailed(company_id, client=self._client)
        return cast("DataShopList", success(response, "list_company_data_shops", (200,)))


class AsyncDataShopsResource:
    """The data_shops operations, awaited: `client.data_shops.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDataShopsResource()"

    async def create(
        self,
        *,
        body: DataShopRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Create a data shop

        Creates a data shop for the caller's company.

        Args:
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_data_shop.asyncio_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "create_data_shop", (200,)))

    async def get(
        self,
        data_shop_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Get a data shop

        Returns one data shop by its id.

        Args:
            data_shop_id (UUID): The data shop's identifier.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_data_shop.asyncio_detailed(data_shop_id, client=self._client)
        return cast("DataShop", success(response, "get_data_shop", (200,)))

    async def update(
        self,
        data_shop_id: UUID,
        *,
        body: DataShopRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Update a data shop

        Replaces a data shop's hostname and front-end manifest. Leaving out `fe_manifest` removes it from
        the shop's `manifest`. Only users of the owning company may do this.

        Args:
            data_shop_id (UUID): The data shop's identifier.
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_data_shop.asyncio_detailed(data_shop_id, client=self._client, body=body)
        return cast("DataShop", success(response, "update_data_shop", (200,)))

    async def get_by_hostname(
        self,
        host_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Get a data shop by hostname

        Returns the data shop served under a hostname.

        Args:
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_data_shop_by_hostname.asyncio_detailed(host_name, client=self._client)
        return cast("DataShop", success(response, "get_data_shop_by_hostname", (200,)))

    async def get_by_ids(
        self,
        *,
        body: DataShopIds,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataShop:
        """Fetch several data shops by id

        Returns the data shops with the given ids, at most 200 per call; no ids, no shops.

        Args:
            body (DataShopIds): Data shops to fetch.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _get_data_shops_by_ids.asyncio_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "get_data_shops_by_ids", (200,)))

    async def list_company(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataShopList:
        """List a company's data shops

        Returns all data shops of a company, possibly none.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            DataShopList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_company_data_shops.asyncio_detailed(company_id, client=self._client)
        return cast("DataShopList", success(response, "list_company_data_shops", (200,)))


class DataShopsResourceWithRawResponse:
    """The data_shops operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: DataShopsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.get_by_hostname = raw_response(resource.get_by_hostname)
        self.get_by_ids = raw_response(resource.get_by_ids)
        self.list_company = raw_response(resource.list_company)


class AsyncDataShopsResourceWithRawResponse:
    """The data_shops operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncDataShopsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.get_by_hostname = async_raw_response(resource.get_by_hostname)
        self.get_by_ids = async_raw_response(resource.get_by_ids)
        self.list_company = async_raw_response(resource.list_company)


__all__ = (
    "DataShopsResource",
    "AsyncDataShopsResource",
    "DataShopsResourceWithRawResponse",
    "AsyncDataShopsResourceWithRawResponse",
)
