from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import array_member, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.count_history_entry import CountHistoryEntry
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    query_name: str,
    *,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["executionHash"] = execution_hash

    params["dbOrigin"] = db_origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audience/count/{order_id}/{query_name}".format(
            order_id=quote(str(order_id), safe=""),
            query_name=quote(str(query_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CountHistoryEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:
            response_200_item = CountHistoryEntry.from_dict(object_member(response_200_item_data, "response_200_item"))

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
) -> Response[Error | list[CountHistoryEntry]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_count_history", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> Response[Error | list[CountHistoryEntry]]:
    """List an order's past count results for one query

     Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
    is the `countResultId` with which to read that count's rows.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        execution_hash (str | Unset): Only results of this execution.
        db_origin (str | Unset): Only results computed on this database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CountHistoryEntry]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query_name=query_name,
        execution_hash=execution_hash,
        db_origin=db_origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> Error | list[CountHistoryEntry] | None:
    """List an order's past count results for one query

     Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
    is the `countResultId` with which to read that count's rows.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        execution_hash (str | Unset): Only results of this execution.
        db_origin (str | Unset): Only results computed on this database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CountHistoryEntry]
    """

    return sync_detailed(
        order_id=order_id,
        query_name=query_name,
        client=client,
        execution_hash=execution_hash,
        db_origin=db_origin,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> Response[Error | list[CountHistoryEntry]]:
    """List an order's past count results for one query

     Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
    is the `countResultId` with which to read that count's rows.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        execution_hash (str | Unset): Only results of this execution.
        db_origin (str | Unset): Only results computed on this database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CountHistoryEntry]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query_name=query_name,
        execution_hash=execution_hash,
        db_origin=db_origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    execution_hash: str | Unset = UNSET,
    db_origin: str | Unset = UNSET,
) -> Error | list[CountHistoryEntry] | None:
    """List an order's past count results for one query

     Lists the results of earlier counts of an order with one of its source's queries. Each entry's `_id`
    is the `countResultId` with which to read that count's rows.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        execution_hash (str | Unset): Only results of this execution.
        db_origin (str | Unset): Only results computed on this database.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CountHistoryEntry]
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            query_name=query_name,
            client=client,
            execution_hash=execution_hash,
            db_origin=db_origin,
        )
    ).parsed
