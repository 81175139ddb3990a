from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.profile_store_schema_version import ProfileStoreSchemaVersion
from ...models.put_profile_store_schema_body import PutProfileStoreSchemaBody
from ...types import Response


def _get_kwargs(
    app_slug: str,
    *,
    body: PutProfileStoreSchemaBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/apps/{app_slug}/manifest/profile-store-schema".format(
            app_slug=quote(str(app_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
        raise response_validation_error("put_profile_store_schema", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_slug: str,
    *,
    client: AuthenticatedClient,
    body: PutProfileStoreSchemaBody,
) -> Response[Error | ProfileStoreSchemaVersion]:
    """Submit an app's profile-store schema

     Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
    submission makes a new version.

    Args:
        app_slug (str): The app's unique name.
        body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileStoreSchemaVersion]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_slug: str,
    *,
    client: AuthenticatedClient,
    body: PutProfileStoreSchemaBody,
) -> Error | ProfileStoreSchemaVersion | None:
    """Submit an app's profile-store schema

     Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
    submission makes a new version.

    Args:
        app_slug (str): The app's unique name.
        body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileStoreSchemaVersion
    """

    return sync_detailed(
        app_slug=app_slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_slug: str,
    *,
    client: AuthenticatedClient,
    body: PutProfileStoreSchemaBody,
) -> Response[Error | ProfileStoreSchemaVersion]:
    """Submit an app's profile-store schema

     Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
    submission makes a new version.

    Args:
        app_slug (str): The app's unique name.
        body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProfileStoreSchemaVersion]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_slug: str,
    *,
    client: AuthenticatedClient,
    body: PutProfileStoreSchemaBody,
) -> Error | ProfileStoreSchemaVersion | None:
    """Submit an app's profile-store schema

     Creates or replaces the JSON Schema (version 2019-09) that an app's profile store uses; each
    submission makes a new version.

    Args:
        app_slug (str): The app's unique name.
        body (PutProfileStoreSchemaBody): A JSON Schema (2019-09): any JSON object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProfileStoreSchemaVersion
    """

    return (
        await asyncio_detailed(
            app_slug=app_slug,
            client=client,
            body=body,
        )
    ).parsed
