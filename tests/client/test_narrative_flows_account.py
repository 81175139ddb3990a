"""Narrative flows over the account: signing in, tokens, the caller and its company, contracts, billing, products,
permissions and usage reporting.

Each flow drives the typed generated client against apimock served over HTTP, with request bodies built from the
spec's documented examples, and checks that what was written is what is read back, as the generated models.
"""

from __future__ import annotations

import datetime
import uuid

import httpx
import pytest
from narrative_client import AuthenticatedClient, AuthenticationError, BadRequestError, NotFoundError, connect, paginate
from narrative_client.api.access_tokens import (
    create_access_token,
    get_access_token,
    list_access_tokens,
    update_access_token,
)
from narrative_client.api.auth import request_oauth_token
from narrative_client.api.authentication import get_registration_status, login, register
from narrative_client.api.billings import admin_list_dataset_storage_billings, list_dataset_storage_billings
from narrative_client.api.companies import admin_create_company_logo_upload_url, list_company_domains
from narrative_client.api.company import get_company, get_company_profile, update_company, update_user
from narrative_client.api.company_marketing_information import get_company_info, list_data_stream_market_companies
from narrative_client.api.contracts import (
    admin_create_contract,
    admin_get_active_contract,
    admin_get_contract_revision,
    admin_list_active_contract_rates,
    admin_list_contracts,
    admin_update_active_contract,
    get_active_contract,
    list_contracts,
)
from narrative_client.api.permissions import admin_create_permission
from narrative_client.api.products import (
    admin_add_product_permission,
    admin_create_product,
    admin_get_product,
    admin_list_products,
    admin_update_product,
)
from narrative_client.api.usage import create_usage_event
from narrative_client.api.whoami import whoami
from narrative_client.models import (
    AccessTokenCreated,
    AccessTokenEnvelope,
    AccessTokenList,
    AccessTokenRequest,
    ApiToken,
    Company,
    CompanyDomains,
    CompanyInfo,
    CompanyInfoList,
    CompanyUpdate,
    ContractCreate,
    ContractCreated,
    ContractList,
    ContractRates,
    ContractUpdate,
    ContractWithDetails,
    DatasetStorageBilling,
    LoginRequest,
    LoginResult,
    LogoUploadRequest,
    LogoUploadUrl,
    OAuthTokenRequest,
    PermissionCreate,
    Product,
    ProductCreate,
    ProductPermission,
    ProductUpdate,
    RegisterRequest,
    RegisterResult,
    RegistrationStatus,
    RegistrationStatusRequest,
    UsageEvent,
    UsageEventCreate,
    UserRecord,
    UserUpdate,
    Whoami,
)
from narrative_client.models.access_token import AccessToken
from narrative_client.models.update_access_token_body import UpdateAccessTokenBody

from .narrative_flow_support import client_for, parameter_example, request_example, typed, walk


def test_an_oauth_client_gets_a_token_with_its_basic_credentials_and_only_with_them(
    client: AuthenticatedClient, base_url: str
) -> None:
    request = OAuthTokenRequest.from_dict(request_example("request_oauth_token"))
    credentials = httpx.BasicAuth(str(request.client_id), "client-secret")
    with connect(base_url, auth=credentials, max_retries=0, environ={}) as oauth_client:
        issued = typed(request_oauth_token.sync(client=oauth_client, body=request), ApiToken)
    assert issued.access_token
    assert issued.access_token_expires_in > 0
    with client_for(base_url, token=issued.access_token) as signed_in:
        typed(whoami.sync(client=signed_in), Whoami)

    with pytest.raises(AuthenticationError) as refused:
        request_oauth_token.sync(client=client, body=request)
    assert refused.value.status_code == 401
    with client_for(base_url, token="revoked-token") as stranger, pytest.raises(AuthenticationError):
        whoami.sync(client=stranger)


