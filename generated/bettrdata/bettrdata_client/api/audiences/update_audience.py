from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.bds_order import BDSOrder
from ...models.bds_order_record import BDSOrderRecord
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: BDSOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/audience/update/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BDSOrderRecord | Error | None:
    if response.status_code == 200:
        response_200 = BDSOrderRecord.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[BDSOrderRecord | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("update_audience", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BDSOrder,
) -> Response[BDSOrderRecord | Error]:
    """Replace a BD Select order

     Replaces an existing BD Select order with the order sent.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        body (BDSOrder): A BD Select order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BDSOrderRecord | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BDSOrder,
) -> BDSOrderRecord | Error | None:
    """Replace a BD Select order

     Replaces an existing BD Select order with the order sent.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        body (BDSOrder): A BD Select order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BDSOrderRecord | Error
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BDSOrder,
) -> Response[BDSOrderRecord | Error]:
    """Replace a BD Select order

     Replaces an existing BD Select order with the order sent.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        body (BDSOrder): A BD Select order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BDSOrderRecord | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: BDSOrder,
) -> BDSOrderRecord | Error | None:
    """Replace a BD Select order

     Replaces an existing BD Select order with the order sent.

    Args:
        order_id (str): The `_id` of an existing BD Select order.
        body (BDSOrder): A BD Select order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BDSOrderRecord | Error
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
