from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.count_execution import CountExecution
from ...models.count_request import CountRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    order_id: str,
    query_name: str,
    *,
    body: CountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audience/count/{order_id}/{query_name}".format(
            order_id=quote(str(order_id), safe=""),
            query_name=quote(str(query_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CountExecution | Error | None:
    if response.status_code == 200:
        response_200 = CountExecution.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[CountExecution | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("run_count", response, error) from error
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
    body: CountRequest,
) -> Response[CountExecution | Error]:
    """Run a BD Select order's count

     Starts counting the audience of an existing order with one of its source's queries. The answer names
    the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
    count's
    status stream or to cancel it.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        body (CountRequest): Who is starting the count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountExecution | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query_name=query_name,
        body=body,
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
    body: CountRequest,
) -> CountExecution | Error | None:
    """Run a BD Select order's count

     Starts counting the audience of an existing order with one of its source's queries. The answer names
    the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
    count's
    status stream or to cancel it.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        body (CountRequest): Who is starting the count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountExecution | Error
    """

    return sync_detailed(
        order_id=order_id,
        query_name=query_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: CountRequest,
) -> Response[CountExecution | Error]:
    """Run a BD Select order's count

     Starts counting the audience of an existing order with one of its source's queries. The answer names
    the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
    count's
    status stream or to cancel it.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        body (CountRequest): Who is starting the count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountExecution | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query_name=query_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    query_name: str,
    *,
    client: AuthenticatedClient,
    body: CountRequest,
) -> CountExecution | Error | None:
    """Run a BD Select order's count

     Starts counting the audience of an existing order with one of its source's queries. The answer names
    the execution (`executionHash`) and the database it runs on (`dbOrigin`); use both to follow the
    count's
    status stream or to cancel it.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        query_name (str): The name of one of the order's BDS source queries.
        body (CountRequest): Who is starting the count.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountExecution | Error
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            query_name=query_name,
            client=client,
            body=body,
        )
    ).parsed
