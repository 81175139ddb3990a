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
from ...models.profile_store_schema_version import ProfileStoreSchemaVersion
from ...types import Response


def _get_kwargs(
    app_slug: str,
    schema_version_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{app_slug}/manifest/profile-store-schema/{schema_version_id}".format(
            app_slug=quote(str(app_slug), safe=""),
            schema_version_id=quote(str(schema_version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProfileStoreSchemaVersion | None:
    if response.status_code == 200:
        response_200 = ProfileStoreSchemaVersion.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[Error | ProfileStoreSchemaVersion]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_profile_store_schema_version", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_slug: str,
    schema_version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ProfileStoreSchemaVersion]:
    """Get one version of an app's profile-store schema

     Returns one version of the app's profile-store JSON Schema.

    Args:
        app_slug (str): The app's unique name.
        schema_version_id (UUID): The schema version's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileStoreSchemaVersion]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        schema_version_id=schema_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_slug: str,
    schema_version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | ProfileStoreSchemaVersion | None:
    """Get one version of an app's profile-store schema

     Returns one version of the app's profile-store JSON Schema.

    Args:
        app_slug (str): The app's unique name.
        schema_version_id (UUID): The schema version's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileStoreSchemaVersion
    """

    return sync_detailed(
        app_slug=app_slug,
        schema_version_id=schema_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_slug: str,
    schema_version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ProfileStoreSchemaVersion]:
    """Get one version of an app's profile-store schema

     Returns one version of the app's profile-store JSON Schema.

    Args:
        app_slug (str): The app's unique name.
        schema_version_id (UUID): The schema version's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileStoreSchemaVersion]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        schema_version_id=schema_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_slug: str,
    schema_version_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | ProfileStoreSchemaVersion | None:
    """Get one version of an app's profile-store schema

     Returns one version of the app's profile-store JSON Schema.

    Args:
        app_slug (str): The app's unique name.
        schema_version_id (UUID): The schema version's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileStoreSchemaVersion
    """

    return (
        await asyncio_detailed(
            app_slug=app_slug,
            schema_version_id=schema_version_id,
            client=client,
        )
    ).parsed
