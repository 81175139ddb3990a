from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error import Error
from ...models.update_access_token_body import UpdateAccessTokenBody
from ...types import Response


def _get_kwargs(
    access_token_id: UUID,
    *,
    body: UpdateAccessTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/access-tokens/tokens/{access_token_id}".format(
            access_token_id=quote(str(access_token_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | Error | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("update_access_token", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    access_token_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateAccessTokenBody,
) -> Response[AccessToken | Error]:
    """Update a system access token

     Changes a system access token's name, permissions or expiry.

    Args:
        access_token_id (UUID): The token's identifier.
        body (UpdateAccessTokenBody): The token's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        access_token_id=access_token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_token_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateAccessTokenBody,
) -> AccessToken | Error | None:
    """Update a system access token

     Changes a system access token's name, permissions or expiry.

    Args:
        access_token_id (UUID): The token's identifier.
        body (UpdateAccessTokenBody): The token's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return sync_detailed(
        access_token_id=access_token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    access_token_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateAccessTokenBody,
) -> Response[AccessToken | Error]:
    """Update a system access token

     Changes a system access token's name, permissions or expiry.

    Args:
        access_token_id (UUID): The token's identifier.
        body (UpdateAccessTokenBody): The token's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        access_token_id=access_token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_token_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateAccessTokenBody,
) -> AccessToken | Error | None:
    """Update a system access token

     Changes a system access token's name, permissions or expiry.

    Args:
        access_token_id (UUID): The token's identifier.
        body (UpdateAccessTokenBody): The token's fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return (
        await asyncio_detailed(
            access_token_id=access_token_id,
            client=client,
            body=body,
        )
    ).parsed
