"""The connections operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from uuid import UUID

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
from ...models.connection import Connection
from ...models.connection_create import ConnectionCreate
from ...models.connection_list import ConnectionList
from ...models.error import Error
from ...types import UNSET, Unset
from . import create_connection as _create_connection
from . import delete_connection as _delete_connection
from . import get_connection as _get_connection
from . import list_connections as _list_connections

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ConnectionsResource:
    """The connections operations: `client.connections.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ConnectionsResource()"

    def get(
        self,
        connection_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Get a connection

        Returns one connection.

        Args:
            connection_id (UUID): The connection's identifier.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_connection.sync_detailed(connection_id, client=self._client)
        return cast("Connection", success(response, "get_connection", (200,)))

    def delete(
        self,
        connection_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Delete a connection

        Deletes a connection and returns it as it was.

        Args:
            connection_id (UUID): The connection's identifier.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_connection.sync_detailed(connection_id, client=self._client)
        return cast("Connection", success(response, "delete_connection", (200,)))

    def list(
        self,
        *,
        dataset_id: int,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectionList:
        """List a dataset's connections

        Lists the connections of one dataset.

        Args:
            dataset_id (int): The dataset whose connections to list.

        Returns:
            ConnectionList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_connections.sync_detailed(client=self._client, dataset_id=dataset_id)
        return cast("ConnectionList", success(response, "list_connections", (200,)))

    def create(
        self,
        *,
        body: ConnectionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Create a connection

        Connects a dataset to an app profile, with optional quick settings.

        Args:
            body (ConnectionCreate): A new connection.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_connection.sync_detailed(client=self._client, body=body)
        return cast("Connection", success(response, "create_connection", (200,)))


class AsyncConnectionsResource:
    """The connections operations, awaited: `client.connections.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncConnectionsResource()"

    async def get(
        self,
        connection_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Get a connection

        Returns one connection.

        Args:
            connection_id (UUID): The connection's identifier.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_connection.asyncio_detailed(connection_id, client=self._client)
        return cast("Connection", success(response, "get_connection", (200,)))

    async def delete(
        self,
        connection_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Delete a connection

        Deletes a connection and returns it as it was.

        Args:
            connection_id (UUID): The connection's identifier.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_connection.asyncio_detailed(connection_id, client=self._client)
        return cast("Connection", success(response, "delete_connection", (200,)))

    async def list(
        self,
        *,
        dataset_id: int,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectionList:
        """List a dataset's connections

        Lists the connections of one dataset.

        Args:
            dataset_id (int): The dataset whose connections to list.

        Returns:
            ConnectionList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_connections.asyncio_detailed(client=self._client, dataset_id=dataset_id)
        return cast("ConnectionList", success(response, "list_connections", (200,)))

    async def create(
        self,
        *,
        body: ConnectionCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Connection:
        """Create a connection

        Connects a dataset to an app profile, with optional quick settings.

        Args:
            body (ConnectionCreate): A new connection.

        Returns:
            Connection

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_connection.asyncio_detailed(client=self._client, body=body)
        return cast("Connection", success(response, "create_connection", (200,)))


class ConnectionsResourceWithRawResponse:
    """The connections operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ConnectionsResource) -> None:
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)


class AsyncConnectionsResourceWithRawResponse:
    """The connections operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncConnectionsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)


__all__ = (
    "ConnectionsResource",
    "AsyncConnectionsResource",
    "ConnectionsResourceWithRawResponse",
    "AsyncConnectionsResourceWithRawResponse",
)
