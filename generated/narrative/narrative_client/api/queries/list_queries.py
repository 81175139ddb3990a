from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_page import QueryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_owned: bool | Unset = UNSET,
    tag: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_owned"] = is_owned

    params["tag"] = tag

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queries",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueryPage | None:
    if response.status_code == 200:
        response_200 = QueryPage.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | QueryPage]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_queries", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    is_owned: bool | Unset = UNSET,
    tag: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[Error | QueryPage]:
    """List the queries the caller can see

     Returns the queries the caller owns or that are shared with it, a page at a time.

    Args:
        is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
            shared with it.
        tag (str | Unset): Only queries with this tag.
        page (int | Unset): The page to return, counted from 1. Default: 1.
        per_page (int | Unset): How many records to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryPage]
    """

    kwargs = _get_kwargs(
        is_owned=is_owned,
        tag=tag,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    is_owned: bool | Unset = UNSET,
    tag: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Error | QueryPage | None:
    """List the queries the caller can see

     Returns the queries the caller owns or that are shared with it, a page at a time.

    Args:
        is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
            shared with it.
        tag (str | Unset): Only queries with this tag.
        page (int | Unset): The page to return, counted from 1. Default: 1.
        per_page (int | Unset): How many records to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryPage
    """

    return sync_detailed(
        client=client,
        is_owned=is_owned,
        tag=tag,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    is_owned: bool | Unset = UNSET,
    tag: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[Error | QueryPage]:
    """List the queries the caller can see

     Returns the queries the caller owns or that are shared with it, a page at a time.

    Args:
        is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
            shared with it.
        tag (str | Unset): Only queries with this tag.
        page (int | Unset): The page to return, counted from 1. Default: 1.
        per_page (int | Unset): How many records to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryPage]
    """

    kwargs = _get_kwargs(
        is_owned=is_owned,
        tag=tag,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    is_owned: bool | Unset = UNSET,
    tag: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Error | QueryPage | None:
    """List the queries the caller can see

     Returns the queries the caller owns or that are shared with it, a page at a time.

    Args:
        is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
            shared with it.
        tag (str | Unset): Only queries with this tag.
        page (int | Unset): The page to return, counted from 1. Default: 1.
        per_page (int | Unset): How many records to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            is_owned=is_owned,
            tag=tag,
            page=page,
            per_page=per_page,
        )
    ).parsed
