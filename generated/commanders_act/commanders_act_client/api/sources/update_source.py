from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.source_document import SourceDocument
from ...models.source_update_document import SourceUpdateDocument
from ...types import Response


def _get_kwargs(
    *,
    body: SourceUpdateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | SourceDocument | None:
    if response.status_code == 200:
        response_200 = SourceDocument.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(object_member(response.json(), "response_404"))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | SourceDocument]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("update_source", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SourceUpdateDocument,
) -> Response[ErrorDocument | SourceDocument]:
    """Update a source

     Updates the source the document's `data` names by its `type` and `id`: the attributes and
    relationships sent replace those of the source, the others stay. Answers the source as stored.

    Args:
        body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
            holding the members to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SourceUpdateDocument,
) -> ErrorDocument | SourceDocument | None:
    """Update a source

     Updates the source the document's `data` names by its `type` and `id`: the attributes and
    relationships sent replace those of the source, the others stay. Answers the source as stored.

    Args:
        body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
            holding the members to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SourceUpdateDocument,
) -> Response[ErrorDocument | SourceDocument]:
    """Update a source

     Updates the source the document's `data` names by its `type` and `id`: the attributes and
    relationships sent replace those of the source, the others stay. Answers the source as stored.

    Args:
        body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
            holding the members to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SourceUpdateDocument,
) -> ErrorDocument | SourceDocument | None:
    """Update a source

     Updates the source the document's `data` names by its `type` and `id`: the attributes and
    relationships sent replace those of the source, the others stay. Answers the source as stored.

    Args:
        body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
            holding the members to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
