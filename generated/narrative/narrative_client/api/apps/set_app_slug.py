from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.app_slug import AppSlug
from ...models.app_slug_update import AppSlugUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    app_id: int,
    *,
    body: AppSlugUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/admin/apps/{app_id}/slug".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AppSlug | Error | None:
    if response.status_code == 200:
        response_200 = AppSlug.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AppSlug | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("set_app_slug", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_id: int,
    *,
    client: AuthenticatedClient,
    body: AppSlugUpdate,
) -> Response[AppSlug | Error]:
    """Set an app's slug

     Sets the slug of an app. A slug can be set only once, when it is still null.

    Args:
        app_id (int): The app's identifier.
        body (AppSlugUpdate): A new slug for an app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppSlug | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: int,
    *,
    client: AuthenticatedClient,
    body: AppSlugUpdate,
) -> AppSlug | Error | None:
    """Set an app's slug

     Sets the slug of an app. A slug can be set only once, when it is still null.

    Args:
        app_id (int): The app's identifier.
        body (AppSlugUpdate): A new slug for an app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppSlug | Error
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: int,
    *,
    client: AuthenticatedClient,
    body: AppSlugUpdate,
) -> Response[AppSlug | Error]:
    """Set an app's slug

     Sets the slug of an app. A slug can be set only once, when it is still null.

    Args:
        app_id (int): The app's identifier.
        body (AppSlugUpdate): A new slug for an app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppSlug | Error]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: int,
    *,
    client: AuthenticatedClient,
    body: AppSlugUpdate,
) -> AppSlug | Error | None:
    """Set an app's slug

     Sets the slug of an app. A slug can be set only once, when it is still null.

    Args:
        app_id (int): The app's identifier.
        body (AppSlugUpdate): A new slug for an app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppSlug | Error
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
