from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.expire_everything import ExpireEverything
from ...models.retain_everything import RetainEverything
from ...models.retention_preview import RetentionPreview
from ...types import Response


def _get_kwargs(
    dataset_id: int,
    *,
    body: ExpireEverything | RetainEverything,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{dataset_id}/retention-policy/preview".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    if isinstance(body, RetainEverything):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RetentionPreview | None:
    if response.status_code == 200:
        response_200 = RetentionPreview.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[Error | RetentionPreview]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("preview_retention_policy", response, error) from error
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
    body: ExpireEverything | RetainEverything,
) -> Response[Error | RetentionPreview]:
    """Preview a retention policy

     Lists the snapshots that a retention policy would expire, without applying it.

    Args:
        dataset_id (int): The dataset's identifier.
        body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
            apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RetentionPreview]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    body: ExpireEverything | RetainEverything,
) -> Error | RetentionPreview | None:
    """Preview a retention policy

     Lists the snapshots that a retention policy would expire, without applying it.

    Args:
        dataset_id (int): The dataset's identifier.
        body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
            apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RetentionPreview
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    body: ExpireEverything | RetainEverything,
) -> Response[Error | RetentionPreview]:
    """Preview a retention policy

     Lists the snapshots that a retention policy would expire, without applying it.

    Args:
        dataset_id (int): The dataset's identifier.
        body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
            apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RetentionPreview]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    body: ExpireEverything | RetainEverything,
) -> Error | RetentionPreview | None:
    """Preview a retention policy

     Lists the snapshots that a retention policy would expire, without applying it.

    Args:
        dataset_id (int): The dataset's identifier.
        body (ExpireEverything | RetainEverything): Which of a dataset's snapshots are kept, told
            apart by `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RetentionPreview
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
