from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import array_member, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.datafile import Datafile
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    where: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["where"] = where

    params["sort"] = sort

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datafile",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Datafile] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:
            response_200_item = Datafile.from_dict(object_member(response_200_item_data, "response_200_item"))

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
) -> Response[Error | list[Datafile]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("search_datafiles", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    where: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | list[Datafile]]:
    """Search datafiles

     Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

    Args:
        where (str | Unset):
        sort (str | Unset):
        limit (int | Unset): The largest number of datafiles to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Datafile]]
    """

    kwargs = _get_kwargs(
        where=where,
        sort=sort,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    where: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | list[Datafile] | None:
    """Search datafiles

     Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

    Args:
        where (str | Unset):
        sort (str | Unset):
        limit (int | Unset): The largest number of datafiles to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Datafile]
    """

    return sync_detailed(
        client=client,
        where=where,
        sort=sort,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    where: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | list[Datafile]]:
    """Search datafiles

     Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

    Args:
        where (str | Unset):
        sort (str | Unset):
        limit (int | Unset): The largest number of datafiles to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Datafile]]
    """

    kwargs = _get_kwargs(
        where=where,
        sort=sort,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    where: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | list[Datafile] | None:
    """Search datafiles

     Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

    Args:
        where (str | Unset):
        sort (str | Unset):
        limit (int | Unset): The largest number of datafiles to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Datafile]
    """

    return (
        await asyncio_detailed(
            client=client,
            where=where,
            sort=sort,
            limit=limit,
        )
    ).parsed
