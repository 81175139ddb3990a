from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.app_profile import AppProfile
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    installation_id: UUID,
    app_profile_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/installations/{installation_id}/profiles/{app_profile_id}".format(
            installation_id=quote(str(installation_id), safe=""),
            app_profile_id=quote(str(app_profile_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppProfile | Error | None:
    if response.status_code == 200:
        response_200 = AppProfile.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppProfile | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_profile", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    installation_id: UUID,
    app_profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AppProfile | Error]:
    """Get an app profile

     Returns one profile.

    Args:
        installation_id (UUID): The app installation's identifier.
        app_profile_id (UUID): The app profile's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppProfile | Error]
    """

    kwargs = _get_kwargs(
        installation_id=installation_id,
        app_profile_id=app_profile_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    installation_id: UUID,
    app_profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AppProfile | Error | None:
    """Get an app profile

     Returns one profile.

    Args:
        installation_id (UUID): The app installation's identifier.
        app_profile_id (UUID): The app profile's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppProfile | Error
    """

    return sync_detailed(
        installation_id=installation_id,
        app_profile_id=app_profile_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    installation_id: UUID,
    app_profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AppProfile | Error]:
    """Get an app profile

     Returns one profile.

    Args:
        installation_id (UUID): The app installation's identifier.
        app_profile_id (UUID): The app profile's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppProfile | Error]
    """

    kwargs = _get_kwargs(
        installation_id=installation_id,
        app_profile_id=app_profile_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    installation_id: UUID,
    app_profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AppProfile | Error | None:
    """Get an app profile

     Returns one profile.

    Args:
        installation_id (UUID): The app installation's identifier.
        app_profile_id (UUID): The app profile's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppProfile | Error
    """

    return (
        await asyncio_detailed(
            installation_id=installation_id,
            app_profile_id=app_profile_id,
            client=client,
        )
    ).parsed
