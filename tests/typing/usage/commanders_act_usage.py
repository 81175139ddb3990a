"""Typed use of the Commanders Act client object and jsonapi.related: checked by mypy --strict --disallow-any-expr,
never run."""

from __future__ import annotations

from commanders_act_client import CommandersAct, NotFoundError
from commanders_act_client.lib.jsonapi import related
from commanders_act_client.models import SourceCategory, SourceCollectionDocument, SourceTemplateCollectionDocument


def category_ids(client: CommandersAct) -> list[str]:
    catalog: SourceTemplateCollectionDocument = client.sources.list_catalog(include=["categories"])
    found: list[str] = []
    for template in catalog.data:
        categories: list[SourceCategory] = related(catalog, template, "categories", SourceCategory)
        found.extend(category.id for category in categories)
    return found


def source_ids(client: CommandersAct) -> list[int]:
    sources: SourceCollectionDocument = client.sources.list(include=["connector", "health"])
    return [source.id for source in sources.data]


def first_error_code(client: CommandersAct, source_id: int) -> str | None:
    try:
        client.sources.get(source_id)
    except NotFoundError as error:
        return error.errors[0].code if error.errors else None
    return None