def test_stytch_sign_in_registration_and_status(client: AuthenticatedClient) -> None:
    status = typed(
        get_registration_status.sync(
            client=client, body=RegistrationStatusRequest.from_dict(request_example("get_registration_status"))
        ),
        RegistrationStatus,
    )
    assert status.status
    registered = typed(
        register.sync(client=client, body=RegisterRequest.from_dict(request_example("register"))), RegisterResult
    )
    assert registered.user_id
    signed_in = typed(login.sync(client=client, body=LoginRequest.from_dict(request_example("login"))), LoginResult)
    assert signed_in.api_token.access_token
    assert signed_in.user.company_id

    with pytest.raises(BadRequestError):
        login.sync(client=client, body=LoginRequest.from_dict({"stytch_session_token": 12345}))


def test_whoami_names_the_caller_and_its_company(client: AuthenticatedClient) -> None:
    caller = typed(whoami.sync(client=client), Whoami)
    assert isinstance(caller.current_company_scope, Company)
    assert caller.current_company_scope.company_id in (caller.company_access_list or [])


def test_access_token_is_created_listed_renamed_and_read_back(client: AuthenticatedClient) -> None:
    documented = request_example("create_access_token")
    created = typed(
        create_access_token.sync(client=client, body=AccessTokenRequest.from_dict(documented)), AccessTokenCreated
    )
    assert created.access_token
    assert (created.name, created.expires_at) == (documented["name"], documented["expires_at"])
    listed = typed(list_access_tokens.sync(client=client), AccessTokenList)
    assert created.id in [each.id for each in listed.records]

    change = {**request_example("update_access_token"), "name": "Nightly export token"}
    typed(
        update_access_token.sync(created.id, client=client, body=UpdateAccessTokenBody.from_dict(change)), AccessToken
    )
    read_back = typed(get_access_token.sync(created.id, client=client), AccessTokenEnvelope)
    assert read_back.record.name == change["name"]
    assert read_back.record.to_dict()["permissions"] == documented["permissions"]

    with pytest.raises(NotFoundError):
        get_access_token.sync(uuid.uuid4(), client=client)


def test_company_is_read_updated_and_its_domains_and_logo_handled(client: AuthenticatedClient) -> None:
    company_id = parameter_example("get_company", "company_id")
    company = typed(get_company.sync(company_id, client=client), Company)
    assert company.name

    change = request_example("update_company")
    updated = typed(update_company.sync(company_id, client=client, body=CompanyUpdate.from_dict(change)), Company)
    assert (updated.name, updated.slug) == (change["name"], change["slug"])
    profile = typed(get_company_profile.sync(company_id, client=client), Company)
    assert profile.created_at

    domains = typed(list_company_domains.sync(company.company_id, client=client), CompanyDomains)
    assert domains.domains
    logo = typed(
        admin_create_company_logo_upload_url.sync(
            client=client, body=LogoUploadRequest.from_dict(request_example("admin_create_company_logo_upload_url"))
        ),
        LogoUploadUrl,
    )
    assert logo.content_type == "image/png"

    user_id = parameter_example("update_user", "user_id")
    user = typed(update_user.sync(user_id, client=client, body=UserUpdate(name="Jane Q. Doe")), UserRecord)
    assert user.id == user_id

    with pytest.raises(BadRequestError):
        update_company.sync(company_id, client=client, body=CompanyUpdate.from_dict({**change, "name": 42}))


def test_market_companies_are_listed_and_each_read_by_id(client: AuthenticatedClient) -> None:
    market = typed(list_data_stream_market_companies.sync(client=client), CompanyInfoList)
    assert market.records
    for listed in market.records:
        info = typed(get_company_info.sync(listed.id, client=client), CompanyInfo)
        assert info.to_dict() == listed.to_dict()
    with pytest.raises(NotFoundError):
        get_company_info.sync(987654321, client=client)


