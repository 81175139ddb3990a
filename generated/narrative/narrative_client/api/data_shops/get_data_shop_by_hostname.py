from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.data_shop import DataShop
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    host_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-shop/hostname/{host_name}".format(
            host_name=quote(str(host_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataShop | Error | None:
    if response.status_code == 200:
        response_200 = DataShop.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(object_member(response.json(), "response_404"))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataShop | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_data_shop_by_hostname", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    host_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataShop | Error]:
    """Get a data shop by hostname

     Returns the data shop served under a hostname.

    Args:
        host_name (str): A data shop's hostname, like `datashop.narrative.io`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataShop | Error]
    """

    kwargs = _get_kwargs(
        host_name=host_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    host_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataShop | Error | None:
    """Get a data shop by hostname

     Returns the data shop served under a hostname.

    Args:
        host_name (str): A data shop's hostname, like `datashop.narrative.io`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataShop | Error
    """

    return sync_detailed(
        host_name=host_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    host_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataShop | Error]:
    """Get a data shop by hostname

     Returns the data shop served under a hostname.

    Args:
        host_name (str): A data shop's hostname, like `datashop.narrative.io`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataShop | Error]
    """

    kwargs = _get_kwargs(
        host_name=host_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    host_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataShop | Error | None:
    """Get a data shop by hostname

     Returns the data shop served under a hostname.

    Args:
        host_name (str): A data shop's hostname, like `datashop.narrative.io`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataShop | Error
    """

    return (
        await asyncio_detailed(
            host_name=host_name,
            client=client,
        )
    ).parsed
