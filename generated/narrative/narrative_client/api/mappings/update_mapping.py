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
from ...models.mapping_update import MappingUpdate
from ...types import Response


def _get_kwargs(
    mapping_id: UUID,
    *,
    body: MappingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/mappings/{mapping_id}".format(
            mapping_id=quote(str(mapping_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
        raise response_validation_error("update_mapping", response, error) from error
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
    body: MappingUpdate,
) -> Response[AttributeMapping | Error]:
    """Update a mapping

     Replaces the definition of a mapping. Its attribute and dataset cannot change.

    Args:
        mapping_id (UUID): The mapping's identifier.
        body (MappingUpdate): A mapping's new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeMapping | Error]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MappingUpdate,
) -> AttributeMapping | Error | None:
    """Update a mapping

     Replaces the definition of a mapping. Its attribute and dataset cannot change.

    Args:
        mapping_id (UUID): The mapping's identifier.
        body (MappingUpdate): A mapping's new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeMapping | Error
    """

    return sync_detailed(
        mapping_id=mapping_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MappingUpdate,
) -> Response[AttributeMapping | Error]:
    """Update a mapping

     Replaces the definition of a mapping. Its attribute and dataset cannot change.

    Args:
        mapping_id (UUID): The mapping's identifier.
        body (MappingUpdate): A mapping's new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeMapping | Error]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mapping_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MappingUpdate,
) -> AttributeMapping | Error | None:
    """Update a mapping

     Replaces the definition of a mapping. Its attribute and dataset cannot change.

    Args:
        mapping_id (UUID): The mapping's identifier.
        body (MappingUpdate): A mapping's new definition.

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
            body=body,
        )
    ).parsed
