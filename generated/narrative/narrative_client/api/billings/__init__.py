"""The billings operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> Pager[DatasetStorageBilling]:
        """List dataset storage billing (admin)

        Lists the monthly storage billing of datasets of every company, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            Pager[DatasetStorageBilling]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return Pager(
            _admin_list_dataset_storage_billings,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> Pager[DatasetStorageBilling]:
        """List the company's dataset storage billing

        Lists the monthly storage billing of the caller's company's datasets (the company comes from the
        token), a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            Pager[DatasetStorageBilling]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return Pager(
            _list_dataset_storage_billings,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
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
    ) -> AsyncPager[DatasetStorageBilling]:
        """List dataset storage billing (admin)

        Lists the monthly storage billing of datasets of every company, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            AsyncPager[DatasetStorageBilling]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return AsyncPager(
            _admin_list_dataset_storage_billings,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def list_dataset_storage(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> AsyncPager[DatasetStorageBilling]:
        """List the company's dataset storage billing

        Lists the monthly storage billing of the caller's company's datasets (the company comes from the
        token), a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            AsyncPager[DatasetStorageBilling]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return AsyncPager(
            _list_dataset_storage_billings,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )


__all__ = ("BillingsResource", "AsyncBillingsResource")
