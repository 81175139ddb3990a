"""The seam for vendor behaviour the engine cannot infer: `apimock/vendors/<spec name>.py` defines `Vendor`."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._replies import Reply
from ._request import ParsedRequest
from ._schemas import Problem
from ._spec import JSON, Operation

if TYPE_CHECKING:
    from ._engine import Mock


class Call:
    """One validated request to an operation, and the helpers a handler answers it with."""

    def __init__(self, mock: Mock, operation: Operation, request: ParsedRequest) -> None:
        self.mock = mock
        self.operation = operation
        self.request = request

    @property
    def path(self) -> dict[str, Any]:
        return self.request.path

    @property
    def query(self) -> dict[str, Any]:
        return self.request.query

    @property
    def body(self) -> JSON:
        return self.request.body

    def reply(self, status: int, body: JSON = None, headers: Mapping[str, str] | None = None) -> Reply:
        media_type = self.mock.replies.media(self.operation, status)[0]
        return Reply(status, body, dict(headers or {}), media_type)

    def error(self, kind: str, message: str | None = None, problems: list[Problem] | None = None) -> Reply:
        """The documented error answer for `kind` (invalid, auth, forbidden, not-found), with `message`."""
        return self.mock.replies.error(self.operation, kind, problems or [], message=message)

    def error_status(self, status: int, message: str) -> Reply:
        return self.mock.replies.error(self.operation, "invalid", [], message=message, status=status)

    async def default(self) -> Reply:
        """What the engine alone would answer (state where it inferred some, else the spec's example)."""
        return await self.mock.default_reply(self)

    def stream(self, events: Callable[[], Any]) -> Reply:
        media_type = self.mock.replies.media(self.operation, 200)[0]
        return Reply(200, None, {}, media_type, stream=events())

    async def pause(self, wake: asyncio.Event | None = None) -> bool:
        """Wait one stream interval; True when `wake` was set meanwhile (a cancel, say)."""
        interval = self.mock.stream_interval(self.operation)
        if wake is None:
            await asyncio.sleep(interval)
            return False
        try:
            await asyncio.wait_for(wake.wait(), interval)
        except TimeoutError:
            return False
        return True


Handler = Callable[[Call], Awaitable[Reply]]


class Vendor:
    """Base class of vendor modules: seed data, handlers by operationId, and messages for missing records."""

    #: Seconds a token issued by the mock lasts unless `create_app(token_lifetime=...)` says otherwise.
    token_lifetime: float = 3600.0

    def __init__(self, mock: Mock) -> None:
        self.mock = mock

    def seed(self) -> None:
        """Put the vendor's starting data in `self.mock.store` (deterministic for `self.mock.seed`)."""

    def handlers(self) -> Mapping[str, Handler]:
        return {}

    def not_found_message(self, operation: Operation) -> str | None:
        """The documented message for a record that does not exist, where the spec has no 404."""
        return None


def load_vendor(name: str) -> type[Vendor]:
    module_name = f"apimock.vendors.{name.replace('-', '_')}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return Vendor
    vendor = getattr(module, "Vendor", None)
    if not (isinstance(vendor, type) and issubclass(vendor, Vendor)):
        raise TypeError(f"{module_name} must define a class `Vendor` derived from apimock.Vendor")
    return vendor
