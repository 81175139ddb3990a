"""jsonapi.related: the included resources a relationship points at, on the generated Commanders Act models."""

from __future__ import annotations

from typing import Any

from commanders_act_client.lib.jsonapi import identifiers, related
from commanders_act_client.models import (
    Resource,
    SourceCategory,
    SourceCategoryAttributes,
    SourceCollectionDocument,
    SourceTemplateCollectionDocument,
)

CATEGORY = {"type": "source-category", "id": "1", "attributes": {"label": "Advertising", "position": 3}}
OTHER_CATEGORY = {"type": "source-category", "id": "2", "attributes": {"label": "Analytics", "position": 1}}


def _catalog(relationship_data: Any, included: list[dict[str, Any]]) -> SourceTemplateCollectionDocument:
    template = {"type": "source-template", "id": "7", "relationships": {"categories": {"data": relationship_data}}}
    return SourceTemplateCollectionDocument.from_dict({"data": [template], "included": included})


def test_a_to_one_relationship_reaches_its_included_resource_typed() -> None:
    catalog = _catalog({"type": "source-category", "id": "1"}, [OTHER_CATEGORY, CATEGORY])
    found = related(catalog, catalog.data[0], "categories", SourceCategory)
    assert len(found) == 1
    assert isinstance(found[0], SourceCategory)
    assert found[0].id == "1"
    attributes = found[0].attributes
    assert isinstance(attributes, SourceCategoryAttributes)
    assert attributes.label == "Advertising"


def test_without_a_model_the_documents_own_included_models_come_back() -> None:
    catalog = _catalog({"type": "source-category", "id": "2"}, [CATEGORY, OTHER_CATEGORY])
    found = related(catalog, catalog.data[0], "categories")
    assert [type(item) for item in found] == [Resource]
    assert isinstance(catalog.included, list)
    assert found[0] is catalog.included[1]


def test_a_to_many_relationship_keeps_its_order_and_skips_what_is_not_included() -> None:
    data = [
        {"type": "source-category", "id": "2"},
        {"type": "source-category", "id": "404"},
        {"type": "source-category", "id": "1"},
    ]
    catalog = _catalog(data, [CATEGORY, OTHER_CATEGORY])
    found = related(catalog, catalog.data[0], "categories", SourceCategory)
    assert [category.id for category in found] == ["2", "1"]


def test_type_and_id_must_both_match() -> None:
    same_id_other_type = {"type": "source-template", "id": "1"}
    catalog = _catalog({"type": "source-category", "id": "1"}, [same_id_other_type])
    assert related(catalog, catalog.data[0], "categories") == []


def test_an_empty_or_absent_relationship_or_included_list_gives_nothing() -> None:
    empty = _catalog(None, [CATEGORY])
    assert related(empty, empty.data[0], "categories") == []
    assert related(empty, empty.data[0], "no_such_relationship") == []
    no_included = SourceTemplateCollectionDocument.from_dict(
        {"data": [{"type": "source-template", "id": "7", "relationships": {"categories": {"data": CATEGORY}}}]}
    )
    assert related(no_included, no_included.data[0], "categories") == []


def test_integer_ids_of_sources_compare_as_text() -> None:
    sources = SourceCollectionDocument.from_dict(
        {
            "data": [
                {
                    "type": "integrations",
                    "id": 1,
                    "relationships": {"connector": {"data": {"type": "dms/connector", "id": "98"}}},
                }
            ],
            "included": [{"type": "dms/connector", "id": 98, "attributes": {"label": "Javascript SDK"}}],
        }
    )
    assert identifiers(sources.data[0], "connector") == [("dms/connector", "98")]
    (connector,) = related(sources, sources.data[0], "connector")
    assert connector.attributes["label"] == "Javascript SDK"
