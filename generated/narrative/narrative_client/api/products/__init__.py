"""The products operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
from ...models.error import Error
from ...models.product import Product
from ...models.product_create import ProductCreate
from ...models.product_list import ProductList
from ...models.product_permission import ProductPermission
from ...models.product_update import ProductUpdate
from ...types import UNSET, Unset
from . import admin_add_product_permission as _admin_add_product_permission
from . import admin_create_product as _admin_create_product
from . import admin_get_product as _admin_get_product
from . import admin_list_products as _admin_list_products
from . import admin_update_product as _admin_update_product

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ProductsResource:
    """The products operations: `client.products.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ProductsResource()"

    def admin_list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> Pager[Product]:
        """List products (admin)

        Lists products, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            Pager[Product]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return Pager(
            _admin_list_products,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def admin_create(
        self,
        *,
        body: ProductCreate,
    ) -> Product:
        """Create a product (admin)

        Creates a product.

        Args:
            body (ProductCreate): A new product.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_create_product.sync_detailed(client=self._client, body=body)
        return cast("Product", success(response, "admin_create_product", (200,)))

    def admin_get(
        self,
        sku: str,
    ) -> Product:
        """Get a product (admin)

        Returns one product by SKU.

        Args:
            sku (str):

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_get_product.sync_detailed(sku, client=self._client)
        return cast("Product", success(response, "admin_get_product", (200,)))

    def admin_update(
        self,
        sku: str,
        *,
        body: ProductUpdate,
    ) -> Product:
        """Update a product (admin)

        Changes the fields sent of a product.

        Args:
            sku (str):
            body (ProductUpdate): The product's fields to change.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_update_product.sync_detailed(sku, client=self._client, body=body)
        return cast("Product", success(response, "admin_update_product", (200,)))

    def admin_add_permission(
        self,
        *,
        body: ProductPermission,
    ) -> Any:
        """Attach a permission to a product (admin)

        Attaches a permission to a product.

        Args:
            body (ProductPermission): A permission to attach to a product.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_add_product_permission.sync_detailed(client=self._client, body=body)
        return cast("Any", success(response, "admin_add_product_permission", (204,)))


class AsyncProductsResource:
    """The products operations, awaited: `client.products.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncProductsResource()"

    def admin_list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> AsyncPager[Product]:
        """List products (admin)

        Lists products, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            AsyncPager[Product]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return AsyncPager(
            _admin_list_products,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def admin_create(
        self,
        *,
        body: ProductCreate,
    ) -> Product:
        """Create a product (admin)

        Creates a product.

        Args:
            body (ProductCreate): A new product.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_create_product.asyncio_detailed(client=self._client, body=body)
        return cast("Product", success(response, "admin_create_product", (200,)))

    async def admin_get(
        self,
        sku: str,
    ) -> Product:
        """Get a product (admin)

        Returns one product by SKU.

        Args:
            sku (str):

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_get_product.asyncio_detailed(sku, client=self._client)
        return cast("Product", success(response, "admin_get_product", (200,)))

    async def admin_update(
        self,
        sku: str,
        *,
        body: ProductUpdate,
    ) -> Product:
        """Update a product (admin)

        Changes the fields sent of a product.

        Args:
            sku (str):
            body (ProductUpdate): The product's fields to change.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_update_product.asyncio_detailed(sku, client=self._client, body=body)
        return cast("Product", success(response, "admin_update_product", (200,)))

    async def admin_add_permission(
        self,
        *,
        body: ProductPermission,
    ) -> Any:
        """Attach a permission to a product (admin)

        Attaches a permission to a product.

        Args:
            body (ProductPermission): A permission to attach to a product.

        Returns:
            Any

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_add_product_permission.asyncio_detailed(client=self._client, body=body)
        return cast("Any", success(response, "admin_add_product_permission", (204,)))


__all__ = ("ProductsResource", "AsyncProductsResource")
