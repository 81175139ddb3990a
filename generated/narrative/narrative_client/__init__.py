"""A client library for accessing Narrative Data Collaboration Platform API"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._client_object import AsyncClientObject, SyncClientObject
from ._clock import Clock
from ._connect import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BearerToken, connect
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamDecodeError,
    StreamError,
)
from ._pagination import AsyncPager, Page, Pager, apaginate, paginate
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream
from ._transport import DualTransport
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .api.access_rules import AccessRulesResource, AsyncAccessRulesResource
    from .api.access_tokens import AccessTokensResource, AsyncAccessTokensResource
    from .api.app_api import AppApiResource, AsyncAppApiResource
    from .api.apps import AppsResource, AsyncAppsResource
    from .api.attributes import AsyncAttributesResource, AttributesResource
    from .api.auth import AsyncAuthResource, AuthResource
    from .api.authentication import AsyncAuthenticationResource, AuthenticationResource
    from .api.billings import AsyncBillingsResource, BillingsResource
    from .api.companies import AsyncCompaniesResource, CompaniesResource
    from .api.company import AsyncCompanyResource, CompanyResource
    from .api.company_marketing_information import (
        AsyncCompanyMarketingInformationResource,
        CompanyMarketingInformationResource,
    )
    from .api.connections import AsyncConnectionsResource, ConnectionsResource
    from .api.contracts import AsyncContractsResource, ContractsResource
    from .api.data_shops import AsyncDataShopsResource, DataShopsResource
    from .api.data_streams import AsyncDataStreamsResource, DataStreamsResource
    from .api.datasets import AsyncDatasetsResource, DatasetsResource
    from .api.destinations import AsyncDestinationsResource, DestinationsResource
    from .api.jobs import AsyncJobsResource, JobsResource
    from .api.mappings import AsyncMappingsResource, MappingsResource
    from .api.permissions import AsyncPermissionsResource, PermissionsResource
    from .api.products import AsyncProductsResource, ProductsResource
    from .api.profiles import AsyncProfilesResource, ProfilesResource
    from .api.queries import AsyncQueriesResource, QueriesResource
    from .api.resources import AsyncResourcesResource, ResourcesResource
    from .api.schema_inference import AsyncSchemaInferenceResource, SchemaInferenceResource
    from .api.schema_presets import AsyncSchemaPresetsResource, SchemaPresetsResource
    from .api.subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from .api.uploads import AsyncUploadsResource, UploadsResource
    from .api.usage import AsyncUsageResource, UsageResource
    from .api.views import AsyncViewsResource, ViewsResource
    from .api.whoami import AsyncWhoamiResource, WhoamiResource


class Narrative(SyncClientObject):
    """The API's client object: a resource per tag, e.g. `client.access_rules`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.narrative.io`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        environ: where settings are read from (default: `os.environ`).
    """

    _SERVER_URL = "https://api.narrative.io"

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            environ=environ,
            server_variables={},
            server_arguments={},
        )

    @cached_property
    def access_rules(self) -> AccessRulesResource:
        from .api.access_rules import AccessRulesResource

        return AccessRulesResource(self._client)

    @cached_property
    def access_tokens(self) -> AccessTokensResource:
        from .api.access_tokens import AccessTokensResource

        return AccessTokensResource(self._client)

    @cached_property
    def app_api(self) -> AppApiResource:
        from .api.app_api import AppApiResource

        return AppApiResource(self._client)

    @cached_property
    def apps(self) -> AppsResource:
        from .api.apps import AppsResource

        return AppsResource(self._client)

    @cached_property
    def attributes(self) -> AttributesResource:
        from .api.attributes import AttributesResource

        return AttributesResource(self._client)

    @cached_property
    def auth(self) -> AuthResource:
        from .api.auth import AuthResource

        return AuthResource(self._client)

    @cached_property
    def authentication(self) -> AuthenticationResource:
        from .api.authentication import AuthenticationResource

        return AuthenticationResource(self._client)

    @cached_property
    def billings(self) -> BillingsResource:
        from .api.billings import BillingsResource

        return BillingsResource(self._client)

    @cached_property
    def companies(self) -> CompaniesResource:
        from .api.companies import CompaniesResource

        return CompaniesResource(self._client)

    @cached_property
    def company(self) -> CompanyResource:
        from .api.company import CompanyResource

        return CompanyResource(self._client)

    @cached_property
    def company_marketing_information(self) -> CompanyMarketingInformationResource:
        from .api.company_marketing_information import CompanyMarketingInformationResource

        return CompanyMarketingInformationResource(self._client)

    @cached_property
    def connections(self) -> ConnectionsResource:
        from .api.connections import ConnectionsResource

        return ConnectionsResource(self._client)

    @cached_property
    def contracts(self) -> ContractsResource:
        from .api.contracts import ContractsResource

        return ContractsResource(self._client)

    @cached_property
    def data_shops(self) -> DataShopsResource:
        from .api.data_shops import DataShopsResource

        return DataShopsResource(self._client)

    @cached_property
    def data_streams(self) -> DataStreamsResource:
        from .api.data_streams import DataStreamsResource

        return DataStreamsResource(self._client)

    @cached_property
    def datasets(self) -> DatasetsResource:
        from .api.datasets import DatasetsResource

        return DatasetsResource(self._client)

    @cached_property
    def destinations(self) -> DestinationsResource:
        from .api.destinations import DestinationsResource

        return DestinationsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        from .api.jobs import JobsResource

        return JobsResource(self._client)

    @cached_property
    def mappings(self) -> MappingsResource:
        from .api.mappings import MappingsResource

        return MappingsResource(self._client)

    @cached_property
    def permissions(self) -> PermissionsResource:
        from .api.permissions import PermissionsResource

        return PermissionsResource(self._client)

    @cached_property
    def products(self) -> ProductsResource:
        from .api.products import ProductsResource

        return ProductsResource(self._client)

    @cached_property
    def profiles(self) -> ProfilesResource:
        from .api.profiles import ProfilesResource

        return ProfilesResource(self._client)

    @cached_property
    def queries(self) -> QueriesResource:
        from .api.queries import QueriesResource

        return QueriesResource(self._client)

    @cached_property
    def resources(self) -> ResourcesResource:
        from .api.resources import ResourcesResource

        return ResourcesResource(self._client)

    @cached_property
    def schema_inference(self) -> SchemaInferenceResource:
        from .api.schema_inference import SchemaInferenceResource

        return SchemaInferenceResource(self._client)

    @cached_property
    def schema_presets(self) -> SchemaPresetsResource:
        from .api.schema_presets import SchemaPresetsResource

        return SchemaPresetsResource(self._client)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        from .api.subscriptions import SubscriptionsResource

        return SubscriptionsResource(self._client)

    @cached_property
    def uploads(self) -> UploadsResource:
        from .api.uploads import UploadsResource

        return UploadsResource(self._client)

    @cached_property
    def usage(self) -> UsageResource:
        from .api.usage import UsageResource

        return UsageResource(self._client)

    @cached_property
    def views(self) -> ViewsResource:
        from .api.views import ViewsResource

        return ViewsResource(self._client)

    @cached_property
    def whoami(self) -> WhoamiResource:
        from .api.whoami import WhoamiResource

        return WhoamiResource(self._client)


class AsyncNarrative(AsyncClientObject):
    """The API's client object, awaited: a resource per tag, e.g. `client.access_rules`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.narrative.io`).
        timeout: seconds, or an `httpx.Timeout`; else `<VENDOR>_TIMEOUT`; else 30 s to read, 5 s to connect.
        max_retries: retries after the first attempt; else `<VENDOR>_MAX_RETRIES`; else 2.
        headers: headers sent with every request.
        transport: what sends requests (default: the network); tests pass `httpx.MockTransport`.
        environ: where settings are read from (default: `os.environ`).
    """

    _SERVER_URL = "https://api.narrative.io"

    def __init__(
        self,
        *,
        auth: httpx.Auth | str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        transport: DualTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            environ=environ,
            server_variables={},
            server_arguments={},
        )

    @cached_property
    def access_rules(self) -> AsyncAccessRulesResource:
        from .api.access_rules import AsyncAccessRulesResource

        return AsyncAccessRulesResource(self._client)

    @cached_property
    def access_tokens(self) -> AsyncAccessTokensResource:
        from .api.access_tokens import AsyncAccessTokensResource

        return AsyncAccessTokensResource(self._client)

    @cached_property
    def app_api(self) -> AsyncAppApiResource:
        from .api.app_api import AsyncAppApiResource

        return AsyncAppApiResource(self._client)

    @cached_property
    def apps(self) -> AsyncAppsResource:
        from .api.apps import AsyncAppsResource

        return AsyncAppsResource(self._client)

    @cached_property
    def attributes(self) -> AsyncAttributesResource:
        from .api.attributes import AsyncAttributesResource

        return AsyncAttributesResource(self._client)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        from .api.auth import AsyncAuthResource

        return AsyncAuthResource(self._client)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResource:
        from .api.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self._client)

    @cached_property
    def billings(self) -> AsyncBillingsResource:
        from .api.billings import AsyncBillingsResource

        return AsyncBillingsResource(self._client)

    @cached_property
    def companies(self) -> AsyncCompaniesResource:
        from .api.companies import AsyncCompaniesResource

        return AsyncCompaniesResource(self._client)

    @cached_property
    def company(self) -> AsyncCompanyResource:
        from .api.company import AsyncCompanyResource

        return AsyncCompanyResource(self._client)

    @cached_property
    def company_marketing_information(self) -> AsyncCompanyMarketingInformationResource:
        from .api.company_marketing_information import AsyncCompanyMarketingInformationResource

        return AsyncCompanyMarketingInformationResource(self._client)

    @cached_property
    def connections(self) -> AsyncConnectionsResource:
        from .api.connections import AsyncConnectionsResource

        return AsyncConnectionsResource(self._client)

    @cached_property
    def contracts(self) -> AsyncContractsResource:
        from .api.contracts import AsyncContractsResource

        return AsyncContractsResource(self._client)

    @cached_property
    def data_shops(self) -> AsyncDataShopsResource:
        from .api.data_shops import AsyncDataShopsResource

        return AsyncDataShopsResource(self._client)

    @cached_property
    def data_streams(self) -> AsyncDataStreamsResource:
        from .api.data_streams import AsyncDataStreamsResource

        return AsyncDataStreamsResource(self._client)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        from .api.datasets import AsyncDatasetsResource

        return AsyncDatasetsResource(self._client)

    @cached_property
    def destinations(self) -> AsyncDestinationsResource:
        from .api.destinations import AsyncDestinationsResource

        return AsyncDestinationsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from .api.jobs import AsyncJobsResource

        return AsyncJobsResource(self._client)

    @cached_property
    def mappings(self) -> AsyncMappingsResource:
        from .api.mappings import AsyncMappingsResource

        return AsyncMappingsResource(self._client)

    @cached_property
    def permissions(self) -> AsyncPermissionsResource:
        from .api.permissions import AsyncPermissionsResource

        return AsyncPermissionsResource(self._client)

    @cached_property
    def products(self) -> AsyncProductsResource:
        from .api.products import AsyncProductsResource

        return AsyncProductsResource(self._client)

    @cached_property
    def profiles(self) -> AsyncProfilesResource:
        from .api.profiles import AsyncProfilesResource

        return AsyncProfilesResource(self._client)

    @cached_property
    def queries(self) -> AsyncQueriesResource:
        from .api.queries import AsyncQueriesResource

        return AsyncQueriesResource(self._client)

    @cached_property
    def resources(self) -> AsyncResourcesResource:
        from .api.resources import AsyncResourcesResource

        return AsyncResourcesResource(self._client)

    @cached_property
    def schema_inference(self) -> AsyncSchemaInferenceResource:
        from .api.schema_inference import AsyncSchemaInferenceResource

        return AsyncSchemaInferenceResource(self._client)

    @cached_property
    def schema_presets(self) -> AsyncSchemaPresetsResource:
        from .api.schema_presets import AsyncSchemaPresetsResource

        return AsyncSchemaPresetsResource(self._client)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResource:
        from .api.subscriptions import AsyncSubscriptionsResource

        return AsyncSubscriptionsResource(self._client)

    @cached_property
    def uploads(self) -> AsyncUploadsResource:
        from .api.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self._client)

    @cached_property
    def usage(self) -> AsyncUsageResource:
        from .api.usage import AsyncUsageResource

        return AsyncUsageResource(self._client)

    @cached_property
    def views(self) -> AsyncViewsResource:
        from .api.views import AsyncViewsResource

        return AsyncViewsResource(self._client)

    @cached_property
    def whoami(self) -> AsyncWhoamiResource:
        from .api.whoami import AsyncWhoamiResource

        return AsyncWhoamiResource(self._client)


__all__ = (
    "Narrative",
    "AsyncNarrative",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
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
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "apaginate",
    "connect",
    "paginate",
)
