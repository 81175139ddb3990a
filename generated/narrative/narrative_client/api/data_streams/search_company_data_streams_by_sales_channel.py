from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.data_stream_list import DataStreamList
from ...models.error import Error
from ...models.sales_channel import SalesChannel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    company_id: int,
    sales_channel: SalesChannel,
    *,
    q: str,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["per_page"] = per_page

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-stream/company/{company_id}/sales-channel/{sales_channel}/search".format(
            company_id=quote(str(company_id), safe=""),
            sales_channel=quote(str(sales_channel), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataStreamList | Error | None:
    if response.status_code == 200:
        response_200 = DataStreamList.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[DataStreamList | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("search_company_data_streams_by_sales_channel", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    company_id: int,
    sales_channel: SalesChannel,
    *,
    client: AuthenticatedClient | Client,
    q: str,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[DataStreamList | Error]:
    """Search a company's data streams on a sales channel

     Returns a company's data streams offered on a sales channel that match a full-text search
    expression, a page at a time.

    Args:
        company_id (int): The id of an existing company.
        sales_channel (SalesChannel): Where an offer is sold.
        q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
            `or` between words,
            `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
            accessories -leather`.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStreamList | Error]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        sales_channel=sales_channel,
        q=q,
        per_page=per_page,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    sales_channel: SalesChannel,
    *,
    client: AuthenticatedClient | Client,
    q: str,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> DataStreamList | Error | None:
    """Search a company's data streams on a sales channel

     Returns a company's data streams offered on a sales channel that match a full-text search
    expression, a page at a time.

    Args:
        company_id (int): The id of an existing company.
        sales_channel (SalesChannel): Where an offer is sold.
        q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
            `or` between words,
            `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
            accessories -leather`.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStreamList | Error
    """

    return sync_detailed(
        company_id=company_id,
        sales_channel=sales_channel,
        client=client,
        q=q,
        per_page=per_page,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    sales_channel: SalesChannel,
    *,
    client: AuthenticatedClient | Client,
    q: str,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[DataStreamList | Error]:
    """Search a company's data streams on a sales channel

     Returns a company's data streams offered on a sales channel that match a full-text search
    expression, a page at a time.

    Args:
        company_id (int): The id of an existing company.
        sales_channel (SalesChannel): Where an offer is sold.
        q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
            `or` between words,
            `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
            accessories -leather`.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStreamList | Error]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        sales_channel=sales_channel,
        q=q,
        per_page=per_page,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    sales_channel: SalesChannel,
    *,
    client: AuthenticatedClient | Client,
    q: str,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> DataStreamList | Error | None:
    """Search a company's data streams on a sales channel

     Returns a company's data streams offered on a sales channel that match a full-text search
    expression, a page at a time.

    Args:
        company_id (int): The id of an existing company.
        sales_channel (SalesChannel): Where an offer is sold.
        q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
            `or` between words,
            `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
            accessories -leather`.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStreamList | Error
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            sales_channel=sales_channel,
            client=client,
            q=q,
            per_page=per_page,
            offset=offset,
        )
    ).parsed
