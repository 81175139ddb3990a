from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.delivery_command_list import DeliveryCommandList
from ...models.download_url import DownloadUrl
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    delivery_id: int,
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/app/commands/delivery/{delivery_id}/download/{filename}".format(
            delivery_id=quote(str(delivery_id), safe=""),
            filename=quote(str(filename), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryCommandList | DownloadUrl | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DeliveryCommandList | DownloadUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DownloadUrl.from_dict(object_member(data, "response_200_type_0"))

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("response_200", f"an object is due, the answer has {json_kind(data)}")
            response_200_type_1 = DeliveryCommandList.from_dict(object_member(data, "response_200_type_1"))

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeliveryCommandList | DownloadUrl | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_delivery_file_download_url", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    delivery_id: int,
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeliveryCommandList | DownloadUrl | Error]:
    """Get a download URL for a delivery file (app)

     Generates a download URL for one file of a delivery.

    Args:
        delivery_id (int): The delivery record's identifier.
        filename (str): The delivery file's name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryCommandList | DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    delivery_id: int,
    filename: str,
    *,
    client: AuthenticatedClient,
) -> DeliveryCommandList | DownloadUrl | Error | None:
    """Get a download URL for a delivery file (app)

     Generates a download URL for one file of a delivery.

    Args:
        delivery_id (int): The delivery record's identifier.
        filename (str): The delivery file's name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryCommandList | DownloadUrl | Error
    """

    return sync_detailed(
        delivery_id=delivery_id,
        filename=filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    delivery_id: int,
    filename: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeliveryCommandList | DownloadUrl | Error]:
    """Get a download URL for a delivery file (app)

     Generates a download URL for one file of a delivery.

    Args:
        delivery_id (int): The delivery record's identifier.
        filename (str): The delivery file's name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryCommandList | DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    delivery_id: int,
    filename: str,
    *,
    client: AuthenticatedClient,
) -> DeliveryCommandList | DownloadUrl | Error | None:
    """Get a download URL for a delivery file (app)

     Generates a download URL for one file of a delivery.

    Args:
        delivery_id (int): The delivery record's identifier.
        filename (str): The delivery file's name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryCommandList | DownloadUrl | Error
    """

    return (
        await asyncio_detailed(
            delivery_id=delivery_id,
            filename=filename,
            client=client,
        )
    ).parsed
