from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import array_member, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.count_result_row import CountResultRow
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    count_result_id: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audience/count-result/{count_result_id}".format(
            count_result_id=quote(str(count_result_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CountResultRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:
            response_200_item = CountResultRow.from_dict(object_member(response_200_item_data, "response_200_item"))

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(object_member(response.json(), "response_403"))

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(object_member(response.json(), "response_500"))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[CountResultRow]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_count_result", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    count_result_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 1000,
) -> Response[Error | list[CountResultRow]]:
    """Read a count result's rows, one page at a time

     Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
    comes
    back with fewer than `limit` rows.

    Args:
        count_result_id (str): The `_id` of an entry in the order's count history.
        page (int | Unset): The page to return, from 1. Default: 1.
        limit (int | Unset): Rows per page. Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CountResultRow]]
    """

    kwargs = _get_kwargs(
        count_result_id=count_result_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    count_result_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 1000,
) -> Error | list[CountResultRow] | None:
    """Read a count result's rows, one page at a time

     Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
    comes
    back with fewer than `limit` rows.

    Args:
        count_result_id (str): The `_id` of an entry in the order's count history.
        page (int | Unset): The page to return, from 1. Default: 1.
        limit (int | Unset): Rows per page. Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CountResultRow]
    """

    return sync_detailed(
        count_result_id=count_result_id,
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    count_result_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 1000,
) -> Response[Error | list[CountResultRow]]:
    """Read a count result's rows, one page at a time

     Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
    comes
    back with fewer than `limit` rows.

    Args:
        count_result_id (str): The `_id` of an entry in the order's count history.
        page (int | Unset): The page to return, from 1. Default: 1.
        limit (int | Unset): Rows per page. Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CountResultRow]]
    """

    kwargs = _get_kwargs(
        count_result_id=count_result_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    count_result_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 1000,
) -> Error | list[CountResultRow] | None:
    """Read a count result's rows, one page at a time

     Returns one page of the rows of a finished count. Pages are numbered from 1; read pages until one
    comes
    back with fewer than `limit` rows.

    Args:
        count_result_id (str): The `_id` of an entry in the order's count history.
        page (int | Unset): The page to return, from 1. Default: 1.
        limit (int | Unset): Rows per page. Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CountResultRow]
    """

    return (
        await asyncio_detailed(
            count_result_id=count_result_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
