"""A client library for accessing BettrData API"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClientObject,
    AsyncPager,
    AsyncPaginate,
    AsyncStream,
    AuthenticationError,
    BadRequestError,
    BearerToken,
    Clock,
    ConflictError,
    Connector,
    DualTransport,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    Page,
    Pager,
    Paginate,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RawResponse,
    RetryPolicy,
    Stream,
    StreamDecodeError,
    StreamError,
    SyncClientObject,
    is_unknown,
)
from ._spec_meta import API
from .client import AuthenticatedClient, Client

connect: Connector[AuthenticatedClient] = Connector(API, AuthenticatedClient)
paginate = Paginate(API.operations)
apaginate = AsyncPaginate(API.operations)

if TYPE_CHECKING:
    from .api.audiences import (
        AsyncAudiencesResource,
        AsyncAudiencesResourceWithRawResponse,
        AudiencesResource,
        AudiencesResourceWithRawResponse,
    )
    from .api.authentication import (
        AsyncAuthenticationResource,
        AsyncAuthenticationResourceWithRawResponse,
        AuthenticationResource,
        AuthenticationResourceWithRawResponse,
    )
    from .api.counts import (
        AsyncCountsResource,
        AsyncCountsResourceWithRawResponse,
        CountsResource,
        CountsResourceWithRawResponse,
    )
    from .api.datafiles import (
        AsyncDatafilesResource,
        AsyncDatafilesResourceWithRawResponse,
        DatafilesResource,
        DatafilesResourceWithRawResponse,
    )
    from .api.merge_runs import (
        AsyncMergeRunsResource,
        AsyncMergeRunsResourceWithRawResponse,
        MergeRunsResource,
        MergeRunsResourceWithRawResponse,
    )


class BettrData(SyncClientObject[AuthenticatedClient]):
    """The API's client object: a resource per tag, e.g. `client.audiences`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://{org}.bettrdata.io:1337`), its variables from the arguments below, else `<VENDOR>_<VARIABLE>`, else their defaults.
        org: the server variable `org` (default `your-org`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        http_client: an `httpx.Client` of yours to send through (its proxies, TLS, limits, event hooks),
            beneath the runtime's auth, retries and pacing; yours to close.
        environ: where settings are read from (default: `os.environ`).
    """

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        org: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        http_client: httpx.Client | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            connect=connect,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            http_client=http_client,
            environ=environ,
            server_variables={
                "org": (org, "your-org"),
            },
            server_arguments={
                "org": org,
            },
        )

    @cached_property
    def audiences(self) -> AudiencesResource:
        from .api.audiences import AudiencesResource

        return AudiencesResource(self._client)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        from .api.authentication import AuthenticationResource

        return AuthenticationResource(self._client)

    @cached_property
    def counts(self) -> CountsResource:
        from .api.counts import CountsResource

        return CountsResource(self._client)

    @cached_property
    def datafiles(self) -> DatafilesResource:
        from .api.datafiles import DatafilesResource

        return DatafilesResource(self._client)

    @cached_property
    def merge_runs(self) -> MergeRunsResource:
        from .api.merge_runs import MergeRunsResource

        return MergeRunsResource(self._client)

    @cached_property
    def with_raw_response(self) -> BettrDataWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return BettrDataWithRawResponse(self)


class BettrDataWithRawResponse:
    def __init__(self, client: BettrData) -> None:
        self._client = client

    @cached_property
    def audiences(self) -> AudiencesResourceWithRawResponse:
        from .api.audiences import AudiencesResourceWithRawResponse

        return AudiencesResourceWithRawResponse(self._client.audiences)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        from .api.authentication import AuthenticationResourceWithRawResponse

        return AuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def counts(self) -> CountsResourceWithRawResponse:
        from .api.counts import CountsResourceWithRawResponse

        return CountsResourceWithRawResponse(self._client.counts)

    @cached_property
    def datafiles(self) -> DatafilesResourceWithRawResponse:
        from .api.datafiles import DatafilesResourceWithRawResponse

        return DatafilesResourceWithRawResponse(self._client.datafiles)

    @cached_property
    def merge_runs(self) -> MergeRunsResourceWithRawResponse:
        from .api.merge_runs import MergeRunsResourceWithRawResponse

        return MergeRunsResourceWithRawResponse(self._client.merge_runs)


class AsyncBettrData(AsyncClientObject[AuthenticatedClient]):
    """The API's client object, awaited: a resource per tag, e.g. `client.audiences`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://{org}.bettrdata.io:1337`), its variables from the arguments below, else `<VENDOR>_<VARIABLE>`, else their defaults.
        org: the server variable `org` (default `your-org`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        http_client: an `httpx.AsyncClient` of yours to send through (its proxies, TLS, limits, event hooks),
            beneath the runtime's auth, retries and pacing; yours to close.
        environ: where settings are read from (default: `os.environ`).
    """

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        org: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            connect=connect,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            http_client=http_client,
            environ=environ,
            server_variables={
                "org": (org, "your-org"),
            },
            server_arguments={
                "org": org,
            },
        )

    @cached_property
    def audiences(self) -> AsyncAudiencesResource:
        from .api.audiences import AsyncAudiencesResource

        return AsyncAudiencesResource(self._client)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        from .api.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self._client)

    @cached_property
    def counts(self) -> AsyncCountsResource:
        from .api.counts import AsyncCountsResource

        return AsyncCountsResource(self._client)

    @cached_property
    def datafiles(self) -> AsyncDatafilesResource:
        from .api.datafiles import AsyncDatafilesResource

        return AsyncDatafilesResource(self._client)

    @cached_property
    def merge_runs(self) -> AsyncMergeRunsResource:
        from .api.merge_runs import AsyncMergeRunsResource

        return AsyncMergeRunsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBettrDataWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return AsyncBettrDataWithRawResponse(self)


class AsyncBettrDataWithRawResponse:
    def __init__(self, client: AsyncBettrData) -> None:
        self._client = client

    @cached_property
    def audiences(self) -> AsyncAudiencesResourceWithRawResponse:
        from .api.audiences import AsyncAudiencesResourceWithRawResponse

        return AsyncAudiencesResourceWithRawResponse(self._client.audiences)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        from .api.authentication import AsyncAuthenticationResourceWithRawResponse

        return AsyncAuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def counts(self) -> AsyncCountsResourceWithRawResponse:
        from .api.counts import AsyncCountsResourceWithRawResponse

        return AsyncCountsResourceWithRawResponse(self._client.counts)

    @cached_property
    def datafiles(self) -> AsyncDatafilesResourceWithRawResponse:
        from .api.datafiles import AsyncDatafilesResourceWithRawResponse

        return AsyncDatafilesResourceWithRawResponse(self._client.datafiles)

    @cached_property
    def merge_runs(self) -> AsyncMergeRunsResourceWithRawResponse:
        from .api.merge_runs import AsyncMergeRunsResourceWithRawResponse

        return AsyncMergeRunsResourceWithRawResponse(self._client.merge_runs)


__version__ = API.client_version
API_VERSION = API.api_version

__all__ = (
    "API_VERSION",
    "BettrData",
    "AsyncBettrData",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "Client",
    "Clock",
    "ConflictError",
    "ErrorDetail",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "Pager",
    "PaginationError",
    "RawResponse",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "apaginate",
    "connect",
    "is_unknown",
    "paginate",
)
