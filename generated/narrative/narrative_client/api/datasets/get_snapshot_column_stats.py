from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.snapshot_metrics import SnapshotMetrics
from ...types import Response


def _get_kwargs(
    dataset_id: int,
    snapshot_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{dataset_id}/snapshots/{snapshot_id}/column-stats".format(
            dataset_id=quote(str(dataset_id), safe=""),
            snapshot_id=quote(str(snapshot_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SnapshotMetrics | None:
    if response.status_code == 200:
        response_200 = SnapshotMetrics.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[Error | SnapshotMetrics]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_snapshot_column_stats", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    dataset_id: int,
    snapshot_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SnapshotMetrics]:
    """Get a snapshot's column metrics

     Returns the column metrics of one snapshot.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotMetrics]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    snapshot_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | SnapshotMetrics | None:
    """Get a snapshot's column metrics

     Returns the column metrics of one snapshot.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotMetrics
    """

    return sync_detailed(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    snapshot_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SnapshotMetrics]:
    """Get a snapshot's column metrics

     Returns the column metrics of one snapshot.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotMetrics]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    snapshot_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | SnapshotMetrics | None:
    """Get a snapshot's column metrics

     Returns the column metrics of one snapshot.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotMetrics
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            snapshot_id=snapshot_id,
            client=client,
        )
    ).parsed
