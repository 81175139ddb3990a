"""Narrative flows over the marketplace: data streams and the data shops selling them, subscriptions with their cost
forecasts and deliveries, delivery destinations, app profiles, the apps' profile store and the app command API.

Each flow drives the typed generated client against apimock served over HTTP, with request bodies built from the
spec's documented examples, and checks that what was written is what is read back, as the generated models.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from narrative_client import AuthenticatedClient, AuthenticationError, BadRequestError, NotFoundError, paginate
from narrative_client.api.app_api import get_delivery_file_download_url, list_delivery_commands, list_delivery_files
from narrative_client.api.apps import (
    get_profile_data,
    get_profile_store_schema_version,
    list_profile_store_schema_versions,
    put_profile_data,
    put_profile_store_schema,
    set_app_slug,
)
from narrative_client.api.data_shops import (
    create_data_shop,
    get_data_shop,
    get_data_shop_by_hostname,
    get_data_shops_by_ids,
    list_company_data_shops,
    update_data_shop,
)
from narrative_client.api.data_streams import (
    create_data_stream,
    get_company_data_stream_by_slug,
    get_data_stream,
    get_data_stream_delivery_schema,
    get_data_streams_by_ids,
    list_company_data_streams,
    list_company_data_streams_by_host,
    list_company_data_streams_by_sales_channel,
    search_company_data_streams,
    search_company_data_streams_by_host,
    search_company_data_streams_by_sales_channel,
    search_data_streams_market,
    update_data_stream,
)
from narrative_client.api.destinations import (
    create_destination,
    get_destination,
    list_profile_destinations,
    list_subscription_destinations,
    update_destination,
)
from narrative_client.api.profiles import (
    archive_profile,
    create_profile,
    disable_profile,
    enable_profile,
    get_profile,
    list_profiles,
    update_profile,
)
from narrative_client.api.subscriptions import (
    activate_subscription,
    cancel_subscription,
    checkout_subscription,
    create_cost_forecast,
    create_subscription,
    create_subscription_cost_forecast,
    find_subscription_matches,
    get_cost_forecast,
    get_subscription,
    get_subscription_delivery_download_url,
    get_subscription_delivery_schema,
    list_cost_forecasts,
    list_subscription_cost_forecasts,
    list_subscription_deliveries,
    list_subscription_matches,
    list_subscriptions,
    update_subscription,
)
from narrative_client.models import (
    AppProfile,
    AppProfileRequest,
    AppSlug,
    AppSlugUpdate,
    CostForecast,
    CostForecastList,
    DataRules,
    DataShop,
    DataShopIds,
    DataShopList,
    DataShopRequest,
    DataStream,
    DataStreamCreate,
    DataStreamIds,
    DataStreamList,
    DataStreamPurchaseDetails,
    DeliveryCommandList,
    DeliveryDownloadRequest,
    DeliveryFile,
    DeliveryFileList,
    DeliverySchema,
    Destination,
    DestinationCreate,
    DestinationList,
    DownloadUrl,
    MarketplaceDetails,
    MatchList,
    ProfileData,
    ProfileDataSaved,
    ProfileStoreSchemaVersion,
    PutProfileDataBody,
    PutProfileStoreSchemaBody,
    QuickSettings,
    RecencyFilter,
    SalesChannel,
    Subscription,
    SubscriptionCreate,
    SubscriptionList,
    SubscriptionUpdate,
)

from .narrative_flow_support import client_for, parameter_example, request_example, typed, walk


def subscription_update(documented: dict[str, Any]) -> SubscriptionUpdate:
    """The documented update as the generated model, its recency filters set as `RecencyFilter`s: `FieldRule.from_dict`
    reads a recency filter as an empty `RangeFilter` (its union tries the range first), which the API refuses."""
    update = SubscriptionUpdate.from_dict(documented)
    attribute_sets = update.details.data_rules.attributes if isinstance(update.details.data_rules, DataRules) else None
    for attribute_set, written in zip(
        attribute_sets or [], documented["details"]["data_rules"]["attributes"], strict=True
    ):
        for rule, written_rule in zip(attribute_set.fields, written["fields"], strict=True):
            if isinstance(written_rule.get("filter"), dict) and "recency" in written_rule["filter"]:
                rule.filter_ = RecencyFilter.from_dict(written_rule["filter"])
    assert update.to_dict() == documented
    return update


def test_data_shop_is_opened_found_by_id_and_hostname_then_moved_to_a_new_hostname(client: AuthenticatedClient) -> None:
    hostname = f"shop-{uuid.uuid4().hex[:8]}.example.com"
    documented = request_example("create_data_shop")
    shop = typed(
        create_data_shop.sync(client=client, body=DataShopRequest.from_dict({**documented, "hostname": hostname})),
        DataShop,
    )
    assert shop.hostname == hostname

    assert typed(get_data_shop.sync(shop.id, client=client), DataShop).hostname == hostname
    assert typed(get_data_shop_by_hostname.sync(hostname, client=client), DataShop).id == shop.id
    typed(get_data_shops_by_ids.sync(client=client, body=DataShopIds(ids=[shop.id])), DataShop)
    typed(
        list_company_data_shops.sync(parameter_example("list_company_data_shops", "company_id"), client=client),
        DataShopList,
    )

    moved = f"shop-{uuid.uuid4().hex[:8]}.example.com"
    typed(
        update_data_shop.sync(
            shop.id, client=client, body=DataShopRequest.from_dict({**documented, "hostname": moved})
        ),
        DataShop,
    )
    assert typed(get_data_shop.sync(shop.id, client=client), DataShop).hostname == moved
    with pytest.raises(NotFoundError):
        get_data_shop_by_hostname.sync(hostname, client=client)
    with pytest.raises(NotFoundError):
        get_data_shop.sync(uuid.uuid4(), client=client)


def test_data_stream_is_published_found_through_every_listing_and_search_then_renamed(
    client: AuthenticatedClient,
) -> None:
    slug = f"declared-age-{uuid.uuid4().hex[:8]}"
    documented = {**request_example("create_data_stream"), "slug": slug, "name": f"Declared age {slug}"}
    stream = typed(create_data_stream.sync(client=client, body=DataStreamCreate.from_dict(documented)), DataStream)
    assert (stream.slug, stream.name, stream.tags) == (slug, documented["name"], documented["tags"])
    company = stream.company_id
    host = documented["offers"][1]["shops"][0]
    channel = SalesChannel(documented["offers"][0]["channel"])

    listings = {
        "list_company_data_streams": paginate(list_company_data_streams, client, company_id=company, per_page=1),
        "search_company_data_streams": paginate(
            search_company_data_streams, client, company_id=company, q=stream.name, per_page=1
        ),
        "get_company_data_stream_by_slug": paginate(
            get_company_data_stream_by_slug, client, company_id=company, slug=slug, per_page=1
        ),
        "list_company_data_streams_by_host": paginate(
            list_company_data_streams_by_host, client, company_id=company, host_name=host, per_page=1
        ),
        "search_company_data_streams_by_host": paginate(
            search_company_data_streams_by_host, client, company_id=company, host_name=host, q=stream.name, per_page=1
        ),
        "list_company_data_streams_by_sales_channel": paginate(
            list_company_data_streams_by_sales_channel, client, company_id=company, sales_channel=channel, per_page=1
        ),
        "search_company_data_streams_by_sales_channel": paginate(
            search_company_data_streams_by_sales_channel,
            client,
            company_id=company,
            sales_channel=channel,
            q=stream.name,
            per_page=1,
        ),
        "search_data_streams_market": paginate(search_data_streams_market, client, q=stream.name, per_page=1),
    }
    for operation, pager in listings.items():
        found = walk(pager)
        assert all(isinstance(each, DataStream) for each in found), operation
        assert stream.id in [each.id for each in found], operation
    by_slug = walk(paginate(get_company_data_stream_by_slug, client, company_id=company, slug=slug))
    assert [each.id for each in by_slug] == [stream.id]

    typed(get_data_streams_by_ids.sync(client=client, body=DataStreamIds(ids=[stream.id])), DataStreamList)
    schema = typed(get_data_stream_delivery_schema.sync(company, slug, client=client), DeliverySchema)
    assert schema.additional_properties

    renamed = DataStream.from_dict({**stream.to_dict(), "name": f"Declared age, renamed {slug}"})
    typed(update_data_stream.sync(stream.id, client=client, body=renamed), DataStream)
    read_back = typed(get_data_stream.sync(stream.id, client=client), DataStream)
    assert read_back.to_dict() | {"updated_at": None} == renamed.to_dict() | {"updated_at": None}

    with pytest.raises(NotFoundError):
        get_data_stream.sync(uuid.uuid4(), client=client)
    with pytest.raises(BadRequestError) as refused:
        walk(paginate(search_data_streams_market, client, q=""))
    assert "q" in str(refused.value.body)


def test_subscription_is_forecast_created_updated_activated_delivered_and_cancelled(
    client: AuthenticatedClient,
) -> None:
    terms = DataStreamPurchaseDetails.from_dict(request_example("find_subscription_matches", "data_stream"))
    matches = typed(find_subscription_matches.sync(client=client, body=terms), MatchList)
    assert matches.records
    assert isinstance(create_cost_forecast.sync(client=client, body=terms), CostForecast | MatchList)

    documented = request_example("create_subscription", "data_stream")
    subscription = typed(
        create_subscription.sync(client=client, body=SubscriptionCreate.from_dict(documented)), Subscription
    )
    assert (subscription.name, subscription.description) == (documented["name"], documented["description"])
    assert subscription.to_dict()["details"] == documented["details"]
    listed = typed(list_subscriptions.sync(client=client), SubscriptionList)
    assert subscription.id in [each.id for each in listed.records]

    change = request_example("update_subscription")
    typed(update_subscription.sync(subscription.id, client=client, body=subscription_update(change)), Subscription)
    read_back = typed(get_subscription.sync(subscription.id, client=client), Subscription)
    assert (read_back.description, read_back.to_dict()["budget"]) == (change["description"], change["budget"])
    assert isinstance(read_back.details, MarketplaceDetails)

    own_forecast = typed(create_subscription_cost_forecast.sync(subscription.id, client=client), CostForecast)
    own_forecasts = typed(list_subscription_cost_forecasts.sync(subscription.id, client=client), CostForecastList)
    assert [each.id for each in own_forecasts.records] == [own_forecast.id]
    assert (
        typed(get_cost_forecast.sync(own_forecast.id, client=client), CostForecast).subscription_id == subscription.id
    )
    assert own_forecast.id in [
        each.id for each in typed(list_cost_forecasts.sync(client=client), CostForecastList).records
    ]

    assert typed(activate_subscription.sync(subscription.id, client=client), Subscription).status == "active"
    assert typed(get_subscription.sync(subscription.id, client=client), Subscription).status == "active"
    assert typed(list_subscription_matches.sync(subscription.id, client=client), MatchList).records
    schema = typed(get_subscription_delivery_schema.sync(subscription.id, client=client), DeliverySchema)
    assert schema.additional_properties
    deliveries = typed(list_subscription_deliveries.sync(subscription.id, client=client), DeliveryFileList)
    assert deliveries.records
    delivered = deliveries.records[0]
    assert isinstance(delivered.transaction_batch_id, uuid.UUID)
    download = typed(
        get_subscription_delivery_download_url.sync(
            subscription.id,
            client=client,
            body=DeliveryDownloadRequest(transaction_batch_id=delivered.transaction_batch_id, file=delivered.file),
        ),
        DownloadUrl,
    )
    assert download.download_url

    cancelled = typed(cancel_subscription.sync(subscription.id, client=client), Subscription)
    assert cancelled.status == "cancelled"
    assert cancelled.cancelled_at
    with pytest.raises(NotFoundError):
        activate_subscription.sync(uuid.uuid4(), client=client)


def test_checkout_creates_an_active_subscription_at_once(client: AuthenticatedClient) -> None:
    documented = request_example("checkout_subscription", "data_stream")
    subscription_id = parameter_example("checkout_subscription", "subscription_id")
    bought = typed(
        checkout_subscription.sync(
            uuid.UUID(subscription_id), client=client, body=SubscriptionCreate.from_dict(documented)
        ),
        Subscription,
    )
    assert bought.status == "active"
    assert typed(get_subscription.sync(bought.id, client=client), Subscription).status == "active"
    with pytest.raises(BadRequestError):
        checkout_subscription.sync(
            uuid.UUID(subscription_id),
            client=client,
            body=SubscriptionCreate.from_dict({**documented, "name": 42}),
        )


def test_destination_is_set_up_for_a_subscription_and_profile_then_retuned(client: AuthenticatedClient) -> None:
    documented = request_example("create_destination")
    destination = typed(
        create_destination.sync(client=client, body=DestinationCreate.from_dict(documented)), Destination
    )
    assert destination.to_dict()["quick_settings"] == documented["quick_settings"]
    assert typed(get_destination.sync(destination.id, client=client), Destination).to_dict() == destination.to_dict()

    by_subscription = typed(
        list_subscription_destinations.sync(uuid.UUID(documented["subscription_id"]), client=client), DestinationList
    )
    assert destination.id in [each.id for each in by_subscription.records]
    by_profile = typed(
        list_profile_destinations.sync(uuid.UUID(documented["profile_id"]), client=client), DestinationList
    )
    assert destination.id in [each.id for each in by_profile.records]

    settings = {"bucket_suffix": "/my-subscription/daily", "number_of_files": "10"}
    typed(update_destination.sync(destination.id, client=client, body=QuickSettings.from_dict(settings)), Destination)
    read_back = typed(get_destination.sync(destination.id, client=client), Destination)
    assert read_back.to_dict()["quick_settings"] == settings
    assert read_back.subscription_id == destination.subscription_id

    with pytest.raises(NotFoundError):
        get_destination.sync(uuid.uuid4(), client=client)


def test_app_profile_is_created_edited_enabled_disabled_and_archived(client: AuthenticatedClient) -> None:
    installation = uuid.UUID(parameter_example("create_profile", "installation_id"))
    documented = request_example("create_profile")
    profile = typed(
        create_profile.sync(installation, client=client, body=AppProfileRequest.from_dict(documented)), AppProfile
    )
    assert (profile.name, profile.description) == (documented["name"], documented["description"])
    listed = list_profiles.sync(installation, client=client)
    assert isinstance(listed, list)
    assert profile.id in [each.id for each in listed]

    change = {"description": "Delivers to the analytics bucket"}
    typed(
        update_profile.sync(installation, profile.id, client=client, body=AppProfileRequest.from_dict(change)),
        AppProfile,
    )
    read_back = typed(get_profile.sync(installation, profile.id, client=client), AppProfile)
    assert (read_back.name, read_back.description) == (documented["name"], change["description"])

    for verb, status in ((enable_profile, "enabled"), (disable_profile, "disabled"), (archive_profile, "archived")):
        assert typed(verb.sync(installation, profile.id, client=client), AppProfile).status == status
        assert typed(get_profile.sync(installation, profile.id, client=client), AppProfile).status == status

    with pytest.raises(NotFoundError):
        enable_profile.sync(installation, uuid.uuid4(), client=client)


def test_app_profile_store_schema_and_profile_data_are_submitted_and_read(client: AuthenticatedClient) -> None:
    app_slug = parameter_example("put_profile_store_schema", "app_slug")
    schema = {"type": "object", "properties": {"segment": {"type": "string"}}}
    version = typed(
        put_profile_store_schema.sync(app_slug, client=client, body=PutProfileStoreSchemaBody.from_dict(schema)),
        ProfileStoreSchemaVersion,
    )
    versions = list_profile_store_schema_versions.sync(app_slug, client=client)
    assert isinstance(versions, list)
    assert all(isinstance(each, ProfileStoreSchemaVersion) for each in versions)
    read_version = typed(
        get_profile_store_schema_version.sync(app_slug, version.version_id, client=client), ProfileStoreSchemaVersion
    )
    assert read_version.version_id == version.version_id

    profile_id = uuid.uuid4()
    data = {"segment": "outdoor-buyers"}
    typed(
        put_profile_data.sync(app_slug, profile_id, client=client, body=PutProfileDataBody.from_dict(data)),
        ProfileDataSaved,
    )
    typed(get_profile_data.sync(app_slug, profile_id, client=client), ProfileData)

    app_id = parameter_example("set_app_slug", "app_id")
    typed(set_app_slug.sync(app_id, client=client, body=AppSlugUpdate(slug="my-app-v2")), AppSlug)

    with pytest.raises(NotFoundError):
        get_profile_store_schema_version.sync(app_slug, uuid.uuid4(), client=client)


def test_app_reads_its_delivery_commands_lists_the_files_and_gets_a_download_url(
    client: AuthenticatedClient, base_url: str
) -> None:
    commands = typed(list_delivery_commands.sync(client=client), DeliveryCommandList)
    assert commands.records
    assert commands.records[0].payload_type

    delivery_id = parameter_example("list_delivery_files", "delivery_id")
    files = list_delivery_files.sync(delivery_id, client=client)
    assert isinstance(files, list)
    assert files
    assert all(isinstance(each, DeliveryFile) for each in files)
    download = get_delivery_file_download_url.sync(delivery_id, files[0].file, client=client)
    assert isinstance(download, DownloadUrl | DeliveryCommandList)

    with client_for(base_url, token="not-a-token") as stranger, pytest.raises(AuthenticationError) as refused:
        list_delivery_commands.sync(client=stranger)
    assert refused.value.status_code == 401
