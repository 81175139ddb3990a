from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import query_string, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.list_source_catalog_include_item import ListSourceCatalogIncludeItem
from ...models.source_template_collection_document import SourceTemplateCollectionDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[ListSourceCatalogIncludeItem] | Unset = UNSET,
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
        "url": "/source-catalog" + query_string(params, comma_joined=["include"]),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | SourceTemplateCollectionDocument | None:
    if response.status_code == 200:
        response_200 = SourceTemplateCollectionDocument.from_dict(object_member(response.json(), "response_200"))

        return response_200

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
) -> Response[ErrorDocument | SourceTemplateCollectionDocument]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_source_catalog", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include: list[ListSourceCatalogIncludeItem] | Unset = UNSET,
) -> Response[ErrorDocument | SourceTemplateCollectionDocument]:
    """List the catalog of source templates

     Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
    the
    categories of each template come in the document's `included` list.

    Args:
        include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
            document's `included` list, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceTemplateCollectionDocument]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include: list[ListSourceCatalogIncludeItem] | Unset = UNSET,
) -> ErrorDocument | SourceTemplateCollectionDocument | None:
    """List the catalog of source templates

     Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
    the
    categories of each template come in the document's `included` list.

    Args:
        include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
            document's `included` list, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceTemplateCollectionDocument
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include: list[ListSourceCatalogIncludeItem] | Unset = UNSET,
) -> Response[ErrorDocument | SourceTemplateCollectionDocument]:
    """List the catalog of source templates

     Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
    the
    categories of each template come in the document's `included` list.

    Args:
        include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
            document's `included` list, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | SourceTemplateCollectionDocument]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include: list[ListSourceCatalogIncludeItem] | Unset = UNSET,
) -> ErrorDocument | SourceTemplateCollectionDocument | None:
    """List the catalog of source templates

     Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
    the
    categories of each template come in the document's `included` list.

    Args:
        include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
            document's `included` list, comma-separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | SourceTemplateCollectionDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
