from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.attribute_mapping import AttributeMapping
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    mapping_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mappings/{mapping_id}".format(
            mapping_id=quote(str(mapping_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttributeMapping | Error | None:
    if response.status_code == 200:
        response_200 = AttributeMapping.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[AttributeMapping | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_mapping", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AttributeMapping | Error]:
    """Get a mapping

     Returns one mapping.

    Args:
        mapping_id (UUID): The mapping's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeMapping | Error]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AttributeMapping | Error | None:
    """Get a mapping

     Returns one mapping.

    Args:
        mapping_id (UUID): The mapping's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeMapping | Error
    """

    return sync_detailed(
        mapping_id=mapping_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AttributeMapping | Error]:
    """Get a mapping

     Returns one mapping.

    Args:
        mapping_id (UUID): The mapping's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeMapping | Error]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AttributeMapping | Error | None:
    """Get a mapping

     Returns one mapping.

    Args:
        mapping_id (UUID): The mapping's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeMapping | Error
    """

    return (
        await asyncio_detailed(
            mapping_id=mapping_id,
            client=client,
        )
    ).parsed
