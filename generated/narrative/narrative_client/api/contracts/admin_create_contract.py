from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.contract_create import ContractCreate
from ...models.contract_created import ContractCreated
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: ContractCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/contracts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractCreated | Error | None:
    if response.status_code == 200:
        response_200 = ContractCreated.from_dict(object_member(response.json(), "response_200"))

        return response_200

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
) -> Response[ContractCreated | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("admin_create_contract", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContractCreate,
) -> Response[ContractCreated | Error]:
    """Create a contract (admin)

     Creates a contract for a company, with optional rates.

    Args:
        body (ContractCreate): A new contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractCreated | Error]
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
    body: ContractCreate,
) -> ContractCreated | Error | None:
    """Create a contract (admin)

     Creates a contract for a company, with optional rates.

    Args:
        body (ContractCreate): A new contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractCreated | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContractCreate,
) -> Response[ContractCreated | Error]:
    """Create a contract (admin)

     Creates a contract for a company, with optional rates.

    Args:
        body (ContractCreate): A new contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractCreated | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContractCreate,
) -> ContractCreated | Error | None:
    """Create a contract (admin)

     Creates a contract for a company, with optional rates.

    Args:
        body (ContractCreate): A new contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractCreated | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
