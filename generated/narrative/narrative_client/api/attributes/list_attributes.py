from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.attribute_list import AttributeList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resolve: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resolve"] = resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/attributes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AttributeList | Error | None:
    if response.status_code == 200:
        response_200 = AttributeList.from_dict(object_member(response.json(), "response_200"))

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
) -> Response[AttributeList | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_attributes", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> Response[AttributeList | Error]:
    """List attributes

     Lists every attribute of the platform.

    Args:
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeList | Error]
    """

    kwargs = _get_kwargs(
        resolve=resolve,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> AttributeList | Error | None:
    """List attributes

     Lists every attribute of the platform.

    Args:
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeList | Error
    """

    return sync_detailed(
        client=client,
        resolve=resolve,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> Response[AttributeList | Error]:
    """List attributes

     Lists every attribute of the platform.

    Args:
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeList | Error]
    """

    kwargs = _get_kwargs(
        resolve=resolve,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> AttributeList | Error | None:
    """List attributes

     Lists every attribute of the platform.

    Args:
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            resolve=resolve,
        )
    ).parsed