def test_contract_is_created_revised_and_read_as_admin_and_as_the_company(client: AuthenticatedClient) -> None:
    documented = request_example("admin_create_contract")
    created = typed(
        admin_create_contract.sync(client=client, body=ContractCreate.from_dict(documented)), ContractCreated
    )
    company_id = parameter_example("admin_get_active_contract", "company_id")
    assert created.created_contract.internal_notes == documented["internal_notes"]

    contracts = walk(
        paginate(admin_list_contracts, client, per_page=parameter_example("admin_list_contracts", "per_page"))
    )
    assert contracts
    assert all(isinstance(each, ContractWithDetails) for each in contracts)

    revision = request_example("admin_update_active_contract")
    revised = typed(
        admin_update_active_contract.sync(company_id, client=client, body=ContractUpdate.from_dict(revision)),
        ContractCreated,
    )
    assert revised.created_contract.revision_notes == revision["revision_notes"]
    typed(admin_get_active_contract.sync(company_id, client=client), ContractWithDetails)
    by_revision = typed(
        admin_get_contract_revision.sync(revised.created_contract.id, revised.created_contract.revision, client=client),
        ContractWithDetails,
    )
    assert by_revision.contract.id == revised.created_contract.id
    typed(admin_list_active_contract_rates.sync(company_id, client=client), ContractRates)

    own = typed(list_contracts.sync(client=client), ContractList)
    assert own.records
    typed(get_active_contract.sync(client=client), ContractWithDetails)

    with pytest.raises(BadRequestError):
        walk(paginate(admin_list_contracts, client, per_page=1, offset=-1))


def test_storage_billing_is_walked_by_offset_for_the_company_and_as_admin(client: AuthenticatedClient) -> None:
    per_page = parameter_example("list_dataset_storage_billings", "per_page")
    own = walk(paginate(list_dataset_storage_billings, client, per_page=per_page))
    everyone = walk(paginate(admin_list_dataset_storage_billings, client, per_page=per_page))
    assert own
    assert everyone
    assert all(isinstance(each, DatasetStorageBilling) for each in own + everyone)
    assert all(isinstance(each.billing_month, datetime.datetime) for each in own)
    one_at_a_time = walk(paginate(list_dataset_storage_billings, client, per_page=1))
    assert [each.to_dict() for each in one_at_a_time] == [each.to_dict() for each in own], "offsets are honoured"

    with pytest.raises(BadRequestError):
        list_dataset_storage_billings.sync(client=client, per_page=0)


def test_product_is_created_listed_repriced_and_given_a_permission(client: AuthenticatedClient) -> None:
    sku = f"general-storage-{uuid.uuid4().hex[:8]}"
    documented = {**request_example("admin_create_product"), "sku": sku}
    product = typed(admin_create_product.sync(client=client, body=ProductCreate.from_dict(documented)), Product)
    assert (product.sku, product.name, product.unit) == (sku, documented["name"], documented["unit"])
    assert product.id in [each.id for each in walk(paginate(admin_list_products, client, per_page=1))]

    change = {**request_example("admin_update_product"), "name": "General storage", "unit": "gigabytes"}
    typed(admin_update_product.sync(sku, client=client, body=ProductUpdate.from_dict(change)), Product)
    read_back = typed(admin_get_product.sync(sku, client=client), Product)
    assert (read_back.id, read_back.sku, read_back.name, read_back.unit) == (
        product.id,
        sku,
        change["name"],
        "gigabytes",
    )

    permission = PermissionCreate.from_dict(request_example("admin_create_permission"))
    assert admin_create_permission.sync_detailed(client=client, body=permission).status_code == 204
    grant = ProductPermission.from_dict(
        {**request_example("admin_add_product_permission"), "product_id": str(product.id)}
    )
    assert admin_add_product_permission.sync_detailed(client=client, body=grant).status_code == 204

    with pytest.raises(NotFoundError):
        admin_get_product.sync(f"missing-{sku}", client=client)
    with pytest.raises(BadRequestError):
        admin_create_permission.sync(
            client=client,
            body=PermissionCreate.from_dict({**request_example("admin_create_permission"), "resource": 7}),
        )


def test_usage_event_is_recorded_as_sent(client: AuthenticatedClient) -> None:
    documented = request_example("create_usage_event")
    event = typed(create_usage_event.sync(client=client, body=UsageEventCreate.from_dict(documented)), UsageEvent)
    assert event.id
    assert (event.sku, event.event_type, str(event.idempotency_key)) == (
        documented["sku"],
        documented["event_type"],
        documented["idempotency_key"],
    )
    assert event.usage.to_dict() == documented["usage"]

    with pytest.raises(BadRequestError):
        create_usage_event.sync(client=client, body=UsageEventCreate.from_dict({**documented, "company_id": "acme"}))
