"""The count flow on the client object: `client.counts.start(...)`, `.watch(...)`, `.rows(...)`.

The flow itself is in `counts.py`; it is imported when a method is called, because it imports the generated
`api.counts` package, which imports this module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._runtime._streaming import AsyncStream, Stream
    from ...client import AuthenticatedClient
    from ...models import CountResultRow
    from ..counts import AsyncCountRun, CountRun, CountStatus


class CountsExtension:
    _client: AuthenticatedClient

    def start(self, order_id: str, query_name: str, *, current_user: str) -> CountRun:
        """Start counting the order's audience with one of its source's queries: a `CountRun` to watch, read
        and cancel (a context manager that cancels the count if left early)."""
        from ..counts import start_count

        return start_count(self._client, order_id, query_name, current_user=current_user)

    def watch(self, execution_hash: str, db_origin: str, *, idle_timeout: float | None = None) -> Stream[CountStatus]:
        """A running count's status events as they come, until its end."""
        from ..counts import stream_count_status

        return stream_count_status(self._client, execution_hash, db_origin, idle_timeout=idle_timeout)

    def rows(
        self,
        order_id: str,
        query_name: str,
        *,
        current_user: str,
        on_status: Callable[[CountStatus], None] | None = None,
        limit: int = 1000,
    ) -> Iterator[CountResultRow]:
        """The whole flow: run the count, follow it to its end, then every row of its result, page by page."""
        from ..counts import count_rows

        return count_rows(
            self._client, order_id, query_name, current_user=current_user, on_status=on_status, limit=limit
        )


class AsyncCountsExtension:
    _client: AuthenticatedClient

    async def start(self, order_id: str, query_name: str, *, current_user: str) -> AsyncCountRun:
        """Start counting the order's audience: an `AsyncCountRun` (`async with` cancels it if left early)."""
        from ..counts import astart_count

        return await astart_count(self._client, order_id, query_name, current_user=current_user)

    async def watch(
        self, execution_hash: str, db_origin: str, *, idle_timeout: float | None = None
    ) -> AsyncStream[CountStatus]:
        """A running count's status events as they come, until its end."""
        from ..counts import astream_count_status

        return await astream_count_status(self._client, execution_hash, db_origin, idle_timeout=idle_timeout)

    def rows(
        self,
        order_id: str,
        query_name: str,
        *,
        current_user: str,
        on_status: Callable[[CountStatus], None] | None = None,
        limit: int = 1000,
    ) -> AsyncIterator[CountResultRow]:
        """The whole flow, awaited: run the count, follow it, then every row of its result."""
        from ..counts import acount_rows

        return acount_rows(
            self._client, order_id, query_name, current_user=current_user, on_status=on_status, limit=limit
        )
