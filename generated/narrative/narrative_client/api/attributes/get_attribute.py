from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.array_attribute import ArrayAttribute
from ...models.error import Error
from ...models.object_attribute import ObjectAttribute
from ...models.primitive_attribute import PrimitiveAttribute
from ...types import UNSET, Response, Unset


def _get_kwargs(
    attribute_name_or_id: str,
    *,
    resolve: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resolve"] = resolve

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/attributes/{attribute_name_or_id}".format(
            attribute_name_or_id=quote(str(attribute_name_or_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attribute_type_0 = ObjectAttribute.from_dict(
                    object_member(data, "/components/schemas/Attribute_type_0")
                )

                return componentsschemas_attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attribute_type_1 = ArrayAttribute.from_dict(
                    object_member(data, "/components/schemas/Attribute_type_1")
                )

                return componentsschemas_attribute_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise MemberTypeError("response_200", f"an object is due, the answer has {json_kind(data)}")
            componentsschemas_attribute_type_2 = PrimitiveAttribute.from_dict(
                object_member(data, "/components/schemas/Attribute_type_2")
            )

            return componentsschemas_attribute_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(object_member(response.json(), "response_404"))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("get_attribute", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]:
    """Get an attribute

     Returns one attribute, named by its name or its id, with co-occurrence statistics.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]
    """

    kwargs = _get_kwargs(
        attribute_name_or_id=attribute_name_or_id,
        resolve=resolve,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error | None:
    """Get an attribute

     Returns one attribute, named by its name or its id, with co-occurrence statistics.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error
    """

    return sync_detailed(
        attribute_name_or_id=attribute_name_or_id,
        client=client,
        resolve=resolve,
    ).parsed


async def asyncio_detailed(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]:
    """Get an attribute

     Returns one attribute, named by its name or its id, with co-occurrence statistics.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]
    """

    kwargs = _get_kwargs(
        attribute_name_or_id=attribute_name_or_id,
        resolve=resolve,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attribute_name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    resolve: bool | Unset = True,
) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error | None:
    """Get an attribute

     Returns one attribute, named by its name or its id, with co-occurrence statistics.

    Args:
        attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
        resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error
    """

    return (
        await asyncio_detailed(
            attribute_name_or_id=attribute_name_or_id,
            client=client,
            resolve=resolve,
        )
    ).parsed
