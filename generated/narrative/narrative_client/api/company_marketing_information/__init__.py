"""The company_marketing_information operations: one module per operation, and the resource classes of the client object."""

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
from ...models.company_info import CompanyInfo
from ...models.company_info_list import CompanyInfoList
from ...models.error import Error
from ...types import UNSET, Unset
from . import get_company_info as _get_company_info
from . import list_data_stream_market_companies as _list_data_stream_market_companies

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class CompanyMarketingInformationResource:
    """The company_marketing_information operations: `client.company_marketing_information.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "CompanyMarketingInformationResource()"

    def list_data_stream_market_companies(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyInfoList:
        """List companies offering on the data-streams market

        Returns the marketing information of every company with offers on the data-streams market.

        Returns:
            CompanyInfoList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_data_stream_market_companies.sync_detailed(client=self._client)
        return cast("CompanyInfoList", success(response, "list_data_stream_market_companies", (200,)))

    def get_company_info(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyInfo:
        """Get a company's marketing information

        Returns a company's detailed marketing information.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            CompanyInfo

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_company_info.sync_detailed(company_id, client=self._client)
        return cast("CompanyInfo", success(response, "get_company_info", (200,)))


class AsyncCompanyMarketingInformationResource:
    """The company_marketing_information operations, awaited: `client.company_marketing_information.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncCompanyMarketingInformationResource()"

    async def list_data_stream_market_companies(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyInfoList:
        """List companies offering on the data-streams market

        Returns the marketing information of every company with offers on the data-streams market.

        Returns:
            CompanyInfoList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_data_stream_market_companies.asyncio_detailed(client=self._client)
        return cast("CompanyInfoList", success(response, "list_data_stream_market_companies", (200,)))

    async def get_company_info(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyInfo:
        """Get a company's marketing information

        Returns a company's detailed marketing information.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            CompanyInfo

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_company_info.asyncio_detailed(company_id, client=self._client)
        return cast("CompanyInfo", success(response, "get_company_info", (200,)))


class CompanyMarketingInformationResourceWithRawResponse:
    """The company_marketing_information operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: CompanyMarketingInformationResource) -> None:
        self.list_data_stream_market_companies = raw_response(resource.list_data_stream_market_companies)
        self.get_company_info = raw_response(resource.get_company_info)


class AsyncCompanyMarketingInformationResourceWithRawResponse:
    """The company_marketing_information operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncCompanyMarketingInformationResource) -> None:
        self.list_data_stream_market_companies = async_raw_response(resource.list_data_stream_market_companies)
        self.get_company_info = async_raw_response(resource.get_company_info)


__all__ = (
    "CompanyMarketingInformationResource",
    "AsyncCompanyMarketingInformationResource",
    "CompanyMarketingInformationResourceWithRawResponse",
    "AsyncCompanyMarketingInformationResourceWithRawResponse",
)
