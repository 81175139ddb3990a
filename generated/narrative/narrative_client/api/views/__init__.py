"""The views operations: one module per operation, and the resource classes of the client object."""

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
from ...models.view import View
from ...models.view_create import ViewCreate
from ...models.view_page import ViewPage
from ...models.view_update import ViewUpdate
from ...types import UNSET, Unset
from . import create_view as _create_view
from . import get_view as _get_view
from . import list_views as _list_views
from . import update_view as _update_view

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ViewsResource:
    """The views operations: `client.views.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ViewsResource()"

    def get(
        self,
        view_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> View:
        """Get a view

        Returns one view.

        Args:
            view_id (UUID): The view's identifier.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_view.sync_detailed(view_id, client=self._client)
        return cast("View", success(response, "get_view", (200,)))

    def update(
        self,
        view_id: UUID,
        *,
        body: ViewUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> View:
        """Update a view

        Changes the fields sent of a view; the others stay as they are.

        Args:
            view_id (UUID): The view's identifier.
            body (ViewUpdate): The view's fields to change; those left out stay as they are.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_view.sync_detailed(view_id, client=self._client, body=body)
        return cast("View", success(response, "update_view", (200,)))

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
    ) -> Pager[View, ViewPage]:
        """List the views the caller can see

        Returns the views the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset): If true, only views the caller owns; if false, only those shared
                with it.
            tag (str | Unset): Only views with this tag.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.

        Returns:
            Pager[View, ViewPage]

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
            _list_views,
            API.operations["list_views"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        body: ViewCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> View:
        """Create a view

        Creates a view from an NQL query, with the companies that may read it.

        Args:
            body (ViewCreate): A new view.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_view.sync_detailed(client=self._client, body=body)
        return cast("View", success(response, "create_view", (200,)))


class AsyncViewsResource:
    """The views operations, awaited: `client.views.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncViewsResource()"

    async def get(
        self,
        view_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> View:
        """Get a view

        Returns one view.

        Args:
            view_id (UUID): The view's identifier.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_view.asyncio_detailed(view_id, client=self._client)
        return cast("View", success(response, "get_view", (200,)))

    async def update(
        self,
        view_id: UUID,
        *,
        body: ViewUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> View:
        """Update a view

        Changes the fields sent of a view; the others stay as they are.

        Args:
            view_id (UUID): The view's identifier.
            body (ViewUpdate): The view's fields to change; those left out stay as they are.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_view.asyncio_detailed(view_id, client=self._client, body=body)
        return cast("View", success(response, "update_view", (200,)))

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
    ) -> AsyncPager[View, ViewPage]:
        """List the views the caller can see

        Returns the views the caller owns or that are shared with it, a page at a time.

        Args:
            is_owned (bool | Unset): If true, only views the caller owns; if false, only those shared
                with it.
            tag (str | Unset): Only views with this tag.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.

        Returns:
            AsyncPager[View, ViewPage]

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
            _list_views,
            API.operations["list_views"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        body: ViewCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> View:
        """Create a view

        Creates a view from an NQL query, with the companies that may read it.

        Args:
            body (ViewCreate): A new view.

        Returns:
            View

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_view.asyncio_detailed(client=self._client, body=body)
        return cast("View", success(response, "create_view", (200,)))


class ViewsResourceWithRawResponse:
    """The views operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ViewsResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.create = raw_response(resource.create)


class AsyncViewsResourceWithRawResponse:
    """The views operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncViewsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.create = async_raw_response(resource.create)


__all__ = ("ViewsResource", "AsyncViewsResource", "ViewsResourceWithRawResponse", "AsyncViewsResourceWithRawResponse")
