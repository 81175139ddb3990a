from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.snapshot_page import SnapshotPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: int,
    *,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    from_snapshot_id: int | Unset = UNSET,
    until_snapshot_id: int | Unset = UNSET,
    to_snapshot_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["offset"] = offset

    params["timestamp.gte"] = timestamp_gte

    params["timestamp.lt"] = timestamp_lt

    params["timestamp.lte"] = timestamp_lte

    params["from_snapshot_id"] = from_snapshot_id

    params["until_snapshot_id"] = until_snapshot_id

    params["to_snapshot_id"] = to_snapshot_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{dataset_id}/find-snapshots".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SnapshotPage | None:
    if response.status_code == 200:
        response_200 = SnapshotPage.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[Error | SnapshotPage]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("find_dataset_snapshots", response, error) from error
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
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    from_snapshot_id: int | Unset = UNSET,
    until_snapshot_id: int | Unset = UNSET,
    to_snapshot_id: int | Unset = UNSET,
) -> Response[Error | SnapshotPage]:
    """List a dataset's snapshots and their files

     Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
    page at a time.

    Args:
        dataset_id (int): The dataset's identifier.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.
        timestamp_gte (str | Unset): Only snapshots made at or after this time.
        timestamp_lt (str | Unset): Only snapshots made before this time.
        timestamp_lte (str | Unset): Only snapshots made at or before this time.
        from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
        until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
        to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotPage]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        per_page=per_page,
        offset=offset,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        from_snapshot_id=from_snapshot_id,
        until_snapshot_id=until_snapshot_id,
        to_snapshot_id=to_snapshot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    from_snapshot_id: int | Unset = UNSET,
    until_snapshot_id: int | Unset = UNSET,
    to_snapshot_id: int | Unset = UNSET,
) -> Error | SnapshotPage | None:
    """List a dataset's snapshots and their files

     Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
    page at a time.

    Args:
        dataset_id (int): The dataset's identifier.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.
        timestamp_gte (str | Unset): Only snapshots made at or after this time.
        timestamp_lt (str | Unset): Only snapshots made before this time.
        timestamp_lte (str | Unset): Only snapshots made at or before this time.
        from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
        until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
        to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotPage
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        per_page=per_page,
        offset=offset,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        from_snapshot_id=from_snapshot_id,
        until_snapshot_id=until_snapshot_id,
        to_snapshot_id=to_snapshot_id,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    from_snapshot_id: int | Unset = UNSET,
    until_snapshot_id: int | Unset = UNSET,
    to_snapshot_id: int | Unset = UNSET,
) -> Response[Error | SnapshotPage]:
    """List a dataset's snapshots and their files

     Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
    page at a time.

    Args:
        dataset_id (int): The dataset's identifier.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.
        timestamp_gte (str | Unset): Only snapshots made at or after this time.
        timestamp_lt (str | Unset): Only snapshots made before this time.
        timestamp_lte (str | Unset): Only snapshots made at or before this time.
        from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
        until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
        to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotPage]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        per_page=per_page,
        offset=offset,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        from_snapshot_id=from_snapshot_id,
        until_snapshot_id=until_snapshot_id,
        to_snapshot_id=to_snapshot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    offset: int | Unset = 0,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    from_snapshot_id: int | Unset = UNSET,
    until_snapshot_id: int | Unset = UNSET,
    to_snapshot_id: int | Unset = UNSET,
) -> Error | SnapshotPage | None:
    """List a dataset's snapshots and their files

     Lists a dataset's snapshots and the files each added, within an optional time or snapshot range, a
    page at a time.

    Args:
        dataset_id (int): The dataset's identifier.
        per_page (int | Unset): How many records to return.
        offset (int | Unset): How many records to skip; usually the page number times `per_page`.
            Default: 0.
        timestamp_gte (str | Unset): Only snapshots made at or after this time.
        timestamp_lt (str | Unset): Only snapshots made before this time.
        timestamp_lte (str | Unset): Only snapshots made at or before this time.
        from_snapshot_id (int | Unset): Start at this snapshot (included); it must exist.
        until_snapshot_id (int | Unset): End before this snapshot (excluded); it must exist.
        to_snapshot_id (int | Unset): End at this snapshot (included); it must exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotPage
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            per_page=per_page,
            offset=offset,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            from_snapshot_id=from_snapshot_id,
            until_snapshot_id=until_snapshot_id,
            to_snapshot_id=to_snapshot_id,
        )
    ).parsed
