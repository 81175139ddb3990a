from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.snapshot_stats_list import SnapshotStatsList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: int,
    *,
    all_records: bool | Unset = UNSET,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all_records"] = all_records

    params["per_page"] = per_page

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{dataset_id}/stats".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SnapshotStatsList | None:
    if response.status_code == 200:
        response_200 = SnapshotStatsList.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[Error | SnapshotStatsList]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_dataset_stats", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    all_records: bool | Unset = UNSET,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | SnapshotStatsList]:
    """Get a dataset's snapshot statistics

     Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
    is an
    incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
    `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
    returns 100.

    Args:
        dataset_id (int): The dataset's identifier.
        all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotStatsList]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        all_records=all_records,
        per_page=per_page,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    all_records: bool | Unset = UNSET,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | SnapshotStatsList | None:
    """Get a dataset's snapshot statistics

     Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
    is an
    incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
    `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
    returns 100.

    Args:
        dataset_id (int): The dataset's identifier.
        all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotStatsList
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        all_records=all_records,
        per_page=per_page,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    all_records: bool | Unset = UNSET,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[Error | SnapshotStatsList]:
    """Get a dataset's snapshot statistics

     Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
    is an
    incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
    `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
    returns 100.

    Args:
        dataset_id (int): The dataset's identifier.
        all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotStatsList]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        all_records=all_records,
        per_page=per_page,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    all_records: bool | Unset = UNSET,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Error | SnapshotStatsList | None:
    """Get a dataset's snapshot statistics

     Returns summary statistics of a dataset's ingestion snapshots. For `append` datasets each snapshot
    is an
    incremental upload; for `overwrite` datasets each replaces the previous data. Without `per_page` and
    `offset` only the latest summary is returned; `all_records` (kept for backward compatibility)
    returns 100.

    Args:
        dataset_id (int): The dataset's identifier.
        all_records (bool | Unset): If true, return 100 records; if false, only the most recent.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotStatsList
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            all_records=all_records,
            per_page=per_page,
            offset=offset,
        )
    ).parsed
