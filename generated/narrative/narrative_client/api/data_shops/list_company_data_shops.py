from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.data_shop_list import DataShopList
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    company_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-shop/company/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataShopList | Error | None:
    if response.status_code == 200:
        response_200 = DataShopList.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataShopList | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_company_data_shops", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataShopList | Error]:
    """List a company's data shops

     Returns all data shops of a company, possibly none.

    Args:
        company_id (int): The id of an existing company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataShopList | Error]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DataShopList | Error | None:
    """List a company's data shops

     Returns all data shops of a company, possibly none.

    Args:
        company_id (int): The id of an existing company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataShopList | Error
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataShopList | Error]:
    """List a company's data shops

     Returns all data shops of a company, possibly none.

    Args:
        company_id (int): The id of an existing company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataShopList | Error]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DataShopList | Error | None:
    """List a company's data shops

     Returns all data shops of a company, possibly none.

    Args:
        company_id (int): The id of an existing company.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataShopList | Error
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
        )
    ).parsed
