from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mapping_list import MappingList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    attribute_id: list[int] | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_attribute_id: list[int] | Unset = UNSET
    if not isinstance(attribute_id, Unset):
        json_attribute_id = attribute_id

    params["attribute_id"] = json_attribute_id

    json_dataset_id: list[int] | Unset = UNSET
    if not isinstance(dataset_id, Unset):
        json_dataset_id = dataset_id

    params["dataset_id"] = json_dataset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mappings",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MappingList | None:
    if response.status_code == 200:
        response_200 = MappingList.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MappingList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_mappings", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    attribute_id: list[int] | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Response[Error | MappingList]:
    """List mappings

     Returns all mappings, private and global, optionally only those of some attributes or datasets.

    Args:
        attribute_id (list[int] | Unset): Only mappings to these attributes.
        dataset_id (list[int] | Unset): Only mappings from these datasets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MappingList]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        dataset_id=dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    attribute_id: list[int] | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Error | MappingList | None:
    """List mappings

     Returns all mappings, private and global, optionally only those of some attributes or datasets.

    Args:
        attribute_id (list[int] | Unset): Only mappings to these attributes.
        dataset_id (list[int] | Unset): Only mappings from these datasets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MappingList
    """

    return sync_detailed(
        client=client,
        attribute_id=attribute_id,
        dataset_id=dataset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    attribute_id: list[int] | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Response[Error | MappingList]:
    """List mappings

     Returns all mappings, private and global, optionally only those of some attributes or datasets.

    Args:
        attribute_id (list[int] | Unset): Only mappings to these attributes.
        dataset_id (list[int] | Unset): Only mappings from these datasets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MappingList]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        dataset_id=dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    attribute_id: list[int] | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Error | MappingList | None:
    """List mappings

     Returns all mappings, private and global, optionally only those of some attributes or datasets.

    Args:
        attribute_id (list[int] | Unset): Only mappings to these attributes.
        dataset_id (list[int] | Unset): Only mappings from these datasets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MappingList
    """

    return (
        await asyncio_detailed(
            client=client,
            attribute_id=attribute_id,
            dataset_id=dataset_id,
        )
    ).parsed
