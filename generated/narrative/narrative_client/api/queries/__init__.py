"""The queries operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> Query:
        """Get a query

        Returns one saved query.

        Args:
            query_id (UUID):

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _get_query.sync_detailed(query_id, client=self._client)
        return cast("Query", success(response, "get_query", (200,)))

    def update(
        self,
        query_id: UUID,
        *,
        body: QueryUpdate,
    ) -> Query:
        """Update a query

        Changes the fields sent of a query; the others stay as they are.

        Args:
            query_id (UUID):
            body (QueryUpdate): The query's fields to change; those left out stay as they are.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _update_query.sync_detailed(query_id, client=self._client, body=body)
        return cast("Query", success(response, "update_query", (200,)))

    def list(
        self,
        *,
        is_owned: bool | Unset = UNSET,
        tag: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
    ) -> Pager[Query]:
        """List the queries the caller can see

        Returns the queries the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset):
            tag (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):

        Returns:
            Pager[Query]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "is_owned": is_owned,
            "tag": tag,
            "page": page,
            "per_page": per_page,
        }
        return Pager(
            _list_queries,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def create(
        self,
        *,
        body: QueryCreate,
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
    ) -> Query:
        """Get a query

        Returns one saved query.

        Args:
            query_id (UUID):

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_query.asyncio_detailed(query_id, client=self._client)
        return cast("Query", success(response, "get_query", (200,)))

    async def update(
        self,
        query_id: UUID,
        *,
        body: QueryUpdate,
    ) -> Query:
        """Update a query

        Changes the fields sent of a query; the others stay as they are.

        Args:
            query_id (UUID):
            body (QueryUpdate): The query's fields to change; those left out stay as they are.

        Returns:
            Query

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _update_query.asyncio_detailed(query_id, client=self._client, body=body)
        return cast("Query", success(response, "update_query", (200,)))

    def list(
        self,
        *,
        is_owned: bool | Unset = UNSET,
        tag: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
    ) -> AsyncPager[Query]:
        """List the queries the caller can see

        Returns the queries the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset):
            tag (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):

        Returns:
            AsyncPager[Query]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "is_owned": is_owned,
            "tag": tag,
            "page": page,
            "per_page": per_page,
        }
        return AsyncPager(
            _list_queries,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def create(
        self,
        *,
        body: QueryCreate,
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
        response = await _create_query.asyncio_detailed(client=self._client, body=body)
        return cast("Query", success(response, "create_query", (200,)))


__all__ = ("QueriesResource", "AsyncQueriesResource")
