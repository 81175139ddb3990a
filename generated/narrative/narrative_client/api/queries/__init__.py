"""The queries operations: one module per operation, and the resource classes of the client object."""

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
from ...models.error import Error
from ...models.query import Query
from ...models.query_create import QueryCreate
from ...models.query_page import QueryPage
from ...models.query_update import QueryUpdate
from ...types import UNSET, Unset
from . import create_query as _create_query
from . import get_query as _get_query
from . import list_queries as _list_queries
from . import update_query as _update_query

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class QueriesResource:
    """The queries operations: `client.queries.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "QueriesResource()"

    def get(
        self,
        query_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Query:
        """Get a query

        Returns one saved query.

        Args:
            query_id (UUID): The query's identifier.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_query.sync_detailed(query_id, client=self._client)
        return cast("Query", success(response, "get_query", (200,)))

    def update(
        self,
        query_id: UUID,
        *,
        body: QueryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Query:
        """Update a query

        Changes the fields sent of a query; the others stay as they are.

        Args:
            query_id (UUID): The query's identifier.
            body (QueryUpdate): The query's fields to change; those left out stay as they are.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_query.sync_detailed(query_id, client=self._client, body=body)
        return cast("Query", success(response, "update_query", (200,)))

    def list(
        self,
        *,
        is_owned: bool | Unset = UNSET,
        tag: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[Query, QueryPage]:
        """List the queries the caller can see

        Returns the queries the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
                shared with it.
            tag (str | Unset): Only queries with this tag.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.

        Returns:
            Pager[Query, QueryPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "is_owned": is_owned,
            "tag": tag,
            "page": page,
            "per_page": per_page,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_queries,
            API.operations["list_queries"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        body: QueryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Query:
        """Create a query

        Saves a query from its syntax tree, with the companies that may read it.

        Args:
            body (QueryCreate): A new query.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_query.sync_detailed(client=self._client, body=body)
        return cast("Query", success(response, "create_query", (200,)))


class AsyncQueriesResource:
    """The queries operations, awaited: `client.queries.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncQueriesResource()"

    async def get(
        self,
        query_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Query:
        """Get a query

        Returns one saved query.

        Args:
            query_id (UUID): The query's identifier.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_query.asyncio_detailed(query_id, client=self._client)
        return cast("Query", success(response, "get_query", (200,)))

    async def update(
        self,
        query_id: UUID,
        *,
        body: QueryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Query:
        """Update a query

        Changes the fields sent of a query; the others stay as they are.

        Args:
            query_id (UUID): The query's identifier.
            body (QueryUpdate): The query's fields to change; those left out stay as they are.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_query.asyncio_detailed(query_id, client=self._client, body=body)
        return cast("Query", success(response, "update_query", (200,)))

    def list(
        self,
        *,
        is_owned: bool | Unset = UNSET,
        tag: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Query, QueryPage]:
        """List the queries the caller can see

        Returns the queries the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset): If true, only queries the caller owns; if false, only those
                shared with it.
            tag (str | Unset): Only queries with this tag.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.

        Returns:
            AsyncPager[Query, QueryPage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "is_owned": is_owned,
            "tag": tag,
            "page": page,
            "per_page": per_page,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_queries,
            API.operations["list_queries"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        body: QueryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Query:
        """Create a query

        Saves a query from its syntax tree, with the companies that may read it.

        Args:
            body (QueryCreate): A new query.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_query.asyncio_detailed(client=self._client, body=body)
        return cast("Query", success(response, "create_query", (200,)))


class QueriesResourceWithRawResponse:
    """The queries operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: QueriesResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.create = raw_response(resource.create)


class AsyncQueriesResourceWithRawResponse:
    """The queries operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncQueriesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.create = async_raw_response(resource.create)


__all__ = (
    "QueriesResource",
    "AsyncQueriesResource",
    "QueriesResourceWithRawResponse",
    "AsyncQueriesResourceWithRawResponse",
)
