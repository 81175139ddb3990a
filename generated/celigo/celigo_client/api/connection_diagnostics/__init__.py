"""The connection_diagnostics operations: one module per operation, and the resource classes of the client object."""

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
from ...models.audit_log_entry import AuditLogEntry
from ...models.debug_log_entry import DebugLogEntry
from ...models.error import Error
from ...models.other_connection_input import OtherConnectionInput
from ...models.ping_result import PingResult
from ...models.rest_connection_input import RestConnectionInput
from ...types import UNSET, Unset
from . import get_connection_audit_log as _get_connection_audit_log
from . import get_connection_debug_log as _get_connection_debug_log
from . import get_connection_resource_debug_log as _get_connection_resource_debug_log
from . import ping_connection as _ping_connection
from . import ping_virtual_connection as _ping_virtual_connection

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ConnectionDiagnosticsResource:
    """The connection_diagnostics operations: `client.connection_diagnostics.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ConnectionDiagnosticsResource()"

    def ping_virtual(
        self,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PingResult:
        """Test a virtual connection

        Tests a connection whose every detail is in the request body, without saving it: integrator.io
        connects with those settings and answers `{"code": 200}` when the application accepted them.

        Args:
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            PingResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _ping_virtual_connection.sync_detailed(client=self._client, body=body)
        return cast("PingResult", success(response, "ping_virtual_connection", (200,)))

    def ping(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PingResult:
        """Test a connection

        Tests that a saved connection is operational; answers `{"code": 200}` when it is.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            PingResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _ping_connection.sync_detailed(field_id, client=self._client)
        return cast("PingResult", success(response, "ping_connection", (200,)))

    def debug_log(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DebugLogEntry]:
        """Get the debug log of a connection

        Returns the debug log of a connection, for every export and import that used it, oldest first.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            builtins.list[DebugLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_connection_debug_log.sync_detailed(field_id, client=self._client)
        return cast("builtins.list[DebugLogEntry]", success(response, "get_connection_debug_log", (200,)))

    def resource_debug_log(
        self,
        field_id: str,
        field_resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DebugLogEntry]:
        """Get the debug log of a connection for one export or import

        Returns the entries of a connection's debug log written for one export or import, oldest first.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            field_resource_id (str): The identifier of the export or import whose log entries are
                wanted.

        Returns:
            builtins.list[DebugLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_connection_resource_debug_log.sync_detailed(
                field_id, field_resource_id, client=self._client
            )
        return cast("builtins.list[DebugLogEntry]", success(response, "get_connection_resource_debug_log", (200,)))

    def audit_log(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AuditLogEntry]:
        """Get the audit log of a connection

        Returns who changed what in a connection and when: one entry per create, update or patch, oldest
        first. Changes to secret fields are listed with their values masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            builtins.list[AuditLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_connection_audit_log.sync_detailed(field_id, client=self._client)
        return cast("builtins.list[AuditLogEntry]", success(response, "get_connection_audit_log", (200,)))


class AsyncConnectionDiagnosticsResource:
    """The connection_diagnostics operations, awaited: `client.connection_diagnostics.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncConnectionDiagnosticsResource()"

    async def ping_virtual(
        self,
        *,
        body: OtherConnectionInput | RestConnectionInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PingResult:
        """Test a virtual connection

        Tests a connection whose every detail is in the request body, without saving it: integrator.io
        connects with those settings and answers `{"code": 200}` when the application accepted them.

        Args:
            body (OtherConnectionInput | RestConnectionInput): A connection as sent: its `type`,
                `name`, and the settings object named after its type (`rest` for a
                REST API connection). A connection of another type is accepted with its own settings
                object.

        Returns:
            PingResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _ping_virtual_connection.asyncio_detailed(client=self._client, body=body)
        return cast("PingResult", success(response, "ping_virtual_connection", (200,)))

    async def ping(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PingResult:
        """Test a connection

        Tests that a saved connection is operational; answers `{"code": 200}` when it is.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            PingResult

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _ping_connection.asyncio_detailed(field_id, client=self._client)
        return cast("PingResult", success(response, "ping_connection", (200,)))

    async def debug_log(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DebugLogEntry]:
        """Get the debug log of a connection

        Returns the debug log of a connection, for every export and import that used it, oldest first.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            builtins.list[DebugLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_connection_debug_log.asyncio_detailed(field_id, client=self._client)
        return cast("builtins.list[DebugLogEntry]", success(response, "get_connection_debug_log", (200,)))

    async def resource_debug_log(
        self,
        field_id: str,
        field_resource_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DebugLogEntry]:
        """Get the debug log of a connection for one export or import

        Returns the entries of a connection's debug log written for one export or import, oldest first.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).
            field_resource_id (str): The identifier of the export or import whose log entries are
                wanted.

        Returns:
            builtins.list[DebugLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_connection_resource_debug_log.asyncio_detailed(
                field_id, field_resource_id, client=self._client
            )
        return cast("builtins.list[DebugLogEntry]", success(response, "get_connection_resource_debug_log", (200,)))

    async def audit_log(
        self,
        field_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[AuditLogEntry]:
        """Get the audit log of a connection

        Returns who changed what in a connection and when: one entry per create, update or patch, oldest
        first. Changes to secret fields are listed with their values masked.

        Args:
            field_id (str): The connection's identifier (24 hexadecimal digits).

        Returns:
            builtins.list[AuditLogEntry]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_connection_audit_log.asyncio_detailed(field_id, client=self._client)
        return cast("builtins.list[AuditLogEntry]", success(response, "get_connection_audit_log", (200,)))


class ConnectionDiagnosticsResourceWithRawResponse:
    """The connection_diagnostics operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ConnectionDiagnosticsResource) -> None:
        self.ping_virtual = raw_response(resource.ping_virtual)
        self.ping = raw_response(resource.ping)
        self.debug_log = raw_response(resource.debug_log)
        self.resource_debug_log = raw_response(resource.resource_debug_log)
        self.audit_log = raw_response(resource.audit_log)


class AsyncConnectionDiagnosticsResourceWithRawResponse:
    """The connection_diagnostics operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncConnectionDiagnosticsResource) -> None:
        self.ping_virtual = async_raw_response(resource.ping_virtual)
        self.ping = async_raw_response(resource.ping)
        self.debug_log = async_raw_response(resource.debug_log)
        self.resource_debug_log = async_raw_response(resource.resource_debug_log)
        self.audit_log = async_raw_response(resource.audit_log)


__all__ = (
    "ConnectionDiagnosticsResource",
    "AsyncConnectionDiagnosticsResource",
    "ConnectionDiagnosticsResourceWithRawResponse",
    "AsyncConnectionDiagnosticsResourceWithRawResponse",
)
