"""The data_streams operations: one module per operation, and the resource classes of the client object."""

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
from ...models.data_stream import DataStream
from ...models.data_stream_create import DataStreamCreate
from ...models.data_stream_ids import DataStreamIds
from ...models.data_stream_list import DataStreamList
from ...models.delivery_schema import DeliverySchema
from ...models.error import Error
from ...models.list_company_data_streams_by_sales_channel_o import ListCompanyDataStreamsBySalesChannelO
from ...models.sales_channel import SalesChannel
from ...types import UNSET, Unset
from . import create_data_stream as _create_data_stream
from . import get_company_data_stream_by_slug as _get_company_data_stream_by_slug
from . import get_data_stream as _get_data_stream
from . import get_data_stream_delivery_schema as _get_data_stream_delivery_schema
from . import get_data_streams_by_ids as _get_data_streams_by_ids
from . import list_company_data_streams as _list_company_data_streams
from . import list_company_data_streams_by_host as _list_company_data_streams_by_host
from . import list_company_data_streams_by_sales_channel as _list_company_data_streams_by_sales_channel
from . import search_company_data_streams as _search_company_data_streams
from . import search_company_data_streams_by_host as _search_company_data_streams_by_host
from . import search_company_data_streams_by_sales_channel as _search_company_data_streams_by_sales_channel
from . import search_data_streams_market as _search_data_streams_market
from . import update_data_stream as _update_data_stream

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DataStreamsResource:
    """The data_streams operations: `client.data_streams.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DataStreamsResource()"

    def create(
        self,
        *,
        body: DataStreamCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Create a data stream

        Creates a data stream. Every dataset it involves must exist and be active.

        Args:
            body (DataStreamCreate): A new data stream.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_data_stream.sync_detailed(client=self._client, body=body)
        return cast("DataStream", success(response, "create_data_stream", (200,)))

    def get(
        self,
        data_stream_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Get a data stream

        Returns one data stream by its id.

        Args:
            data_stream_id (UUID): The data stream's identifier.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_data_stream.sync_detailed(data_stream_id, client=self._client)
        return cast("DataStream", success(response, "get_data_stream", (200,)))

    def update(
        self,
        data_stream_id: UUID,
        *,
        body: DataStream,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Update a data stream

        Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
        that
        cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
        `content`
        are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
        of the
        owning company may do this.

        Args:
            data_stream_id (UUID): The data stream's identifier.
            body (DataStream): A data stream: data a company offers for sale.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_data_stream.sync_detailed(data_stream_id, client=self._client, body=body)
        return cast("DataStream", success(response, "update_data_stream", (200,)))

    def get_by_ids(
        self,
        *,
        body: DataStreamIds,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStreamList:
        """Fetch several data streams by id

        Returns the data streams with the given ids, at most 50 per call. Ids that do not exist are left out
        silently: compare the answer with the request.

        Args:
            body (DataStreamIds): Data streams to fetch.

        Returns:
            DataStreamList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _get_data_streams_by_ids.sync_detailed(client=self._client, body=body)
        return cast("DataStreamList", success(response, "get_data_streams_by_ids", (200,)))

    def list_company(
        self,
        company_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """List a company's data streams

        Returns all data streams of a company, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_company_data_streams,
            API.operations["list_company_data_streams"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company(
        self,
        company_id: int,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """Search a company's data streams

        Returns a company's data streams that match a full-text search expression, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _search_company_data_streams,
            API.operations["search_company_data_streams"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get_company_by_slug(
        self,
        company_id: int,
        slug: str,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """Get a company's data stream by slug

        Returns the data stream of a company with the given slug.

        Args:
            company_id (int): The id of an existing company.
            slug (str): The data stream's slug.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "slug": slug,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _get_company_data_stream_by_slug,
            API.operations["get_company_data_stream_by_slug"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get_delivery_schema(
        self,
        company_id: int,
        slug: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliverySchema:
        """Get a data stream's delivery schema

        Returns the schema of the records a data stream delivers.

        Args:
            company_id (int): The id of an existing company.
            slug (str): The data stream's slug.

        Returns:
            DeliverySchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_data_stream_delivery_schema.sync_detailed(company_id, slug, client=self._client)
        return cast("DeliverySchema", success(response, "get_data_stream_delivery_schema", (200,)))

    def list_company_by_host(
        self,
        company_id: int,
        host_name: str,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """List a company's data streams on a data shop

        Returns a company's data streams offered on the data shop with the given hostname, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "host_name": host_name,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_company_data_streams_by_host,
            API.operations["list_company_data_streams_by_host"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company_by_host(
        self,
        company_id: int,
        host_name: str,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """Search a company's data streams on a data shop

        Returns a company's data streams offered on a data shop that match a full-text search expression, a
        page at a time.

        Args:
            company_id (int): The id of an existing company.
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "host_name": host_name,
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _search_company_data_streams_by_host,
            API.operations["search_company_data_streams_by_host"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def list_company_by_sales_channel(
        self,
        company_id: int,
        sales_channel: SalesChannel | Literal["data_streams_market", "data_shop"],
        *,
        o: ListCompanyDataStreamsBySalesChannelO | Literal["price-low", "price-high"] | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """List a company's data streams on a sales channel

        Returns a company's data streams offered on a sales channel (`data_streams_market` or `data_shop`),
        a page at a time, optionally ordered by price.

        Args:
            company_id (int): The id of an existing company.
            sales_channel (SalesChannel): Where an offer is sold.
            o (ListCompanyDataStreamsBySalesChannelO | Unset): Order by the offers' price, lowest or
                highest first.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "sales_channel": SalesChannel(sales_channel),
            "o": ListCompanyDataStreamsBySalesChannelO(o) if not isinstance(o, Unset) else o,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_company_data_streams_by_sales_channel,
            API.operations["list_company_data_streams_by_sales_channel"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company_by_sales_channel(
        self,
        company_id: int,
        sales_channel: SalesChannel | Literal["data_streams_market", "data_shop"],
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """Search a company's data streams on a sales channel

        Returns a company's data streams offered on a sales channel that match a full-text search
        expression, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            sales_channel (SalesChannel): Where an offer is sold.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "sales_channel": SalesChannel(sales_channel),
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _search_company_data_streams_by_sales_channel,
            API.operations["search_company_data_streams_by_sales_channel"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_market(
        self,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DataStream, DataStreamList]:
        """Search the data-streams market

        Returns the data streams on the data-streams market that match a full-text search expression, a page
        at a time.

        Args:
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _search_data_streams_market,
            API.operations["search_data_streams_market"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class AsyncDataStreamsResource:
    """The data_streams operations, awaited: `client.data_streams.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDataStreamsResource()"

    async def create(
        self,
        *,
        body: DataStreamCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Create a data stream

        Creates a data stream. Every dataset it involves must exist and be active.

        Args:
            body (DataStreamCreate): A new data stream.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_data_stream.asyncio_detailed(client=self._client, body=body)
        return cast("DataStream", success(response, "create_data_stream", (200,)))

    async def get(
        self,
        data_stream_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Get a data stream

        Returns one data stream by its id.

        Args:
            data_stream_id (UUID): The data stream's identifier.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_data_stream.asyncio_detailed(data_stream_id, client=self._client)
        return cast("DataStream", success(response, "get_data_stream", (200,)))

    async def update(
        self,
        data_stream_id: UUID,
        *,
        body: DataStream,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStream:
        """Update a data stream

        Replaces a data stream with the document sent: fetch it, edit it, and `PUT` it back as it is. Fields
        that
        cannot change (identifiers, creation and update metadata) are ignored. Nested structures such as
        `content`
        are replaced whole, so send their unchanged parts too. Creation-time validations apply. Only users
        of the
        owning company may do this.

        Args:
            data_stream_id (UUID): The data stream's identifier.
            body (DataStream): A data stream: data a company offers for sale.

        Returns:
            DataStream

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_data_stream.asyncio_detailed(data_stream_id, client=self._client, body=body)
        return cast("DataStream", success(response, "update_data_stream", (200,)))

    async def get_by_ids(
        self,
        *,
        body: DataStreamIds,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DataStreamList:
        """Fetch several data streams by id

        Returns the data streams with the given ids, at most 50 per call. Ids that do not exist are left out
        silently: compare the answer with the request.

        Args:
            body (DataStreamIds): Data streams to fetch.

        Returns:
            DataStreamList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _get_data_streams_by_ids.asyncio_detailed(client=self._client, body=body)
        return cast("DataStreamList", success(response, "get_data_streams_by_ids", (200,)))

    def list_company(
        self,
        company_id: int,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """List a company's data streams

        Returns all data streams of a company, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_company_data_streams,
            API.operations["list_company_data_streams"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company(
        self,
        company_id: int,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """Search a company's data streams

        Returns a company's data streams that match a full-text search expression, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _search_company_data_streams,
            API.operations["search_company_data_streams"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def get_company_by_slug(
        self,
        company_id: int,
        slug: str,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """Get a company's data stream by slug

        Returns the data stream of a company with the given slug.

        Args:
            company_id (int): The id of an existing company.
            slug (str): The data stream's slug.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "slug": slug,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _get_company_data_stream_by_slug,
            API.operations["get_company_data_stream_by_slug"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def get_delivery_schema(
        self,
        company_id: int,
        slug: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeliverySchema:
        """Get a data stream's delivery schema

        Returns the schema of the records a data stream delivers.

        Args:
            company_id (int): The id of an existing company.
            slug (str): The data stream's slug.

        Returns:
            DeliverySchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_data_stream_delivery_schema.asyncio_detailed(company_id, slug, client=self._client)
        return cast("DeliverySchema", success(response, "get_data_stream_delivery_schema", (200,)))

    def list_company_by_host(
        self,
        company_id: int,
        host_name: str,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """List a company's data streams on a data shop

        Returns a company's data streams offered on the data shop with the given hostname, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "host_name": host_name,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_company_data_streams_by_host,
            API.operations["list_company_data_streams_by_host"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company_by_host(
        self,
        company_id: int,
        host_name: str,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """Search a company's data streams on a data shop

        Returns a company's data streams offered on a data shop that match a full-text search expression, a
        page at a time.

        Args:
            company_id (int): The id of an existing company.
            host_name (str): A data shop's hostname, like `datashop.narrative.io`.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "host_name": host_name,
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _search_company_data_streams_by_host,
            API.operations["search_company_data_streams_by_host"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def list_company_by_sales_channel(
        self,
        company_id: int,
        sales_channel: SalesChannel | Literal["data_streams_market", "data_shop"],
        *,
        o: ListCompanyDataStreamsBySalesChannelO | Literal["price-low", "price-high"] | Unset = UNSET,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """List a company's data streams on a sales channel

        Returns a company's data streams offered on a sales channel (`data_streams_market` or `data_shop`),
        a page at a time, optionally ordered by price.

        Args:
            company_id (int): The id of an existing company.
            sales_channel (SalesChannel): Where an offer is sold.
            o (ListCompanyDataStreamsBySalesChannelO | Unset): Order by the offers' price, lowest or
                highest first.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "sales_channel": SalesChannel(sales_channel),
            "o": ListCompanyDataStreamsBySalesChannelO(o) if not isinstance(o, Unset) else o,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_company_data_streams_by_sales_channel,
            API.operations["list_company_data_streams_by_sales_channel"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_company_by_sales_channel(
        self,
        company_id: int,
        sales_channel: SalesChannel | Literal["data_streams_market", "data_shop"],
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """Search a company's data streams on a sales channel

        Returns a company's data streams offered on a sales channel that match a full-text search
        expression, a page at a time.

        Args:
            company_id (int): The id of an existing company.
            sales_channel (SalesChannel): Where an offer is sold.
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "company_id": company_id,
            "sales_channel": SalesChannel(sales_channel),
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _search_company_data_streams_by_sales_channel,
            API.operations["search_company_data_streams_by_sales_channel"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def search_market(
        self,
        *,
        q: str,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DataStream, DataStreamList]:
        """Search the data-streams market

        Returns the data streams on the data-streams market that match a full-text search expression, a page
        at a time.

        Args:
            q (str): A search expression in PostgreSQL `websearch_to_tsquery` syntax: words are ANDed,
                `or` between words,
                `-word` excludes, and quoted phrases match as phrases, e.g. `apparel or fabric or
                accessories -leather`.
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DataStream, DataStreamList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "q": q,
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _search_data_streams_market,
            API.operations["search_data_streams_market"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class DataStreamsResourceWithRawResponse:
    """The data_streams operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: DataStreamsResource) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.get_by_ids = raw_response(resource.get_by_ids)
        self.get_delivery_schema = raw_response(resource.get_delivery_schema)


class AsyncDataStreamsResourceWithRawResponse:
    """The data_streams operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncDataStreamsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.get_by_ids = async_raw_response(resource.get_by_ids)
        self.get_delivery_schema = async_raw_response(resource.get_delivery_schema)


__all__ = (
    "DataStreamsResource",
    "AsyncDataStreamsResource",
    "DataStreamsResourceWithRawResponse",
    "AsyncDataStreamsResourceWithRawResponse",
)
