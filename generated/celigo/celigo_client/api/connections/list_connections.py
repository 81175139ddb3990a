from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import MemberTypeError, array_member, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.other_connection import OtherConnection
from ...models.rest_connection import RestConnection
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[OtherConnection | RestConnection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = array_member(response.json(), "response_200")
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> OtherConnection | RestConnection:
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
                    raise MemberTypeError("response_200_item", f"an object is due, the answer has {json_kind(data)}")
                componentsschemas_connection_type_1 = OtherConnection.from_dict(
                    object_member(data, "/components/schemas/Connection_type_1")
                )

                return componentsschemas_connection_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[OtherConnection | RestConnection]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_connections", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[OtherConnection | RestConnection]]:
    """List connections

     Returns every connection of the account, secrets masked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OtherConnection | RestConnection]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | list[OtherConnection | RestConnection] | None:
    """List connections

     Returns every connection of the account, secrets masked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OtherConnection | RestConnection]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[OtherConnection | RestConnection]]:
    """List connections

     Returns every connection of the account, secrets masked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OtherConnection | RestConnection]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | list[OtherConnection | RestConnection] | None:
    """List connections

     Returns every connection of the account, secrets masked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OtherConnection | RestConnection]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
