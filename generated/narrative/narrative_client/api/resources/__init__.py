"""The resources operations: one module per operation, and the resource classes of the client object."""

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
from ...models.bucket import Bucket
from ...models.bucket_access_update import BucketAccessUpdate
from ...models.bucket_create import BucketCreate
from ...models.bucket_list import BucketList
from ...models.error import Error
from ...types import UNSET, Unset
from . import create_bucket as _create_bucket
from . import list_buckets as _list_buckets
from . import update_bucket_access as _update_bucket_access

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ResourcesResource:
    """The resources operations: `client.resources.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ResourcesResource()"

    def list_buckets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BucketList:
        """List the company's S3 buckets

        Returns the AWS S3 buckets Narrative manages for the caller's company.

        Returns:
            BucketList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_buckets.sync_detailed(client=self._client)
        return cast("BucketList", success(response, "list_buckets", (200,)))

    def create_bucket(
        self,
        *,
        body: BucketCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bucket:
        """Create an S3 bucket

        Creates an AWS S3 bucket in Narrative's AWS account that only the caller's company can reach, e.g.
        to automate ingestion. With `bucket_policy` access, uploads must use the `bucket-owner-full-control`
        ACL.

        Args:
            body (BucketCreate): A bucket to create.

        Returns:
            Bucket

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_bucket.sync_detailed(client=self._client, body=body)
        return cast("Bucket", success(response, "create_bucket", (200,)))

    def update_bucket_access(
        self,
        *,
        body: BucketAccessUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bucket:
        """Change how a bucket is reached

        Changes a bucket's access type. The bucket must allow the change (`is_access_mutable`): buckets
        created by the API do, some made before 2023 do not. With `bucket_policy` access, uploads must use
        the `bucket-owner-full-control` ACL.

        Args:
            body (BucketAccessUpdate): A bucket's new access type.

        Returns:
            Bucket

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_bucket_access.sync_detailed(client=self._client, body=body)
        return cast("Bucket", success(response, "update_bucket_access", (200,)))


class AsyncResourcesResource:
    """The resources operations, awaited: `client.resources.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncResourcesResource()"

    async def list_buckets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BucketList:
        """List the company's S3 buckets

        Returns the AWS S3 buckets Narrative manages for the caller's company.

        Returns:
            BucketList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_buckets.asyncio_detailed(client=self._client)
        return cast("BucketList", success(response, "list_buckets", (200,)))

    async def create_bucket(
        self,
        *,
        body: BucketCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bucket:
        """Create an S3 bucket

        Creates an AWS S3 bucket in Narrative's AWS account that only the caller's company can reach, e.g.
        to automate ingestion. With `bucket_policy` access, uploads must use the `bucket-owner-full-control`
        ACL.

        Args:
            body (BucketCreate): A bucket to create.

        Returns:
            Bucket

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_bucket.asyncio_detailed(client=self._client, body=body)
        return cast("Bucket", success(response, "create_bucket", (200,)))

    async def update_bucket_access(
        self,
        *,
        body: BucketAccessUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bucket:
        """Change how a bucket is reached

        Changes a bucket's access type. The bucket must allow the change (`is_access_mutable`): buckets
        created by the API do, some made before 2023 do not. With `bucket_policy` access, uploads must use
        the `bucket-owner-full-control` ACL.

        Args:
            body (BucketAccessUpdate): A bucket's new access type.

        Returns:
            Bucket

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_bucket_access.asyncio_detailed(client=self._client, body=body)
        return cast("Bucket", success(response, "update_bucket_access", (200,)))


class ResourcesResourceWithRawResponse:
    """The resources operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ResourcesResource) -> None:
        self.list_buckets = raw_response(resource.list_buckets)
        self.create_bucket = raw_response(resource.create_bucket)
        self.update_bucket_access = raw_response(resource.update_bucket_access)


class AsyncResourcesResourceWithRawResponse:
    """The resources operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncResourcesResource) -> None:
        self.list_buckets = async_raw_response(resource.list_buckets)
        self.create_bucket = async_raw_response(resource.create_bucket)
        self.update_bucket_access = async_raw_response(resource.update_bucket_access)


__all__ = (
    "ResourcesResource",
    "AsyncResourcesResource",
    "ResourcesResourceWithRawResponse",
    "AsyncResourcesResourceWithRawResponse",
)
