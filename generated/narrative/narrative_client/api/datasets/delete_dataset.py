from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, Unset


def _get_kwargs(
    dataset_id: int,
    *,
    x_narrative_retention_days: str | Unset = "30",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_narrative_retention_days, Unset):
        headers["X-Narrative-Retention-Days"] = x_narrative_retention_days

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/datasets/{dataset_id}".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("delete_dataset", response, error) from error
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
    x_narrative_retention_days: str | Unset = "30",
) -> Response[Any | Error]:
    """Delete a dataset

     Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
    (`X-Narrative-Retention-Days`).

    Args:
        dataset_id (int): The dataset's identifier.
        x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
            after deletion. Defaults to 30. Default: '30'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        x_narrative_retention_days=x_narrative_retention_days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    x_narrative_retention_days: str | Unset = "30",
) -> Any | Error | None:
    """Delete a dataset

     Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
    (`X-Narrative-Retention-Days`).

    Args:
        dataset_id (int): The dataset's identifier.
        x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
            after deletion. Defaults to 30. Default: '30'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        x_narrative_retention_days=x_narrative_retention_days,
    ).parsed


async def asyncio_detailed(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    x_narrative_retention_days: str | Unset = "30",
) -> Response[Any | Error]:
    """Delete a dataset

     Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
    (`X-Narrative-Retention-Days`).

    Args:
        dataset_id (int): The dataset's identifier.
        x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
            after deletion. Defaults to 30. Default: '30'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        x_narrative_retention_days=x_narrative_retention_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: int,
    *,
    client: AuthenticatedClient,
    x_narrative_retention_days: str | Unset = "30",
) -> Any | Error | None:
    """Delete a dataset

     Deletes a dataset for good; this cannot be undone. Its data is kept for a number of days
    (`X-Narrative-Retention-Days`).

    Args:
        dataset_id (int): The dataset's identifier.
        x_narrative_retention_days (str | Unset): For how many days (1 to 30) the data is kept
            after deletion. Defaults to 30. Default: '30'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            x_narrative_retention_days=x_narrative_retention_days,
        )
    ).parsed
