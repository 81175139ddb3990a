from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.registration_status import RegistrationStatus
from ...models.registration_status_request import RegistrationStatusRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RegistrationStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authentication/registration-status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistrationStatus | None:
    if response.status_code == 200:
        response_200 = RegistrationStatus.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegistrationStatus]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_registration_status", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegistrationStatusRequest,
) -> Response[Error | RegistrationStatus]:
    """Check a Stytch user's registration status

     Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
    opens a Stytch session for the login and register operations.

    Args:
        body (RegistrationStatusRequest): A Stytch token to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistrationStatus]
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
    client: AuthenticatedClient | Client,
    body: RegistrationStatusRequest,
) -> Error | RegistrationStatus | None:
    """Check a Stytch user's registration status

     Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
    opens a Stytch session for the login and register operations.

    Args:
        body (RegistrationStatusRequest): A Stytch token to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistrationStatus
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegistrationStatusRequest,
) -> Response[Error | RegistrationStatus]:
    """Check a Stytch user's registration status

     Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
    opens a Stytch session for the login and register operations.

    Args:
        body (RegistrationStatusRequest): A Stytch token to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistrationStatus]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegistrationStatusRequest,
) -> Error | RegistrationStatus | None:
    """Check a Stytch user's registration status

     Tells whether the user of a Stytch Magic Links or OAuth token is fully registered on Narrative, and
    opens a Stytch session for the login and register operations.

    Args:
        body (RegistrationStatusRequest): A Stytch token to check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistrationStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
