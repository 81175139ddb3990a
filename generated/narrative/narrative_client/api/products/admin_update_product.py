from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product import Product
from ...models.product_update import ProductUpdate
from ...types import Response


def _get_kwargs(
    sku: str,
    *,
    body: ProductUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/admin/products/{sku}".format(
            sku=quote(str(sku), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Product | None:
    if response.status_code == 200:
        response_200 = Product.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(object_member(response.json(), "response_404"))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Product]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("admin_update_product", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    sku: str,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
) -> Response[Error | Product]:
    """Update a product (admin)

     Changes the fields sent of a product.

    Args:
        sku (str): The product's SKU.
        body (ProductUpdate): The product's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Product]
    """

    kwargs = _get_kwargs(
        sku=sku,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sku: str,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
) -> Error | Product | None:
    """Update a product (admin)

     Changes the fields sent of a product.

    Args:
        sku (str): The product's SKU.
        body (ProductUpdate): The product's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Product
    """

    return sync_detailed(
        sku=sku,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sku: str,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
) -> Response[Error | Product]:
    """Update a product (admin)

     Changes the fields sent of a product.

    Args:
        sku (str): The product's SKU.
        body (ProductUpdate): The product's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Product]
    """

    kwargs = _get_kwargs(
        sku=sku,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sku: str,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
) -> Error | Product | None:
    """Update a product (admin)

     Changes the fields sent of a product.

    Args:
        sku (str): The product's SKU.
        body (ProductUpdate): The product's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Product
    """

    return (
        await asyncio_detailed(
            sku=sku,
            client=client,
            body=body,
        )
    ).parsed
