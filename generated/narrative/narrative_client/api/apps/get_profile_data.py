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
from ...models.profile_data import ProfileData
from ...types import Response


def _get_kwargs(
    app_slug: str,
    profile_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{app_slug}/profile-store/${profile_id}".format(
            app_slug=quote(str(app_slug), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ProfileData | None:
    if response.status_code == 200:
        response_200 = ProfileData.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ProfileData]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_profile_data", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_slug: str,
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ProfileData]:
    """Get a profile's data

     Returns the data stored for one profile in the app's profile store.

    Args:
        app_slug (str): The app's unique name.
        profile_id (UUID): The profile's identifier (sent after a literal `$`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileData]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        profile_id=profile_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_slug: str,
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | ProfileData | None:
    """Get a profile's data

     Returns the data stored for one profile in the app's profile store.

    Args:
        app_slug (str): The app's unique name.
        profile_id (UUID): The profile's identifier (sent after a literal `$`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileData
    """

    return sync_detailed(
        app_slug=app_slug,
        profile_id=profile_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_slug: str,
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ProfileData]:
    """Get a profile's data

     Returns the data stored for one profile in the app's profile store.

    Args:
        app_slug (str): The app's unique name.
        profile_id (UUID): The profile's identifier (sent after a literal `$`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileData]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        profile_id=profile_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_slug: str,
    profile_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | ProfileData | None:
    """Get a profile's data

     Returns the data stored for one profile in the app's profile store.

    Args:
        app_slug (str): The app's unique name.
        profile_id (UUID): The profile's identifier (sent after a literal `$`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileData
    """

    return (
        await asyncio_detailed(
            app_slug=app_slug,
            profile_id=profile_id,
            client=client,
        )
    ).parsed
