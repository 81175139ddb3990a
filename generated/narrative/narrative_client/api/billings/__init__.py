"""The billings operations: one module per operation, and the resource classes of the client object."""

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
from ...models.dataset_storage_billing import DatasetStorageBilling
from ...models.error import Error
from ...types import UNSET, Unset
from . import admin_list_dataset_storage_billings as _admin_list_dataset_storage_billings
from . import list_dataset_storage_billings as _list_dataset_storage_billings

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class BillingsResource:
    """The billings operations: `client.billings.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "BillingsResource()"

    def admin_list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]:
        """List dataset storage billing (admin)

        Lists the monthly storage billing of datasets of every company, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _admin_list_dataset_storage_billings,
            API.operations["admin_list_dataset_storage_billings"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]:
        """List the company's dataset storage billing

        Lists the monthly storage billing of the caller's company's datasets (the company comes from the
        token), a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_dataset_storage_billings,
            API.operations["list_dataset_storage_billings"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class AsyncBillingsResource:
    """The billings operations, awaited: `client.billings.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncBillingsResource()"

    def admin_list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]:
        """List dataset storage billing (admin)

        Lists the monthly storage billing of datasets of every company, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _admin_list_dataset_storage_billings,
            API.operations["admin_list_dataset_storage_billings"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]:
        """List the company's dataset storage billing

        Lists the monthly storage billing of the caller's company's datasets (the company comes from the
        token), a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[DatasetStorageBilling, builtins.list[DatasetStorageBilling]]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_dataset_storage_billings,
            API.operations["list_dataset_storage_billings"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )


class BillingsResourceWithRawResponse:
    """The billings operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: BillingsResource) -> None:
        pass


class AsyncBillingsResourceWithRawResponse:
    """The billings operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncBillingsResource) -> None:
        pass


__all__ = (
    "BillingsResource",
    "AsyncBillingsResource",
    "BillingsResourceWithRawResponse",
    "AsyncBillingsResourceWithRawResponse",
)
