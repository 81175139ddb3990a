from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import query_string, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.get_source_include_item import GetSourceIncludeItem
from ...models.source_document import SourceDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: list[GetSourceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sources/{id}".format(
            id=quote(str(id), safe=""),
        )
        + query_string(params, comma_joined=["include"]),
    }

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
        raise response_validation_error("get_source", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetSourceIncludeItem] | Unset = UNSET,
) -> Response[ErrorDocument | SourceDocument]:
    """Read a source

     Returns one source by its id; `include` works as for the list.

    Args:
        id (int): The source's id.
        include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
            `connector` and `environment` add the related resources to
            the document's `included` list, `health` adds the source's `health` attribute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetSourceIncludeItem] | Unset = UNSET,
) -> ErrorDocument | SourceDocument | None:
    """Read a source

     Returns one source by its id; `include` works as for the list.

    Args:
        id (int): The source's id.
        include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
            `connector` and `environment` add the related resources to
            the document's `included` list, `health` adds the source's `health` attribute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceDocument
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetSourceIncludeItem] | Unset = UNSET,
) -> Response[ErrorDocument | SourceDocument]:
    """Read a source

     Returns one source by its id; `include` works as for the list.

    Args:
        id (int): The source's id.
        include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
            `connector` and `environment` add the related resources to
            the document's `included` list, `health` adds the source's `health` attribute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetSourceIncludeItem] | Unset = UNSET,
) -> ErrorDocument | SourceDocument | None:
    """Read a source

     Returns one source by its id; `include` works as for the list.

    Args:
        id (int): The source's id.
        include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
            `connector` and `environment` add the related resources to
            the document's `included` list, `health` adds the source's `health` attribute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
        )
    ).parsed
