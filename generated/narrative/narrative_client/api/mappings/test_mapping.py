from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mapped_records import MappedRecords
from ...models.mapping_create import MappingCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MappingCreate,
    size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mappings/test",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MappedRecords | None:
    if response.status_code == 200:
        response_200 = MappedRecords.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MappedRecords]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("test_mapping", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MappingCreate,
    size: int | Unset = UNSET,
) -> Response[Error | MappedRecords]:
    """Try a mapping that does not exist yet

     Returns sample rows of a dataset mapped by the definition sent, without saving it.

    Args:
        size (int | Unset): How many rows to sample, at most 1000.
        body (MappingCreate): A new mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MappedRecords]
    """

    kwargs = _get_kwargs(
        body=body,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MappingCreate,
    size: int | Unset = UNSET,
) -> Error | MappedRecords | None:
    """Try a mapping that does not exist yet

     Returns sample rows of a dataset mapped by the definition sent, without saving it.

    Args:
        size (int | Unset): How many rows to sample, at most 1000.
        body (MappingCreate): A new mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MappedRecords
    """

    return sync_detailed(
        client=client,
        body=body,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MappingCreate,
    size: int | Unset = UNSET,
) -> Response[Error | MappedRecords]:
    """Try a mapping that does not exist yet

     Returns sample rows of a dataset mapped by the definition sent, without saving it.

    Args:
        size (int | Unset): How many rows to sample, at most 1000.
        body (MappingCreate): A new mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MappedRecords]
    """

    kwargs = _get_kwargs(
        body=body,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MappingCreate,
    size: int | Unset = UNSET,
) -> Error | MappedRecords | None:
    """Try a mapping that does not exist yet

     Returns sample rows of a dataset mapped by the definition sent, without saving it.

    Args:
        size (int | Unset): How many rows to sample, at most 1000.
        body (MappingCreate): A new mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MappedRecords
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            size=size,
        )
    ).parsed
