from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.cognito_initiate_auth_response import CognitoInitiateAuthResponse
from ...models.error import Error
from ...models.get_token_x_amz_target import GetTokenXAmzTarget
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
    x_amz_target: GetTokenXAmzTarget,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Amz-Target"] = str(x_amz_target)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/x-amz-json-1.1"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CognitoInitiateAuthResponse | TokenResponse | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CognitoInitiateAuthResponse | TokenResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_grant_type_0 = TokenResponse.from_dict(
                    object_member(data, "/components/schemas/TokenGrant_type_0")
                )

                return componentsschemas_token_grant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("response_200", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_token_grant_type_1 = CognitoInitiateAuthResponse.from_dict(
                object_member(data, "/components/schemas/TokenGrant_type_1")
            )

            return componentsschemas_token_grant_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[CognitoInitiateAuthResponse | TokenResponse | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_token", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    x_amz_target: GetTokenXAmzTarget,
) -> Response[CognitoInitiateAuthResponse | TokenResponse | Error]:
    """Sign in and obtain a bearer token

     Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
    flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
    idempotent, so a failed call may safely be repeated.

    Args:
        x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
            `AWSCognitoIdentityProviderService.InitiateAuth`.
        body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CognitoInitiateAuthResponse | TokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amz_target=x_amz_target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    x_amz_target: GetTokenXAmzTarget,
) -> CognitoInitiateAuthResponse | TokenResponse | Error | None:
    """Sign in and obtain a bearer token

     Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
    flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
    idempotent, so a failed call may safely be repeated.

    Args:
        x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
            `AWSCognitoIdentityProviderService.InitiateAuth`.
        body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CognitoInitiateAuthResponse | TokenResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        x_amz_target=x_amz_target,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    x_amz_target: GetTokenXAmzTarget,
) -> Response[CognitoInitiateAuthResponse | TokenResponse | Error]:
    """Sign in and obtain a bearer token

     Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
    flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
    idempotent, so a failed call may safely be repeated.

    Args:
        x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
            `AWSCognitoIdentityProviderService.InitiateAuth`.
        body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CognitoInitiateAuthResponse | TokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_amz_target=x_amz_target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    x_amz_target: GetTokenXAmzTarget,
) -> CognitoInitiateAuthResponse | TokenResponse | Error | None:
    """Sign in and obtain a bearer token

     Exchanges a user name and password for a bearer token, using the AWS Cognito `USER_PASSWORD_AUTH`
    flow. The token expires after one hour. The endpoint accepts at most 100 requests per minute and is
    idempotent, so a failed call may safely be repeated.

    Args:
        x_amz_target (GetTokenXAmzTarget): The Cognito operation being called. Always
            `AWSCognitoIdentityProviderService.InitiateAuth`.
        body (TokenRequest): A Cognito `InitiateAuth` request for the user-password flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CognitoInitiateAuthResponse | TokenResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_amz_target=x_amz_target,
        )
    ).parsed
