from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.download_url import DownloadUrl
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    dataset_id: int,
    snapshot_id: int,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{dataset_id}/snapshots/{snapshot_id}/files-added/{file_id}/download".format(
            dataset_id=quote(str(dataset_id), safe=""),
            snapshot_id=quote(str(snapshot_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DownloadUrl | Error | None:
    if response.status_code == 200:
        response_200 = DownloadUrl.from_dict(object_member(response.json(), "response_200"))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DownloadUrl | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_snapshot_file_download_url", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    dataset_id: int,
    snapshot_id: int,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadUrl | Error]:
    """Get a download URL for a snapshot file

     Returns a URL from which one file added by a snapshot can be downloaded.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.
        file_id (str): The file's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    snapshot_id: int,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> DownloadUrl | Error | None:
    """Get a download URL for a snapshot file

     Returns a URL from which one file added by a snapshot can be downloaded.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.
        file_id (str): The file's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | Error
    """

    return sync_detailed(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    snapshot_id: int,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadUrl | Error]:
    """Get a download URL for a snapshot file

     Returns a URL from which one file added by a snapshot can be downloaded.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.
        file_id (str): The file's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        snapshot_id=snapshot_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    snapshot_id: int,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> DownloadUrl | Error | None:
    """Get a download URL for a snapshot file

     Returns a URL from which one file added by a snapshot can be downloaded.

    Args:
        dataset_id (int): The dataset's identifier.
        snapshot_id (int): The snapshot's identifier.
        file_id (str): The file's identifier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            snapshot_id=snapshot_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
