from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    execution_hash: str,
    db_origin: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audience/streamresult/{execution_hash}/{db_origin}".format(
            execution_hash=quote(str(execution_hash), safe=""),
            db_origin=quote(str(db_origin), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("stream_count_status", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    execution_hash: str,
    db_origin: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Follow a count's status as a stream

     Answers with a chunked stream that reports the count's status about every three seconds: first
    `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
    result
    appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
    exists). The stream closes after `end` or `error`.

    Each event is one JSON object followed by a newline. The response schema describes one event.

    Args:
        execution_hash (str): The execution's identifier, as returned when the count was started.
        db_origin (str): The database the execution runs on, as returned when the count was
            started.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        execution_hash=execution_hash,
        db_origin=db_origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_hash: str,
    db_origin: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Follow a count's status as a stream

     Answers with a chunked stream that reports the count's status about every three seconds: first
    `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
    result
    appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
    exists). The stream closes after `end` or `error`.

    Each event is one JSON object followed by a newline. The response schema describes one event.

    Args:
        execution_hash (str): The execution's identifier, as returned when the count was started.
        db_origin (str): The database the execution runs on, as returned when the count was
            started.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        execution_hash=execution_hash,
        db_origin=db_origin,
        client=client,
    ).parsed


async def asyncio_detailed(
    execution_hash: str,
    db_origin: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Follow a count's status as a stream

     Answers with a chunked stream that reports the count's status about every three seconds: first
    `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
    result
    appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
    exists). The stream closes after `end` or `error`.

    Each event is one JSON object followed by a newline. The response schema describes one event.

    Args:
        execution_hash (str): The execution's identifier, as returned when the count was started.
        db_origin (str): The database the execution runs on, as returned when the count was
            started.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        execution_hash=execution_hash,
        db_origin=db_origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_hash: str,
    db_origin: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Follow a count's status as a stream

     Answers with a chunked stream that reports the count's status about every three seconds: first
    `started`, then `in progress` while it runs, and finally either `end` (the count finished; its
    result
    appears in the order's count history) or `error` (it failed, was cancelled, or no such execution
    exists). The stream closes after `end` or `error`.

    Each event is one JSON object followed by a newline. The response schema describes one event.

    Args:
        execution_hash (str): The execution's identifier, as returned when the count was started.
        db_origin (str): The database the execution runs on, as returned when the count was
            started.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            execution_hash=execution_hash,
            db_origin=db_origin,
            client=client,
        )
    ).parsed
