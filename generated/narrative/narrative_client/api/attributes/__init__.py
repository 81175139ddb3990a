"""The attributes operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ..._runtime import (
    AsyncPager,
    AsyncStream,
    Pager,
    RequestOptions,
    Stream,
    aopen_operation_stream,
    async_raw_response,
    open_operation_stream,
    raw_response,
    request_options,
    success,
)
from ..._spec_meta import API
from ...models.array_attribute import ArrayAttribute
from ...models.attribute_list import AttributeList
from ...models.error import Error
from ...models.object_attribute import ObjectAttribute
from ...models.primitive_attribute import PrimitiveAttribute
from ...types import UNSET, Unset
from . import create_attribute as _create_attribute
from . import delete_attribute as _delete_attribute
from . import get_attribute as _get_attribute
from . import list_attribute_references as _list_attribute_references
from . import list_attributes as _list_attributes

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AttributesResource:
    """The attributes operations: `client.attributes.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AttributesResource()"

    def list(
        self,
        *,
        resolve: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeList:
        """List attributes

        Lists every attribute of the platform.

        Args:
            resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

        Returns:
            AttributeList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_attributes.sync_detailed(client=self._client, resolve=resolve)
        return cast("AttributeList", success(response, "list_attributes", (200,)))

    def create(
        self,
        *,
        body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Create an attribute

        Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

        Args:
            body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
                data point sold on the marketplace. Its `type` tells its shape.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_attribute.sync_detailed(client=self._client, body=body)
        return cast(
            "ArrayAttribute | ObjectAttribute | PrimitiveAttribute", success(response, "create_attribute", (200,))
        )

    def get(
        self,
        attribute_name_or_id: str,
        *,
        resolve: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Get an attribute

        Returns one attribute, named by its name or its id, with co-occurrence statistics.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
            resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_attribute.sync_detailed(attribute_name_or_id, client=self._client, resolve=resolve)
        return cast("ArrayAttribute | ObjectAttribute | PrimitiveAttribute", success(response, "get_attribute", (200,)))

    def delete(
        self,
        attribute_name_or_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an attribute

        Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_attribute.sync_detailed(attribute_name_or_id, client=self._client)
        return cast("None", success(response, "delete_attribute", (204,)))

    def list_references(
        self,
        attribute_name_or_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Get an attribute's references

        Returns what the document calls the attribute's references.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_attribute_references.sync_detailed(attribute_name_or_id, client=self._client)
        return cast(
            "ArrayAttribute | ObjectAttribute | PrimitiveAttribute",
            success(response, "list_attribute_references", (200,)),
        )


class AsyncAttributesResource:
    """The attributes operations, awaited: `client.attributes.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAttributesResource()"

    async def list(
        self,
        *,
        resolve: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeList:
        """List attributes

        Lists every attribute of the platform.

        Args:
            resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

        Returns:
            AttributeList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_attributes.asyncio_detailed(client=self._client, resolve=resolve)
        return cast("AttributeList", success(response, "list_attributes", (200,)))

    async def create(
        self,
        *,
        body: ArrayAttribute | ObjectAttribute | PrimitiveAttribute,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Create an attribute

        Creates an attribute. Its `validations` are Spark SQL expressions that every value must satisfy.

        Args:
            body (ArrayAttribute | ObjectAttribute | PrimitiveAttribute): An attribute: a standardized
                data point sold on the marketplace. Its `type` tells its shape.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_attribute.asyncio_detailed(client=self._client, body=body)
        return cast(
            "ArrayAttribute | ObjectAttribute | PrimitiveAttribute", success(response, "create_attribute", (200,))
        )

    async def get(
        self,
        attribute_name_or_id: str,
        *,
        resolve: bool | Unset = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Get an attribute

        Returns one attribute, named by its name or its id, with co-occurrence statistics.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.
            resolve (bool | Unset): Resolve attributes that refer to other attributes. Default: True.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_attribute.asyncio_detailed(attribute_name_or_id, client=self._client, resolve=resolve)
        return cast("ArrayAttribute | ObjectAttribute | PrimitiveAttribute", success(response, "get_attribute", (200,)))

    async def delete(
        self,
        attribute_name_or_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an attribute

        Deletes an attribute for good. It fails while another attribute refers to it, and cannot be undone.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_attribute.asyncio_detailed(attribute_name_or_id, client=self._client)
        return cast("None", success(response, "delete_attribute", (204,)))

    async def list_references(
        self,
        attribute_name_or_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ArrayAttribute | ObjectAttribute | PrimitiveAttribute:
        """Get an attribute's references

        Returns what the document calls the attribute's references.

        Args:
            attribute_name_or_id (str): An attribute's name, or its numeric id written in decimal.

        Returns:
            ArrayAttribute | ObjectAttribute | PrimitiveAttribute

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_attribute_references.asyncio_detailed(attribute_name_or_id, client=self._client)
        return cast(
            "ArrayAttribute | ObjectAttribute | PrimitiveAttribute",
            success(response, "list_attribute_references", (200,)),
        )


class AttributesResourceWithRawResponse:
    """The attributes operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AttributesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.list_references = raw_response(resource.list_references)


class AsyncAttributesResourceWithRawResponse:
    """The attributes operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAttributesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.list_references = async_raw_response(resource.list_references)


__all__ = (
    "AttributesResource",
    "AsyncAttributesResource",
    "AttributesResourceWithRawResponse",
    "AsyncAttributesResourceWithRawResponse",
)
