"""A client library for accessing Narrative Data Collaboration Platform API"""

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
    from .api.access_rules import (
        AccessRulesResource,
        AccessRulesResourceWithRawResponse,
        AsyncAccessRulesResource,
        AsyncAccessRulesResourceWithRawResponse,
    )
    from .api.access_tokens import (
        AccessTokensResource,
        AccessTokensResourceWithRawResponse,
        AsyncAccessTokensResource,
        AsyncAccessTokensResourceWithRawResponse,
    )
    from .api.app_api import (
        AppApiResource,
        AppApiResourceWithRawResponse,
        AsyncAppApiResource,
        AsyncAppApiResourceWithRawResponse,
    )
    from .api.apps import (
        AppsResource,
        AppsResourceWithRawResponse,
        AsyncAppsResource,
        AsyncAppsResourceWithRawResponse,
    )
    from .api.attributes import (
        AsyncAttributesResource,
        AsyncAttributesResourceWithRawResponse,
        AttributesResource,
        AttributesResourceWithRawResponse,
    )
    from .api.auth import (
        AsyncAuthResource,
        AsyncAuthResourceWithRawResponse,
        AuthResource,
        AuthResourceWithRawResponse,
    )
    from .api.authentication import (
        AsyncAuthenticationResource,
        AsyncAuthenticationResourceWithRawResponse,
        AuthenticationResource,
        AuthenticationResourceWithRawResponse,
    )
    from .api.billings import (
        AsyncBillingsResource,
        AsyncBillingsResourceWithRawResponse,
        BillingsResource,
        BillingsResourceWithRawResponse,
    )
    from .api.companies import (
        AsyncCompaniesResource,
        AsyncCompaniesResourceWithRawResponse,
        CompaniesResource,
        CompaniesResourceWithRawResponse,
    )
    from .api.company import (
        AsyncCompanyResource,
        AsyncCompanyResourceWithRawResponse,
        CompanyResource,
        CompanyResourceWithRawResponse,
    )
    from .api.company_marketing_information import (
        AsyncCompanyMarketingInformationResource,
        AsyncCompanyMarketingInformationResourceWithRawResponse,
        CompanyMarketingInformationResource,
        CompanyMarketingInformationResourceWithRawResponse,
    )
    from .api.connections import (
        AsyncConnectionsResource,
        AsyncConnectionsResourceWithRawResponse,
        ConnectionsResource,
        ConnectionsResourceWithRawResponse,
    )
    from .api.contracts import (
        AsyncContractsResource,
        AsyncContractsResourceWithRawResponse,
        ContractsResource,
        ContractsResourceWithRawResponse,
    )
    from .api.data_shops import (
        AsyncDataShopsResource,
        AsyncDataShopsResourceWithRawResponse,
        DataShopsResource,
        DataShopsResourceWithRawResponse,
    )
    from .api.data_streams import (
        AsyncDataStreamsResource,
        AsyncDataStreamsResourceWithRawResponse,
        DataStreamsResource,
        DataStreamsResourceWithRawResponse,
    )
    from .api.datasets import (
        AsyncDatasetsResource,
        AsyncDatasetsResourceWithRawResponse,
        DatasetsResource,
        DatasetsResourceWithRawResponse,
    )
    from .api.destinations import (
        AsyncDestinationsResource,
        AsyncDestinationsResourceWithRawResponse,
        DestinationsResource,
        DestinationsResourceWithRawResponse,
    )
    from .api.jobs import (
        AsyncJobsResource,
        AsyncJobsResourceWithRawResponse,
        JobsResource,
        JobsResourceWithRawResponse,
    )
    from .api.mappings import (
        AsyncMappingsResource,
        AsyncMappingsResourceWithRawResponse,
        MappingsResource,
        MappingsResourceWithRawResponse,
    )
    from .api.permissions import (
        AsyncPermissionsResource,
        AsyncPermissionsResourceWithRawResponse,
        PermissionsResource,
        PermissionsResourceWithRawResponse,
    )
    from .api.products import (
        AsyncProductsResource,
        AsyncProductsResourceWithRawResponse,
        ProductsResource,
        ProductsResourceWithRawResponse,
    )
    from .api.profiles import (
        AsyncProfilesResource,
        AsyncProfilesResourceWithRawResponse,
        ProfilesResource,
        ProfilesResourceWithRawResponse,
    )
    from .api.queries import (
        AsyncQueriesResource,
        AsyncQueriesResourceWithRawResponse,
        QueriesResource,
        QueriesResourceWithRawResponse,
    )
    from .api.resources import (
        AsyncResourcesResource,
        AsyncResourcesResourceWithRawResponse,
        ResourcesResource,
        ResourcesResourceWithRawResponse,
    )
    from .api.schema_inference import (
        AsyncSchemaInferenceResource,
        AsyncSchemaInferenceResourceWithRawResponse,
        SchemaInferenceResource,
        SchemaInferenceResourceWithRawResponse,
    )
    from .api.schema_presets import (
        AsyncSchemaPresetsResource,
        AsyncSchemaPresetsResourceWithRawResponse,
        SchemaPresetsResource,
        SchemaPresetsResourceWithRawResponse,
    )
    from .api.subscriptions import (
        AsyncSubscriptionsResource,
        AsyncSubscriptionsResourceWithRawResponse,
        SubscriptionsResource,
        SubscriptionsResourceWithRawResponse,
    )
    from .api.uploads import (
        AsyncUploadsResource,
        AsyncUploadsResourceWithRawResponse,
        UploadsResource,
        UploadsResourceWithRawResponse,
    )
    from .api.usage import (
        AsyncUsageResource,
        AsyncUsageResourceWithRawResponse,
        UsageResource,
        UsageResourceWithRawResponse,
    )
    from .api.views import (
        AsyncViewsResource,
        AsyncViewsResourceWithRawResponse,
        ViewsResource,
        ViewsResourceWithRawResponse,
    )
    from .api.whoami import (
        AsyncWhoamiResource,
        AsyncWhoamiResourceWithRawResponse,
        WhoamiResource,
        WhoamiResourceWithRawResponse,
    )


