"""The whoami operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
from ...models.error import Error
from ...models.whoami import Whoami
from ...types import UNSET, Unset
from . import whoami as _whoami

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class WhoamiResource:
    """The whoami operations: `client.whoami.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "WhoamiResource()"

    def whoami(
        self,
    ) -> Whoami:
        """Who am I

        Returns the calling user and the company it currently acts for.

        Returns:
            Whoami

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _whoami.sync_detailed(client=self._client)
        return cast("Whoami", success(response, "whoami", (200,)))


class AsyncWhoamiResource:
    """The whoami operations, awaited: `client.whoami.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncWhoamiResource()"

    async def whoami(
        self,
    ) -> Whoami:
        """Who am I

        Returns the calling user and the company it currently acts for.

        Returns:
            Whoami

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _whoami.asyncio_detailed(client=self._client)
        return cast("Whoami", success(response, "whoami", (200,)))


__all__ = ("WhoamiResource", "AsyncWhoamiResource")
