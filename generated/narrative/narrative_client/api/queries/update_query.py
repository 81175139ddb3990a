from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query import Query
from ...models.query_update import QueryUpdate
from ...types import Response


def _get_kwargs(
    query_id: UUID,
    *,
    body: QueryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/queries/{query_id}".format(
            query_id=quote(str(query_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Query | None:
    if response.status_code == 200:
        response_200 = Query.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Query]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("update_query", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    query_id: UUID,
    *,
    client: AuthenticatedClient,
    body: QueryUpdate,
) -> Response[Error | Query]:
    """Update a query

     Changes the fields sent of a query; the others stay as they are.

    Args:
        query_id (UUID): The query's identifier.
        body (QueryUpdate): The query's fields to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Query]
    """

    kwargs = _get_kwargs(
        query_id=query_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    query_id: UUID,
    *,
    client: AuthenticatedClient,
    body: QueryUpdate,
) -> Error | Query | None:
    """Update a query

     Changes the fields sent of a query; the others stay as they are.

    Args:
        query_id (UUID): The query's identifier.
        body (QueryUpdate): The query's fields to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Query
    """

    return sync_detailed(
        query_id=query_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    query_id: UUID,
    *,
    client: AuthenticatedClient,
    body: QueryUpdate,
) -> Response[Error | Query]:
    """Update a query

     Changes the fields sent of a query; the others stay as they are.

    Args:
        query_id (UUID): The query's identifier.
        body (QueryUpdate): The query's fields to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Query]
    """

    kwargs = _get_kwargs(
        query_id=query_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_id: UUID,
    *,
    client: AuthenticatedClient,
    body: QueryUpdate,
) -> Error | Query | None:
    """Update a query

     Changes the fields sent of a query; the others stay as they are.

    Args:
        query_id (UUID): The query's identifier.
        body (QueryUpdate): The query's fields to change; those left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Query
    """

    return (
        await asyncio_detailed(
            query_id=query_id,
            client=client,
            body=body,
        )
    ).parsed
