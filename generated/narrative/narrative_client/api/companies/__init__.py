"""The companies operations: one module per operation, and the resource classes of the client object."""

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
from ...models.company_domains import CompanyDomains
from ...models.error import Error
from ...models.logo_upload_request import LogoUploadRequest
from ...models.logo_upload_url import LogoUploadUrl
from ...types import UNSET, Unset
from . import admin_create_company_logo_upload_url as _admin_create_company_logo_upload_url
from . import list_company_domains as _list_company_domains

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class CompaniesResource:
    """The companies operations: `client.companies.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "CompaniesResource()"

    def list_domains(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyDomains:
        """List a company's domains

        Returns the domains a company registered.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            CompanyDomains

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_company_domains.sync_detailed(company_id, client=self._client)
        return cast("CompanyDomains", success(response, "list_company_domains", (200,)))

    def admin_create_logo_upload_url(
        self,
        *,
        body: LogoUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogoUploadUrl:
        """Get an upload URL for a company logo (admin)

        First step of uploading a logo: returns a pre-signed `upload_url` (valid for 30 minutes) to `PUT`
        the file
        to, e.g. `curl -v --upload-file logo.png {upload_url}`, sending `content_type` as the `Content-Type`
        header
        because it is part of the signature. `permanent_url` is the lasting address of the logo.

        Args:
            body (LogoUploadRequest): The logo to upload.

        Returns:
            LogoUploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_create_company_logo_upload_url.sync_detailed(client=self._client, body=body)
        return cast("LogoUploadUrl", success(response, "admin_create_company_logo_upload_url", (200,)))


class AsyncCompaniesResource:
    """The companies operations, awaited: `client.companies.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncCompaniesResource()"

    async def list_domains(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CompanyDomains:
        """List a company's domains

        Returns the domains a company registered.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            CompanyDomains

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_company_domains.asyncio_detailed(company_id, client=self._client)
        return cast("CompanyDomains", success(response, "list_company_domains", (200,)))

    async def admin_create_logo_upload_url(
        self,
        *,
        body: LogoUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogoUploadUrl:
        """Get an upload URL for a company logo (admin)

        First step of uploading a logo: returns a pre-signed `upload_url` (valid for 30 minutes) to `PUT`
        the file
        to, e.g. `curl -v --upload-file logo.png {upload_url}`, sending `content_type` as the `Content-Type`
        header
        because it is part of the signature. `permanent_url` is the lasting address of the logo.

        Args:
            body (LogoUploadRequest): The logo to upload.

        Returns:
            LogoUploadUrl

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_create_company_logo_upload_url.asyncio_detailed(client=self._client, body=body)
        return cast("LogoUploadUrl", success(response, "admin_create_company_logo_upload_url", (200,)))


class CompaniesResourceWithRawResponse:
    """The companies operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: CompaniesResource) -> None:
        self.list_domains = raw_response(resource.list_domains)
        self.admin_create_logo_upload_url = raw_response(resource.admin_create_logo_upload_url)


class AsyncCompaniesResourceWithRawResponse:
    """The companies operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncCompaniesResource) -> None:
        self.list_domains = async_raw_response(resource.list_domains)
        self.admin_create_logo_upload_url = async_raw_response(resource.admin_create_logo_upload_url)


__all__ = (
    "CompaniesResource",
    "AsyncCompaniesResource",
    "CompaniesResourceWithRawResponse",
    "AsyncCompaniesResourceWithRawResponse",
)
