"""The datafiles operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
from ...models.datafile import Datafile
from ...models.error import Error
from ...types import UNSET, Unset
from . import search_datafiles as _search_datafiles

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class DatafilesResource:
    """The datafiles operations: `client.datafiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DatafilesResource()"

    def search(
        self,
        *,
        where: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> builtins.list[Datafile]:
        """Search datafiles

        Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

        Args:
            where (str | Unset):
            sort (str | Unset):
            limit (int | Unset):

        Returns:
            builtins.list[Datafile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _search_datafiles.sync_detailed(client=self._client, where=where, sort=sort, limit=limit)
        return cast("builtins.list[Datafile]", success(response, "search_datafiles", (200,)))


class AsyncDatafilesResource:
    """The datafiles operations, awaited: `client.datafiles.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDatafilesResource()"

    async def search(
        self,
        *,
        where: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> builtins.list[Datafile]:
        """Search datafiles

        Finds datafiles matching a MongoDB-style query document, optionally sorted and limited.

        Args:
            where (str | Unset):
            sort (str | Unset):
            limit (int | Unset):

        Returns:
            builtins.list[Datafile]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _search_datafiles.asyncio_detailed(client=self._client, where=where, sort=sort, limit=limit)
        return cast("builtins.list[Datafile]", success(response, "search_datafiles", (200,)))


__all__ = ("DatafilesResource", "AsyncDatafilesResource")
