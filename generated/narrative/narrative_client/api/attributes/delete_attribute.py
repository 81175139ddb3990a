from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    attribute_name_or_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/attributes/{attribute_name_or_id}".format(
            attribute_name_or_id=quote(str(attribute_name_or_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("delete_attribute", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete an attribute

     Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        attribute_name_or_id=attribute_name_or_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete an attribute

     Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        attribute_name_or_id=attribute_name_or_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete an attribute

     Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        attribute_name_or_id=attribute_name_or_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete an attribute

     Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            attribute_name_or_id=attribute_name_or_id,
            client=client,
        )
    ).parsed
