"""The products operations: one module per operation, and the resource classes of the client object."""

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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[Product, ProductList]:
        """List products (admin)

        Lists products, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[Product, ProductList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _admin_list_products,
            API.operations["admin_list_products"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def admin_create(
        self,
        *,
        body: ProductCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_create_product.sync_detailed(client=self._client, body=body)
        return cast("Product", success(response, "admin_create_product", (200,)))

    def admin_get(
        self,
        sku: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Product:
        """Get a product (admin)

        Returns one product by SKU.

        Args:
            sku (str): The product's SKU.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_get_product.sync_detailed(sku, client=self._client)
        return cast("Product", success(response, "admin_get_product", (200,)))

    def admin_update(
        self,
        sku: str,
        *,
        body: ProductUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Product:
        """Update a product (admin)

        Changes the fields sent of a product.

        Args:
            sku (str): The product's SKU.
            body (ProductUpdate): The product's fields to change.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_update_product.sync_detailed(sku, client=self._client, body=body)
        return cast("Product", success(response, "admin_update_product", (200,)))

    def admin_add_permission(
        self,
        *,
        body: ProductPermission,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Attach a permission to a product (admin)

        Attaches a permission to a product.

        Args:
            body (ProductPermission): A permission to attach to a product.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_add_product_permission.sync_detailed(client=self._client, body=body)
        return cast("None", success(response, "admin_add_product_permission", (204,)))


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
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Product, ProductList]:
        """List products (admin)

        Lists products, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[Product, ProductList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _admin_list_products,
            API.operations["admin_list_products"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def admin_create(
        self,
        *,
        body: ProductCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_create_product.asyncio_detailed(client=self._client, body=body)
        return cast("Product", success(response, "admin_create_product", (200,)))

    async def admin_get(
        self,
        sku: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Product:
        """Get a product (admin)

        Returns one product by SKU.

        Args:
            sku (str): The product's SKU.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_get_product.asyncio_detailed(sku, client=self._client)
        return cast("Product", success(response, "admin_get_product", (200,)))

    async def admin_update(
        self,
        sku: str,
        *,
        body: ProductUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Product:
        """Update a product (admin)

        Changes the fields sent of a product.

        Args:
            sku (str): The product's SKU.
            body (ProductUpdate): The product's fields to change.

        Returns:
            Product

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_update_product.asyncio_detailed(sku, client=self._client, body=body)
        return cast("Product", success(response, "admin_update_product", (200,)))

    async def admin_add_permission(
        self,
        *,
        body: ProductPermission,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Attach a permission to a product (admin)

        Attaches a permission to a product.

        Args:
            body (ProductPermission): A permission to attach to a product.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_add_product_permission.asyncio_detailed(client=self._client, body=body)
        return cast("None", success(response, "admin_add_product_permission", (204,)))


class ProductsResourceWithRawResponse:
    """The products operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ProductsResource) -> None:
        self.admin_create = raw_response(resource.admin_create)
        self.admin_get = raw_response(resource.admin_get)
        self.admin_update = raw_response(resource.admin_update)
        self.admin_add_permission = raw_response(resource.admin_add_permission)


class AsyncProductsResourceWithRawResponse:
    """The products operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.admin_create = async_raw_response(resource.admin_create)
        self.admin_get = async_raw_response(resource.admin_get)
        self.admin_update = async_raw_response(resource.admin_update)
        self.admin_add_permission = async_raw_response(resource.admin_add_permission)


__all__ = (
    "ProductsResource",
    "AsyncProductsResource",
    "ProductsResourceWithRawResponse",
    "AsyncProductsResourceWithRawResponse",
)
