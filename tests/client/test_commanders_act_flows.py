"""Commanders Act flows through the typed client against apimock served over HTTP, under a site's base URL.

The catalog with its categories included, then a source's whole life: created, found in the list with its connector
and health included, updated, read, deleted and gone (a typed 404 carrying the errors envelope).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from commanders_act_client import AuthenticatedClient, NotFoundError, connect
from commanders_act_client.api.sources import (
    create_source,
    delete_source,
    get_source,
    list_source_catalog,
    list_sources,
    update_source,
)
from commanders_act_client.lib.jsonapi import related
from commanders_act_client.models import (
    GetSourceIncludeItem,
    ListSourceCatalogIncludeItem,
    ListSourcesIncludeItem,
    Relationship,
    ResourceIdentifier,
    SourceAttributes,
    SourceCategory,
    SourceCategoryAttributes,
    SourceCollectionDocument,
    SourceCreateDocument,
    SourceCreateDocumentData,
    SourceDocument,
    SourceHealth,
    SourceRelationships,
    SourceTemplateCollectionDocument,
    SourceUpdateDocument,
    SourceUpdateDocumentData,
)

import apimock

from ..servers import served

T = TypeVar("T")
TOKEN = "flow-token"
SITE = "/v2/4321"


def typed(value: object, kind: type[T]) -> T:
    """`value`, checked to be `kind` (members the server may leave out are `Unset` in the generated models)."""
    assert isinstance(value, kind), f"expected a {kind.__name__}, got {value!r}"
    return value


@pytest.fixture(scope="module")
def commanders_act() -> Iterator[AuthenticatedClient]:
    app = apimock.create_app("commanders_act", tokens={TOKEN}, validate_responses=True)
    # Retries off, so that every answer is seen as the server sent it.
    with served(app) as url, connect(url + SITE, auth=TOKEN, max_retries=0, environ={}) as client:
        yield client


def test_the_catalog_reaches_its_categories_through_included(commanders_act: AuthenticatedClient) -> None:
    catalog = list_source_catalog.sync(client=commanders_act, include=[ListSourceCatalogIncludeItem.CATEGORIES])
    assert isinstance(catalog, SourceTemplateCollectionDocument)
    template = catalog.data[0]
    categories = related(catalog, template, "categories", SourceCategory)
    assert [category.type_ for category in categories] == ["source-category"]
    assert typed(categories[0].attributes, SourceCategoryAttributes).label == "Advertising"


def test_a_source_from_creation_to_deletion(commanders_act: AuthenticatedClient) -> None:
    connector = Relationship(data=ResourceIdentifier(type_="dms/connector", id="98"))
    new = SourceCreateDocument(
        data=SourceCreateDocumentData(
            type_="integrations",
            attributes=SourceAttributes(label="Server-side events", occurence_type="continuous", timezone="UTC"),
            relationships=SourceRelationships(connector=connector),
        )
    )
    created = create_source.sync(client=commanders_act, body=new)
    assert isinstance(created, SourceDocument)
    source_id = created.data.id

    listed = list_sources.sync(
        client=commanders_act, include=[ListSourcesIncludeItem.CONNECTOR, ListSourcesIncludeItem.HEALTH]
    )
    assert isinstance(listed, SourceCollectionDocument)
    (mine,) = [source for source in listed.data if source.id == source_id]
    (its_connector,) = related(listed, mine, "connector")
    assert (its_connector.type_, its_connector.id) == ("dms/connector", "98")
    health = typed(typed(mine.attributes, SourceAttributes).health, SourceHealth)  # asked for, so answered
    assert isinstance(health.total, int)
    included = typed(listed.included, list)
    assert all(resource.type_ != "integration-environments" for resource in included)  # not asked for

    change = SourceUpdateDocument(
        data=SourceUpdateDocumentData(type_="integrations", id=source_id, attributes=SourceAttributes(label="Renamed"))
    )
    updated = update_source.sync(client=commanders_act, body=change)
    assert isinstance(updated, SourceDocument)
    attributes = typed(updated.data.attributes, SourceAttributes)
    assert (attributes.label, attributes.timezone) == ("Renamed", "UTC")

    read = get_source.sync(source_id, client=commanders_act, include=[GetSourceIncludeItem.CONNECTOR])
    assert isinstance(read, SourceDocument)
    assert typed(read.data.attributes, SourceAttributes).label == "Renamed"
    assert [resource.id for resource in related(read, read.data, "connector")] == ["98"]

    delete_source.sync_detailed(source_id, client=commanders_act)
    with pytest.raises(NotFoundError) as gone:
        get_source.sync(source_id, client=commanders_act)
    assert gone.value.status_code == 404
    (error,) = gone.value.errors
    assert error.code == "NOT_FOUND"
    assert error.meta == {"parameter": "id"}
