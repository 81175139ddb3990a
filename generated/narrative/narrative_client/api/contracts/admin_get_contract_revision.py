from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.contract_with_details import ContractWithDetails
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
    revision: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/contracts/{contract_id}/{revision}".format(
            contract_id=quote(str(contract_id), safe=""),
            revision=quote(str(revision), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractWithDetails | Error | None:
    if response.status_code == 200:
        response_200 = ContractWithDetails.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[ContractWithDetails | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("admin_get_contract_revision", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    contract_id: UUID,
    revision: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContractWithDetails | Error]:
    """Get a contract revision (admin)

     Returns one revision of a contract, with its rates.

    Args:
        contract_id (UUID): The contract's identifier.
        revision (int): The revision's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractWithDetails | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        revision=revision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: UUID,
    revision: int,
    *,
    client: AuthenticatedClient,
) -> ContractWithDetails | Error | None:
    """Get a contract revision (admin)

     Returns one revision of a contract, with its rates.

    Args:
        contract_id (UUID): The contract's identifier.
        revision (int): The revision's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractWithDetails | Error
    """

    return sync_detailed(
        contract_id=contract_id,
        revision=revision,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: UUID,
    revision: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContractWithDetails | Error]:
    """Get a contract revision (admin)

     Returns one revision of a contract, with its rates.

    Args:
        contract_id (UUID): The contract's identifier.
        revision (int): The revision's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractWithDetails | Error]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        revision=revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: UUID,
    revision: int,
    *,
    client: AuthenticatedClient,
) -> ContractWithDetails | Error | None:
    """Get a contract revision (admin)

     Returns one revision of a contract, with its rates.

    Args:
        contract_id (UUID): The contract's identifier.
        revision (int): The revision's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractWithDetails | Error
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            revision=revision,
            client=client,
        )
    ).parsed