class Narrative(SyncClientObject[AuthenticatedClient]):
    """The API's client object: a resource per tag, e.g. `client.access_rules`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.narrative.io`).
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

    @cached_property
    def with_raw_response(self) -> NarrativeWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return NarrativeWithRawResponse(self)


class NarrativeWithRawResponse:
    def __init__(self, client: Narrative) -> None:
        self._client = client

    @cached_property
    def access_rules(self) -> AccessRulesResourceWithRawResponse:
        from .api.access_rules import AccessRulesResourceWithRawResponse

        return AccessRulesResourceWithRawResponse(self._client.access_rules)

    @cached_property
    def access_tokens(self) -> AccessTokensResourceWithRawResponse:
        from .api.access_tokens import AccessTokensResourceWithRawResponse

        return AccessTokensResourceWithRawResponse(self._client.access_tokens)

    @cached_property
    def app_api(self) -> AppApiResourceWithRawResponse:
        from .api.app_api import AppApiResourceWithRawResponse

        return AppApiResourceWithRawResponse(self._client.app_api)

    @cached_property
    def apps(self) -> AppsResourceWithRawResponse:
        from .api.apps import AppsResourceWithRawResponse

        return AppsResourceWithRawResponse(self._client.apps)

    @cached_property
    def attributes(self) -> AttributesResourceWithRawResponse:
        from .api.attributes import AttributesResourceWithRawResponse

        return AttributesResourceWithRawResponse(self._client.attributes)

    @cached_property
    def auth(self) -> AuthResourceWithRawResponse:
        from .api.auth import AuthResourceWithRawResponse

        return AuthResourceWithRawResponse(self._client.auth)

    @cached_property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        from .api.authentication import AuthenticationResourceWithRawResponse

        return AuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def billings(self) -> BillingsResourceWithRawResponse:
        from .api.billings import BillingsResourceWithRawResponse

        return BillingsResourceWithRawResponse(self._client.billings)

    @cached_property
    def companies(self) -> CompaniesResourceWithRawResponse:
        from .api.companies import CompaniesResourceWithRawResponse

        return CompaniesResourceWithRawResponse(self._client.companies)

    @cached_property
    def company(self) -> CompanyResourceWithRawResponse:
        from .api.company import CompanyResourceWithRawResponse

        return CompanyResourceWithRawResponse(self._client.company)

    @cached_property
    def company_marketing_information(self) -> CompanyMarketingInformationResourceWithRawResponse:
        from .api.company_marketing_information import CompanyMarketingInformationResourceWithRawResponse

        return CompanyMarketingInformationResourceWithRawResponse(self._client.company_marketing_information)

    @cached_property
    def connections(self) -> ConnectionsResourceWithRawResponse:
        from .api.connections import ConnectionsResourceWithRawResponse

        return ConnectionsResourceWithRawResponse(self._client.connections)

    @cached_property
    def contracts(self) -> ContractsResourceWithRawResponse:
        from .api.contracts import ContractsResourceWithRawResponse

        return ContractsResourceWithRawResponse(self._client.contracts)

    @cached_property
    def data_shops(self) -> DataShopsResourceWithRawResponse:
        from .api.data_shops import DataShopsResourceWithRawResponse

        return DataShopsResourceWithRawResponse(self._client.data_shops)

    @cached_property
    def data_streams(self) -> DataStreamsResourceWithRawResponse:
        from .api.data_streams import DataStreamsResourceWithRawResponse

        return DataStreamsResourceWithRawResponse(self._client.data_streams)

    @cached_property
    def datasets(self) -> DatasetsResourceWithRawResponse:
        from .api.datasets import DatasetsResourceWithRawResponse

        return DatasetsResourceWithRawResponse(self._client.datasets)

    @cached_property
    def destinations(self) -> DestinationsResourceWithRawResponse:
        from .api.destinations import DestinationsResourceWithRawResponse

        return DestinationsResourceWithRawResponse(self._client.destinations)

    @cached_property
    def jobs(self) -> JobsResourceWithRawResponse:
        from .api.jobs import JobsResourceWithRawResponse

        return JobsResourceWithRawResponse(self._client.jobs)

    @cached_property
    def mappings(self) -> MappingsResourceWithRawResponse:
        from .api.mappings import MappingsResourceWithRawResponse

        return MappingsResourceWithRawResponse(self._client.mappings)

    @cached_property
    def permissions(self) -> PermissionsResourceWithRawResponse:
        from .api.permissions import PermissionsResourceWithRawResponse

        return PermissionsResourceWithRawResponse(self._client.permissions)

    @cached_property
    def products(self) -> ProductsResourceWithRawResponse:
        from .api.products import ProductsResourceWithRawResponse

        return ProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def profiles(self) -> ProfilesResourceWithRawResponse:
        from .api.profiles import ProfilesResourceWithRawResponse

        return ProfilesResourceWithRawResponse(self._client.profiles)

    @cached_property
    def queries(self) -> QueriesResourceWithRawResponse:
        from .api.queries import QueriesResourceWithRawResponse

        return QueriesResourceWithRawResponse(self._client.queries)

    @cached_property
    def resources(self) -> ResourcesResourceWithRawResponse:
        from .api.resources import ResourcesResourceWithRawResponse

        return ResourcesResourceWithRawResponse(self._client.resources)

    @cached_property
    def schema_inference(self) -> SchemaInferenceResourceWithRawResponse:
        from .api.schema_inference import SchemaInferenceResourceWithRawResponse

        return SchemaInferenceResourceWithRawResponse(self._client.schema_inference)

    @cached_property
    def schema_presets(self) -> SchemaPresetsResourceWithRawResponse:
        from .api.schema_presets import SchemaPresetsResourceWithRawResponse

        return SchemaPresetsResourceWithRawResponse(self._client.schema_presets)

    @cached_property
    def subscriptions(self) -> SubscriptionsResourceWithRawResponse:
        from .api.subscriptions import SubscriptionsResourceWithRawResponse

        return SubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def uploads(self) -> UploadsResourceWithRawResponse:
        from .api.uploads import UploadsResourceWithRawResponse

        return UploadsResourceWithRawResponse(self._client.uploads)

    @cached_property
    def usage(self) -> UsageResourceWithRawResponse:
        from .api.usage import UsageResourceWithRawResponse

        return UsageResourceWithRawResponse(self._client.usage)

    @cached_property
    def views(self) -> ViewsResourceWithRawResponse:
        from .api.views import ViewsResourceWithRawResponse

        return ViewsResourceWithRawResponse(self._client.views)

    @cached_property
    def whoami(self) -> WhoamiResourceWithRawResponse:
        from .api.whoami import WhoamiResourceWithRawResponse

        return WhoamiResourceWithRawResponse(self._client.whoami)


class AsyncNarrative(AsyncClientObject[AuthenticatedClient]):
    """The API's client object, awaited: a resource per tag, e.g. `client.access_rules`.

    Args:
        auth: an `httpx.Auth` (the vendor's sign-in auth), or an API token, or None.
        base_url: the API's address; else `<VENDOR>_BASE_URL`; else the spec's first server
            (`https://api.narrative.io`).
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

    @cached_property
    def with_raw_response(self) -> AsyncNarrativeWithRawResponse:
        """The same resources, their methods answering `RawResponse`s: status, headers, request id, parsed model."""
        return AsyncNarrativeWithRawResponse(self)


class AsyncNarrativeWithRawResponse:
    def __init__(self, client: AsyncNarrative) -> None:
        self._client = client

    @cached_property
    def access_rules(self) -> AsyncAccessRulesResourceWithRawResponse:
        from .api.access_rules import AsyncAccessRulesResourceWithRawResponse

        return AsyncAccessRulesResourceWithRawResponse(self._client.access_rules)

    @cached_property
    def access_tokens(self) -> AsyncAccessTokensResourceWithRawResponse:
        from .api.access_tokens import AsyncAccessTokensResourceWithRawResponse

        return AsyncAccessTokensResourceWithRawResponse(self._client.access_tokens)

    @cached_property
    def app_api(self) -> AsyncAppApiResourceWithRawResponse:
        from .api.app_api import AsyncAppApiResourceWithRawResponse

        return AsyncAppApiResourceWithRawResponse(self._client.app_api)

    @cached_property
    def apps(self) -> AsyncAppsResourceWithRawResponse:
        from .api.apps import AsyncAppsResourceWithRawResponse

        return AsyncAppsResourceWithRawResponse(self._client.apps)

    @cached_property
    def attributes(self) -> AsyncAttributesResourceWithRawResponse:
        from .api.attributes import AsyncAttributesResourceWithRawResponse

        return AsyncAttributesResourceWithRawResponse(self._client.attributes)

    @cached_property
    def auth(self) -> AsyncAuthResourceWithRawResponse:
        from .api.auth import AsyncAuthResourceWithRawResponse

        return AsyncAuthResourceWithRawResponse(self._client.auth)

    @cached_property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        from .api.authentication import AsyncAuthenticationResourceWithRawResponse

        return AsyncAuthenticationResourceWithRawResponse(self._client.authentication)

    @cached_property
    def billings(self) -> AsyncBillingsResourceWithRawResponse:
        from .api.billings import AsyncBillingsResourceWithRawResponse

        return AsyncBillingsResourceWithRawResponse(self._client.billings)

    @cached_property
    def companies(self) -> AsyncCompaniesResourceWithRawResponse:
        from .api.companies import AsyncCompaniesResourceWithRawResponse

        return AsyncCompaniesResourceWithRawResponse(self._client.companies)

    @cached_property
    def company(self) -> AsyncCompanyResourceWithRawResponse:
        from .api.company import AsyncCompanyResourceWithRawResponse

        return AsyncCompanyResourceWithRawResponse(self._client.company)

    @cached_property
    def company_marketing_information(self) -> AsyncCompanyMarketingInformationResourceWithRawResponse:
        from .api.company_marketing_information import AsyncCompanyMarketingInformationResourceWithRawResponse

        return AsyncCompanyMarketingInformationResourceWithRawResponse(self._client.company_marketing_information)

    @cached_property
    def connections(self) -> AsyncConnectionsResourceWithRawResponse:
        from .api.connections import AsyncConnectionsResourceWithRawResponse

        return AsyncConnectionsResourceWithRawResponse(self._client.connections)

    @cached_property
    def contracts(self) -> AsyncContractsResourceWithRawResponse:
        from .api.contracts import AsyncContractsResourceWithRawResponse

        return AsyncContractsResourceWithRawResponse(self._client.contracts)

    @cached_property
    def data_shops(self) -> AsyncDataShopsResourceWithRawResponse:
        from .api.data_shops import AsyncDataShopsResourceWithRawResponse

        return AsyncDataShopsResourceWithRawResponse(self._client.data_shops)

    @cached_property
    def data_streams(self) -> AsyncDataStreamsResourceWithRawResponse:
        from .api.data_streams import AsyncDataStreamsResourceWithRawResponse

        return AsyncDataStreamsResourceWithRawResponse(self._client.data_streams)

    @cached_property
    def datasets(self) -> AsyncDatasetsResourceWithRawResponse:
        from .api.datasets import AsyncDatasetsResourceWithRawResponse

        return AsyncDatasetsResourceWithRawResponse(self._client.datasets)

    @cached_property
    def destinations(self) -> AsyncDestinationsResourceWithRawResponse:
        from .api.destinations import AsyncDestinationsResourceWithRawResponse

        return AsyncDestinationsResourceWithRawResponse(self._client.destinations)

    @cached_property
    def jobs(self) -> AsyncJobsResourceWithRawResponse:
        from .api.jobs import AsyncJobsResourceWithRawResponse

        return AsyncJobsResourceWithRawResponse(self._client.jobs)

    @cached_property
    def mappings(self) -> AsyncMappingsResourceWithRawResponse:
        from .api.mappings import AsyncMappingsResourceWithRawResponse

        return AsyncMappingsResourceWithRawResponse(self._client.mappings)

    @cached_property
    def permissions(self) -> AsyncPermissionsResourceWithRawResponse:
        from .api.permissions import AsyncPermissionsResourceWithRawResponse

        return AsyncPermissionsResourceWithRawResponse(self._client.permissions)

    @cached_property
    def products(self) -> AsyncProductsResourceWithRawResponse:
        from .api.products import AsyncProductsResourceWithRawResponse

        return AsyncProductsResourceWithRawResponse(self._client.products)

    @cached_property
    def profiles(self) -> AsyncProfilesResourceWithRawResponse:
        from .api.profiles import AsyncProfilesResourceWithRawResponse

        return AsyncProfilesResourceWithRawResponse(self._client.profiles)

    @cached_property
    def queries(self) -> AsyncQueriesResourceWithRawResponse:
        from .api.queries import AsyncQueriesResourceWithRawResponse

        return AsyncQueriesResourceWithRawResponse(self._client.queries)

    @cached_property
    def resources(self) -> AsyncResourcesResourceWithRawResponse:
        from .api.resources import AsyncResourcesResourceWithRawResponse

        return AsyncResourcesResourceWithRawResponse(self._client.resources)

    @cached_property
    def schema_inference(self) -> AsyncSchemaInferenceResourceWithRawResponse:
        from .api.schema_inference import AsyncSchemaInferenceResourceWithRawResponse

        return AsyncSchemaInferenceResourceWithRawResponse(self._client.schema_inference)

    @cached_property
    def schema_presets(self) -> AsyncSchemaPresetsResourceWithRawResponse:
        from .api.schema_presets import AsyncSchemaPresetsResourceWithRawResponse

        return AsyncSchemaPresetsResourceWithRawResponse(self._client.schema_presets)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsResourceWithRawResponse:
        from .api.subscriptions import AsyncSubscriptionsResourceWithRawResponse

        return AsyncSubscriptionsResourceWithRawResponse(self._client.subscriptions)

    @cached_property
    def uploads(self) -> AsyncUploadsResourceWithRawResponse:
        from .api.uploads import AsyncUploadsResourceWithRawResponse

        return AsyncUploadsResourceWithRawResponse(self._client.uploads)

    @cached_property
    def usage(self) -> AsyncUsageResourceWithRawResponse:
        from .api.usage import AsyncUsageResourceWithRawResponse

        return AsyncUsageResourceWithRawResponse(self._client.usage)

    @cached_property
    def views(self) -> AsyncViewsResourceWithRawResponse:
        from .api.views import AsyncViewsResourceWithRawResponse

        return AsyncViewsResourceWithRawResponse(self._client.views)

    @cached_property
    def whoami(self) -> AsyncWhoamiResourceWithRawResponse:
        from .api.whoami import AsyncWhoamiResourceWithRawResponse

        return AsyncWhoamiResourceWithRawResponse(self._client.whoami)


__version__ = API.client_version
API_VERSION = API.api_version

__all__ = (
    "API_VERSION",
    "Narrative",
    "AsyncNarrative",
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
