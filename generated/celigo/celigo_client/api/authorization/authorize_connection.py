from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.other_connection import OtherConnection
from ...models.rest_connection import RestConnection
from ...types import Response


def _get_kwargs(
    field_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connection/{field_id}/oauth2".format(
            field_id=quote(str(field_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OtherConnection | RestConnection | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> OtherConnection | RestConnection:
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
                raise MemberTypeError("response_200", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_connection_type_1 = OtherConnection.from_dict(
                object_member(data, "/components/schemas/Connection_type_1")
            )

            return componentsschemas_connection_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | OtherConnection | RestConnection]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("authorize_connection", response, error) from error
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
) -> Response[Error | OtherConnection | RestConnection]:
    """Authorize a connection with its OAuth 2.0 provider

     Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
    consent
    happens in the browser) and returns the connection, its OAuth tokens masked.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtherConnection | RestConnection]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | OtherConnection | RestConnection | None:
    """Authorize a connection with its OAuth 2.0 provider

     Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
    consent
    happens in the browser) and returns the connection, its OAuth tokens masked.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtherConnection | RestConnection
    """

    return sync_detailed(
        field_id=field_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    field_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OtherConnection | RestConnection]:
    """Authorize a connection with its OAuth 2.0 provider

     Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
    consent
    happens in the browser) and returns the connection, its OAuth tokens masked.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OtherConnection | RestConnection]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | OtherConnection | RestConnection | None:
    """Authorize a connection with its OAuth 2.0 provider

     Completes the OAuth 2.0 authorization of a connection from a third-party portal (the provider's
    consent
    happens in the browser) and returns the connection, its OAuth tokens masked.

    Args:
        field_id (str): The connection's identifier (24 hexadecimal digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OtherConnection | RestConnection
    """

    return (
        await asyncio_detailed(
            field_id=field_id,
            client=client,
        )
    ).parsed
