"""The sources operations: one module per operation, and the resource classes of the client object."""

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
from ...models.error_document import ErrorDocument
from ...models.get_source_include_item import GetSourceIncludeItem
from ...models.list_source_catalog_include_item import ListSourceCatalogIncludeItem
from ...models.list_sources_include_item import ListSourcesIncludeItem
from ...models.source_category_collection_document import SourceCategoryCollectionDocument
from ...models.source_collection_document import SourceCollectionDocument
from ...models.source_create_document import SourceCreateDocument
from ...models.source_document import SourceDocument
from ...models.source_template_collection_document import SourceTemplateCollectionDocument
from ...models.source_update_document import SourceUpdateDocument
from ...types import UNSET, Unset
from . import create_source as _create_source
from . import delete_source as _delete_source
from . import get_source as _get_source
from . import list_source_catalog as _list_source_catalog
from . import list_source_categories as _list_source_categories
from . import list_sources as _list_sources
from . import update_source as _update_source

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class SourcesResource:
    """The sources operations: `client.sources.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "SourcesResource()"

    def list_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceCategoryCollectionDocument:
        """List source categories

        Lists the categories sources are filed under (advertising and the like), with their position.

        Returns:
            SourceCategoryCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_source_categories.sync_detailed(client=self._client)
        return cast("SourceCategoryCollectionDocument", success(response, "list_source_categories", (200,)))

    def list_catalog(
        self,
        *,
        include: builtins.list[ListSourceCatalogIncludeItem | Literal["categories"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceTemplateCollectionDocument:
        """List the catalog of source templates

        Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
        the
        categories of each template come in the document's `included` list.

        Args:
            include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
                document's `included` list, comma-separated.

        Returns:
            SourceTemplateCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_source_catalog.sync_detailed(
                client=self._client,
                include=[ListSourceCatalogIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceTemplateCollectionDocument", success(response, "list_source_catalog", (200,)))

    def list(
        self,
        *,
        include: builtins.list[ListSourcesIncludeItem | Literal["connector", "environment", "health"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceCollectionDocument:
        """List sources

        Lists the site's sources. `include` adds the connector and environment each source relates to (in
        the
        document's `included` list) and the `health` attribute (delivery totals and trends).

        Args:
            include (list[ListSourcesIncludeItem] | Unset): What to add to the answer, comma-
                separated: `connector` and `environment` add the related resources to
                the document's `included` list, `health` adds the source's `health` attribute.

        Returns:
            SourceCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_sources.sync_detailed(
                client=self._client,
                include=[ListSourcesIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceCollectionDocument", success(response, "list_sources", (200,)))

    def create(
        self,
        *,
        body: SourceCreateDocument,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Create a source

        Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
        optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

        Args:
            body (SourceCreateDocument): A new source, its `data` without an `id`.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_source.sync_detailed(client=self._client, body=body)
        return cast("SourceDocument", success(response, "create_source", (201,)))

    def update(
        self,
        *,
        body: SourceUpdateDocument,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Update a source

        Updates the source the document's `data` names by its `type` and `id`: the attributes and
        relationships sent replace those of the source, the others stay. Answers the source as stored.

        Args:
            body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
                holding the members to change.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_source.sync_detailed(client=self._client, body=body)
        return cast("SourceDocument", success(response, "update_source", (200,)))

    def get(
        self,
        id: int,
        *,
        include: builtins.list[GetSourceIncludeItem | Literal["connector", "environment", "health"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Read a source

        Returns one source by its id; `include` works as for the list.

        Args:
            id (int): The source's id.
            include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
                `connector` and `environment` add the related resources to
                the document's `included` list, `health` adds the source's `health` attribute.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_source.sync_detailed(
                id,
                client=self._client,
                include=[GetSourceIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceDocument", success(response, "get_source", (200,)))

    def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a source

        Deletes one source by its id. Answers no content.

        Args:
            id (int): The source's id.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_source.sync_detailed(id, client=self._client)
        return cast("None", success(response, "delete_source", (204,)))


class AsyncSourcesResource:
    """The sources operations, awaited: `client.sources.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncSourcesResource()"

    async def list_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceCategoryCollectionDocument:
        """List source categories

        Lists the categories sources are filed under (advertising and the like), with their position.

        Returns:
            SourceCategoryCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_source_categories.asyncio_detailed(client=self._client)
        return cast("SourceCategoryCollectionDocument", success(response, "list_source_categories", (200,)))

    async def list_catalog(
        self,
        *,
        include: builtins.list[ListSourceCatalogIncludeItem | Literal["categories"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceTemplateCollectionDocument:
        """List the catalog of source templates

        Lists the templates a source can be made from (the JavaScript SDK, say). With `include=categories`
        the
        categories of each template come in the document's `included` list.

        Args:
            include (list[ListSourceCatalogIncludeItem] | Unset): Related resources to add to the
                document's `included` list, comma-separated.

        Returns:
            SourceTemplateCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_source_catalog.asyncio_detailed(
                client=self._client,
                include=[ListSourceCatalogIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceTemplateCollectionDocument", success(response, "list_source_catalog", (200,)))

    async def list(
        self,
        *,
        include: builtins.list[ListSourcesIncludeItem | Literal["connector", "environment", "health"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceCollectionDocument:
        """List sources

        Lists the site's sources. `include` adds the connector and environment each source relates to (in
        the
        document's `included` list) and the `health` attribute (delivery totals and trends).

        Args:
            include (list[ListSourcesIncludeItem] | Unset): What to add to the answer, comma-
                separated: `connector` and `environment` add the related resources to
                the document's `included` list, `health` adds the source's `health` attribute.

        Returns:
            SourceCollectionDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_sources.asyncio_detailed(
                client=self._client,
                include=[ListSourcesIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceCollectionDocument", success(response, "list_sources", (200,)))

    async def create(
        self,
        *,
        body: SourceCreateDocument,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Create a source

        Creates a source from a JSON:API document whose `data` has the source's `type` and `attributes` (and
        optionally `relationships`), without an `id`: the server assigns it. Answers the source as stored.

        Args:
            body (SourceCreateDocument): A new source, its `data` without an `id`.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_source.asyncio_detailed(client=self._client, body=body)
        return cast("SourceDocument", success(response, "create_source", (201,)))

    async def update(
        self,
        *,
        body: SourceUpdateDocument,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Update a source

        Updates the source the document's `data` names by its `type` and `id`: the attributes and
        relationships sent replace those of the source, the others stay. Answers the source as stored.

        Args:
            body (SourceUpdateDocument): A change to a source, `data` naming it by `type` and `id` and
                holding the members to change.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_source.asyncio_detailed(client=self._client, body=body)
        return cast("SourceDocument", success(response, "update_source", (200,)))

    async def get(
        self,
        id: int,
        *,
        include: builtins.list[GetSourceIncludeItem | Literal["connector", "environment", "health"]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SourceDocument:
        """Read a source

        Returns one source by its id; `include` works as for the list.

        Args:
            id (int): The source's id.
            include (list[GetSourceIncludeItem] | Unset): What to add to the answer, comma-separated:
                `connector` and `environment` add the related resources to
                the document's `included` list, `health` adds the source's `health` attribute.

        Returns:
            SourceDocument

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_source.asyncio_detailed(
                id,
                client=self._client,
                include=[GetSourceIncludeItem(value) for value in include]
                if not isinstance(include, Unset)
                else include,
            )
        return cast("SourceDocument", success(response, "get_source", (200,)))

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a source

        Deletes one source by its id. Answers no content.

        Args:
            id (int): The source's id.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_source.asyncio_detailed(id, client=self._client)
        return cast("None", success(response, "delete_source", (204,)))


class SourcesResourceWithRawResponse:
    """The sources operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: SourcesResource) -> None:
        self.list_categories = raw_response(resource.list_categories)
        self.list_catalog = raw_response(resource.list_catalog)
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncSourcesResourceWithRawResponse:
    """The sources operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncSourcesResource) -> None:
        self.list_categories = async_raw_response(resource.list_categories)
        self.list_catalog = async_raw_response(resource.list_catalog)
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)


__all__ = (
    "SourcesResource",
    "AsyncSourcesResource",
    "SourcesResourceWithRawResponse",
    "AsyncSourcesResourceWithRawResponse",
)
