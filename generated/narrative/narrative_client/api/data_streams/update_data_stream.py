from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.data_stream import DataStream
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    data_stream_id: UUID,
    *,
    body: DataStream,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/data-stream/{data_stream_id}".format(
            data_stream_id=quote(str(data_stream_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataStream | Error | None:
    if response.status_code == 200:
        response_200 = DataStream.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataStream | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("update_data_stream", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    data_stream_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DataStream,
) -> Response[DataStream | Error]:
    """Update a data stream

     Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
    that
    cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
    `content`
    are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
    of the
    owning company may do this.

    Args:
        data_stream_id (UUID): The data stream's identifier.
        body (DataStream): A data stream: data a company offers for sale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStream | Error]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_stream_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DataStream,
) -> DataStream | Error | None:
    """Update a data stream

     Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
    that
    cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
    `content`
    are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
    of the
    owning company may do this.

    Args:
        data_stream_id (UUID): The data stream's identifier.
        body (DataStream): A data stream: data a company offers for sale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStream | Error
    """

    return sync_detailed(
        data_stream_id=data_stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    data_stream_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DataStream,
) -> Response[DataStream | Error]:
    """Update a data stream

     Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
    that
    cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
    `content`
    are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
    of the
    owning company may do this.

    Args:
        data_stream_id (UUID): The data stream's identifier.
        body (DataStream): A data stream: data a company offers for sale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStream | Error]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_stream_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DataStream,
) -> DataStream | Error | None:
    """Update a data stream

     Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
    that
    cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
    `content`
    are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
    of the
    owning company may do this.

    Args:
        data_stream_id (UUID): The data stream's identifier.
        body (DataStream): A data stream: data a company offers for sale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStream | Error
    """

    return (
        await asyncio_detailed(
            data_stream_id=data_stream_id,
            client=client,
            body=body,
        )
    ).parsed
