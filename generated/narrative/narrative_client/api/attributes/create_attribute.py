from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import MemberTypeError, json_kind, response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.array_attribute import ArrayAttribute
from ...models.error import Error
from ...models.object_attribute import ObjectAttribute
from ...models.primitive_attribute import PrimitiveAttribute
from ...types import Response


def _get_kwargs(
    *,
    body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/attributes",
    }

    if isinstance(body, ObjectAttribute):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ArrayAttribute):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

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
        raise response_validation_error("create_attribute", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
) -> Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]:
    """Create an attribute

     Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

    Args:
        body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
            data point sold on the marketplace. Its `type` tells its shape.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]
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
    body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error | None:
    """Create an attribute

     Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

    Args:
        body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
            data point sold on the marketplace. Its `type` tells its shape.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
) -> Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]:
    """Create an attribute

     Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

    Args:
        body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
            data point sold on the marketplace. Its `type` tells its shape.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error | None:
    """Create an attribute

     Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

    Args:
        body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
            data point sold on the marketplace. Its `type` tells its shape.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrayAttribute | ObjectAttribute | PrimitiveAttribute | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
