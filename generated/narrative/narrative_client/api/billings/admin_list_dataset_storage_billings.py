from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import array_member, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.dataset_storage_billing import DatasetStorageBilling
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/billings/dataset-storage-billing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DatasetStorageBilling] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:
            response_200_item = DatasetStorageBilling.from_dict(
                object_member(response_200_item_data, "response_200_item")
            )

            response_200.append(response_200_item)

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
) -> Response[Error | list[DatasetStorageBilling]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("admin_list_dataset_storage_billings", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | list[DatasetStorageBilling]]:
    """List dataset storage billing (admin)

     Lists the monthly storage billing of datasets of every company, a page at a time.

    Args:
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DatasetStorageBilling]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | list[DatasetStorageBilling] | None:
    """List dataset storage billing (admin)

     Lists the monthly storage billing of datasets of every company, a page at a time.

    Args:
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DatasetStorageBilling]
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | list[DatasetStorageBilling]]:
    """List dataset storage billing (admin)

     Lists the monthly storage billing of datasets of every company, a page at a time.

    Args:
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DatasetStorageBilling]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | list[DatasetStorageBilling] | None:
    """List dataset storage billing (admin)

     Lists the monthly storage billing of datasets of every company, a page at a time.

    Args:
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DatasetStorageBilling]
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            offset=offset,
        )
    ).parsed
