from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.other_connection import OtherConnection
from ...models.other_connection_input import OtherConnectionInput
from ...models.rest_connection import RestConnection
from ...models.rest_connection_input import RestConnectionInput
from ...types import Response


def _get_kwargs(
    *,
    body: OtherConnectionInput | RestConnectionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connections",
    }

    if isinstance(body, RestConnectionInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OtherConnection | RestConnection | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> OtherConnection | RestConnection:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_type_0 = RestConnection.from_dict(
                    object_member(data, "/components/schemas/Connection_type_0")
                )

                return componentsschemas_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("response_201", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_connection_type_1 = OtherConnection.from_dict(
                object_member(data, "/components/schemas/Connection_type_1")
            )

            return componentsschemas_connection_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

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
) -> Response[Error | OtherConnection | RestConnection]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("create_connection", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OtherConnectionInput | RestConnectionInput,
) -> Response[Error | OtherConnection | RestConnection]:
    """Create a connection

     Saves a new connection and returns it as stored, with its identifier, secrets masked.

    Args:
        body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
            `name`, and the settings object named after its type (`rest` for a
            REST API connection). A connection of another type is accepted with its own settings
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtherConnection | RestConnection]
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
    body: OtherConnectionInput | RestConnectionInput,
) -> Error | OtherConnection | RestConnection | None:
    """Create a connection

     Saves a new connection and returns it as stored, with its identifier, secrets masked.

    Args:
        body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
            `name`, and the settings object named after its type (`rest` for a
            REST API connection). A connection of another type is accepted with its own settings
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtherConnection | RestConnection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OtherConnectionInput | RestConnectionInput,
) -> Response[Error | OtherConnection | RestConnection]:
    """Create a connection

     Saves a new connection and returns it as stored, with its identifier, secrets masked.

    Args:
        body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
            `name`, and the settings object named after its type (`rest` for a
            REST API connection). A connection of another type is accepted with its own settings
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtherConnection | RestConnection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OtherConnectionInput | RestConnectionInput,
) -> Error | OtherConnection | RestConnection | None:
    """Create a connection

     Saves a new connection and returns it as stored, with its identifier, secrets masked.

    Args:
        body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
            `name`, and the settings object named after its type (`rest` for a
            REST API connection). A connection of another type is accepted with its own settings
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtherConnection | RestConnection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
