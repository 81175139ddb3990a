"""The data_shops operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
        response = _create_data_shop.sync_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "create_data_shop", (200,)))

    def get(
        self,
        data_shop_id: UUID,
    ) -> DataShop:
        """Get a data shop

        Returns one data shop by its id.

        Args:
            data_shop_id (UUID):

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_data_shop.sync_detailed(data_shop_id, client=self._client)
        return cast("DataShop", success(response, "get_data_shop", (200,)))

    def update(
        self,
        data_shop_id: UUID,
        *,
        body: DataShopRequest,
    ) -> DataShop:
        """Update a data shop

        Replaces a data shop's hostname and front-end manifest. Leaving out `fe_manifest` removes it from
        the shop's `manifest`. Only users of the owning company may do this.

        Args:
            data_shop_id (UUID):
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _update_data_shop.sync_detailed(data_shop_id, client=self._client, body=body)
        return cast("DataShop", success(response, "update_data_shop", (200,)))

    def get_by_hostname(
        self,
        host_name: str,
    ) -> DataShop:
        """Get a data shop by hostname

        Returns the data shop served under a hostname.

        Args:
            host_name (str):

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_data_shop_by_hostname.sync_detailed(host_name, client=self._client)
        return cast("DataShop", success(response, "get_data_shop_by_hostname", (200,)))

    def get_by_ids(
        self,
        *,
        body: DataShopIds,
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
        response = _get_data_shops_by_ids.sync_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "get_data_shops_by_ids", (200,)))

    def list_company(
        self,
        company_id: int,
    ) -> DataShopList:
        """List a company's data shops

        Returns all data shops of a company, possibly none.

        Args:
            company_id (int):

        Returns:
            DataShopList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
        response = await _create_data_shop.asyncio_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "create_data_shop", (200,)))

    async def get(
        self,
        data_shop_id: UUID,
    ) -> DataShop:
        """Get a data shop

        Returns one data shop by its id.

        Args:
            data_shop_id (UUID):

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_data_shop.asyncio_detailed(data_shop_id, client=self._client)
        return cast("DataShop", success(response, "get_data_shop", (200,)))

    async def update(
        self,
        data_shop_id: UUID,
        *,
        body: DataShopRequest,
    ) -> DataShop:
        """Update a data shop

        Replaces a data shop's hostname and front-end manifest. Leaving out `fe_manifest` removes it from
        the shop's `manifest`. Only users of the owning company may do this.

        Args:
            data_shop_id (UUID):
            body (DataShopRequest): A data shop to create or change.

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _update_data_shop.asyncio_detailed(data_shop_id, client=self._client, body=body)
        return cast("DataShop", success(response, "update_data_shop", (200,)))

    async def get_by_hostname(
        self,
        host_name: str,
    ) -> DataShop:
        """Get a data shop by hostname

        Returns the data shop served under a hostname.

        Args:
            host_name (str):

        Returns:
            DataShop

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_data_shop_by_hostname.asyncio_detailed(host_name, client=self._client)
        return cast("DataShop", success(response, "get_data_shop_by_hostname", (200,)))

    async def get_by_ids(
        self,
        *,
        body: DataShopIds,
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
        response = await _get_data_shops_by_ids.asyncio_detailed(client=self._client, body=body)
        return cast("DataShop", success(response, "get_data_shops_by_ids", (200,)))

    async def list_company(
        self,
        company_id: int,
    ) -> DataShopList:
        """List a company's data shops

        Returns all data shops of a company, possibly none.

        Args:
            company_id (int):

        Returns:
            DataShopList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_company_data_shops.asyncio_detailed(company_id, client=self._client)
        return cast("DataShopList", success(response, "list_company_data_shops", (200,)))


__all__ = ("DataShopsResource", "AsyncDataShopsResource")
