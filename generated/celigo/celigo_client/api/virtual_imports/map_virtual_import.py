from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import array_member, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record import Record
from ...models.virtual_import_request import VirtualImportRequest
from ...types import Response


def _get_kwargs(
    field_id: str,
    *,
    body: VirtualImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connections/{field_id}/import/map".format(
            field_id=quote(str(field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Record] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:
            response_200_item = Record.from_dict(object_member(response_200_item_data, "response_200_item"))

            response_200.append(response_200_item)

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
) -> Response[Error | list[Record]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("map_virtual_import", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: VirtualImportRequest,
) -> Response[Error | list[Record]]:
    """Run only the mapping step of a virtual import

     Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
    sending anything to the application. Each field mapping writes, at `generate`, the record's value at
    `extract`, or `hardCodedValue` when it has one.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).
        body (VirtualImportRequest): A virtual import to run, and the records to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Record]]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: VirtualImportRequest,
) -> Error | list[Record] | None:
    """Run only the mapping step of a virtual import

     Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
    sending anything to the application. Each field mapping writes, at `generate`, the record's value at
    `extract`, or `hardCodedValue` when it has one.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).
        body (VirtualImportRequest): A virtual import to run, and the records to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Record]
    """

    return sync_detailed(
        field_id=field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: VirtualImportRequest,
) -> Response[Error | list[Record]]:
    """Run only the mapping step of a virtual import

     Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
    sending anything to the application. Each field mapping writes, at `generate`, the record's value at
    `extract`, or `hardCodedValue` when it has one.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).
        body (VirtualImportRequest): A virtual import to run, and the records to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Record]]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_id: str,
    *,
    client: AuthenticatedClient,
    body: VirtualImportRequest,
) -> Error | list[Record] | None:
    """Run only the mapping step of a virtual import

     Applies `import.mapping` to each record of `data` and returns the mapped records, in order, without
    sending anything to the application. Each field mapping writes, at `generate`, the record's value at
    `extract`, or `hardCodedValue` when it has one.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).
        body (VirtualImportRequest): A virtual import to run, and the records to import.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Record]
    """

    return (
        await asyncio_detailed(
            field_id=field_id,
            client=client,
            body=body,
        )
    ).parsed
