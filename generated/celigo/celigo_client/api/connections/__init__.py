"""The connections operations: one module per operation, and the resource classes of the client object."""

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
from ...models.error import Error
from ...models.json_patch_operation import JsonPatchOperation
from ...models.other_connection import OtherConnection
from ...models.other_connection_input import OtherConnectionInput
from ...models.rest_connection import RestConnection
from ...models.rest_connection_input import RestConnectionInput
from ...types import UNSET, Unset
from . import create_connection as _create_connection
from . import delete_connection as _delete_connection
from . import get_connection as _get_connection
from . import list_connections as _list_connections
from . import patch_connection as _patch_connection
from . import update_connection as _update_connection

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ConnectionsResource:
    """The connections operations: `client.connections.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ConnectionsResource()"

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[OtherConnection | RestConnection]:
        """List connections

        Returns every connection of the account, secrets masked.

        Returns:
            builtins.list[OtherConnection | RestConnection]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_connections.sync_detailed(client=self._client)
        return cast("builtins.list[OtherConnection | RestConnection]", success(response, "list_connections", (200,)))

    def create(
        self,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Create a connection

        Saves a new connection and returns it as stored, with its identifier, secrets masked.

        Args:
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_connection.sync_detailed(client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "create_connection", (201,)))

    def get(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Get a connection

        Returns one connection, secrets masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_connection.sync_detailed(field_id, client=self._client)
        return cast("OtherConnection | RestConnection", success(response, "get_connection", (200,)))

    def update(
        self,
        field_id: str,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Update a connection

        Replaces a connection with the one sent and returns it as stored, secrets masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_connection.sync_detailed(field_id, client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "update_connection", (200,)))

    def delete(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a connection

        Deletes a connection. Nothing is answered.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_connection.sync_detailed(field_id, client=self._client)
        return cast("None", success(response, "delete_connection", (204,)))

    def patch(
        self,
        field_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Change some fields of a connection

        Applies a JSON Patch document (RFC 6902) to a connection: its operations in order, all or none. The
        patched connection must still be a valid connection. Returns the connection as stored, secrets
        masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (list[JsonPatchOperation]): A JSON Patch document (RFC 6902), applied in order, all
                or none.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _patch_connection.sync_detailed(field_id, client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "patch_connection", (200,)))


class AsyncConnectionsResource:
    """The connections operations, awaited: `client.connections.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncConnectionsResource()"

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[OtherConnection | RestConnection]:
        """List connections

        Returns every connection of the account, secrets masked.

        Returns:
            builtins.list[OtherConnection | RestConnection]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_connections.asyncio_detailed(client=self._client)
        return cast("builtins.list[OtherConnection | RestConnection]", success(response, "list_connections", (200,)))

    async def create(
        self,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Create a connection

        Saves a new connection and returns it as stored, with its identifier, secrets masked.

        Args:
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_connection.asyncio_detailed(client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "create_connection", (201,)))

    async def get(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Get a connection

        Returns one connection, secrets masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_connection.asyncio_detailed(field_id, client=self._client)
        return cast("OtherConnection | RestConnection", success(response, "get_connection", (200,)))

    async def update(
        self,
        field_id: str,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Update a connection

        Replaces a connection with the one sent and returns it as stored, secrets masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_connection.asyncio_detailed(field_id, client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "update_connection", (200,)))

    async def delete(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a connection

        Deletes a connection. Nothing is answered.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_connection.asyncio_detailed(field_id, client=self._client)
        return cast("None", success(response, "delete_connection", (204,)))

    async def patch(
        self,
        field_id: str,
        *,
        body: builtins.list[JsonPatchOperation],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtherConnection | RestConnection:
        """Change some fields of a connection

        Applies a JSON Patch document (RFC 6902) to a connection: its operations in order, all or none. The
        patched connection must still be a valid connection. Returns the connection as stored, secrets
        masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            body (list[JsonPatchOperation]): A JSON Patch document (RFC 6902), applied in order, all
                or none.

        Returns:
            OtherConnection | RestConnection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _patch_connection.asyncio_detailed(field_id, client=self._client, body=body)
        return cast("OtherConnection | RestConnection", success(response, "patch_connection", (200,)))


class ConnectionsResourceWithRawResponse:
    """The connections operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ConnectionsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.patch = raw_response(resource.patch)


class AsyncConnectionsResourceWithRawResponse:
    """The connections operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncConnectionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.patch = async_raw_response(resource.patch)


__all__ = (
    "ConnectionsResource",
    "AsyncConnectionsResource",
    "ConnectionsResourceWithRawResponse",
    "AsyncConnectionsResourceWithRawResponse",
)
