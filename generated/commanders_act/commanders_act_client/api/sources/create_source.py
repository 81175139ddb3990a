from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.source_create_document import SourceCreateDocument
from ...models.source_document import SourceDocument
from ...types import Response


def _get_kwargs(
    *,
    body: SourceCreateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | SourceDocument | None:
    if response.status_code == 201:
        response_201 = SourceDocument.from_dict(object_member(response.json(), "response_201"))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(object_member(response.json(), "response_401"))

        return response_401

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
        raise response_validation_error("create_source", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SourceCreateDocument,
) -> Response[ErrorDocument | SourceDocument]:
    """Create a source

     Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
    optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

    Args:
        body (SourceCreateDocument): A new source, its `data` without an `id`.

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
    body: SourceCreateDocument,
) -> ErrorDocument | SourceDocument | None:
    """Create a source

     Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
    optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

    Args:
        body (SourceCreateDocument): A new source, its `data` without an `id`.

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
    body: SourceCreateDocument,
) -> Response[ErrorDocument | SourceDocument]:
    """Create a source

     Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
    optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

    Args:
        body (SourceCreateDocument): A new source, its `data` without an `id`.

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
    body: SourceCreateDocument,
) -> ErrorDocument | SourceDocument | None:
    """Create a source

     Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
    optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

    Args:
        body (SourceCreateDocument): A new source, its `data` without an `id`.

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
