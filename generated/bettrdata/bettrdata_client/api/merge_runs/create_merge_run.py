from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.merge_run import MergeRun
from ...models.merge_run_record import MergeRunRecord
from ...types import Response


def _get_kwargs(
    *,
    body: MergeRun,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mergerun",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MergeRunRecord | None:
    if response.status_code == 200:
        response_200 = MergeRunRecord.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(object_member(response.json(), "response_403"))

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(object_member(response.json(), "response_500"))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MergeRunRecord]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("create_merge_run", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeRun,
) -> Response[Error | MergeRunRecord]:
    """Create a merge run

     Creates a job that combines several converted datafiles into one output. Each input takes a role:
    `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
    `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
    records that share a key with them.

    Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
    `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
    is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
    `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
    one.

    The job starts at once when `ready` is true.

    Args:
        body (MergeRun): A merge job's definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeRunRecord]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MergeRun,
) -> Error | MergeRunRecord | None:
    """Create a merge run

     Creates a job that combines several converted datafiles into one output. Each input takes a role:
    `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
    `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
    records that share a key with them.

    Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
    `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
    is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
    `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
    one.

    The job starts at once when `ready` is true.

    Args:
        body (MergeRun): A merge job's definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MergeRunRecord
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MergeRun,
) -> Response[Error | MergeRunRecord]:
    """Create a merge run

     Creates a job that combines several converted datafiles into one output. Each input takes a role:
    `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
    `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
    records that share a key with them.

    Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
    `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
    is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
    `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
    one.

    The job starts at once when `ready` is true.

    Args:
        body (MergeRun): A merge job's definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MergeRunRecord]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MergeRun,
) -> Error | MergeRunRecord | None:
    """Create a merge run

     Creates a job that combines several converted datafiles into one output. Each input takes a role:
    `UNION` files supply the records to work on; `OMIT` files remove records that share a key with them;
    `SELECT` files keep only records that share a key with them; `JOIN` files add a flag or value to
    records that share a key with them.

    Within a file, `mergeDetails.segments` split the records into ordered windows, and each window's
    `take` picks records by strategy: everything, the top N, or every Nth record so that the selection
    is spread evenly. Across files, `priority` orders the inputs (lower runs first) and
    `suppressPriorSelections` keeps a record chosen from one file from being chosen again from a later
    one.

    The job starts at once when `ready` is true.

    Args:
        body (MergeRun): A merge job's definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MergeRunRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
