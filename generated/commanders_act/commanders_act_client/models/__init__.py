"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bulk_counts import BulkCounts
    from .error import Error
    from .error_document import ErrorDocument
    from .error_meta import ErrorMeta
    from .get_source_include_item import GetSourceIncludeItem
    from .health_count import HealthCount
    from .health_trend import HealthTrend
    from .links import Links
    from .list_source_catalog_include_item import ListSourceCatalogIncludeItem
    from .list_sources_include_item import ListSourcesIncludeItem
    from .meta import Meta
    from .relationship import Relationship
    from .resource import Resource
    from .resource_attributes import ResourceAttributes
    from .resource_identifier import ResourceIdentifier
    from .resource_relationships import ResourceRelationships
    from .source import Source
    from .source_attributes import SourceAttributes
    from .source_attributes_parameters_type_0 import SourceAttributesParametersType0
    from .source_category import SourceCategory
    from .source_category_attributes import SourceCategoryAttributes
    from .source_category_collection_document import SourceCategoryCollectionDocument
    from .source_category_relationships import SourceCategoryRelationships
    from .source_collection_document import SourceCollectionDocument
    from .source_create_document import SourceCreateDocument
    from .source_create_document_data import SourceCreateDocumentData
    from .source_document import SourceDocument
    from .source_health import SourceHealth
    from .source_health_fail import SourceHealthFail
    from .source_health_success import SourceHealthSuccess
    from .source_health_trends import SourceHealthTrends
    from .source_relationships import SourceRelationships
    from .source_template import SourceTemplate
    from .source_template_attributes import SourceTemplateAttributes
    from .source_template_collection_document import SourceTemplateCollectionDocument
    from .source_template_relationships import SourceTemplateRelationships
    from .source_update_document import SourceUpdateDocument
    from .source_update_document_data import SourceUpdateDocumentData

_MODULES = {
    "BulkCounts": ".bulk_counts",
    "Error": ".error",
    "ErrorDocument": ".error_document",
    "ErrorMeta": ".error_meta",
    "GetSourceIncludeItem": ".get_source_include_item",
    "HealthCount": ".health_count",
    "HealthTrend": ".health_trend",
    "Links": ".links",
    "ListSourceCatalogIncludeItem": ".list_source_catalog_include_item",
    "ListSourcesIncludeItem": ".list_sources_include_item",
    "Meta": ".meta",
    "Relationship": ".relationship",
    "Resource": ".resource",
    "ResourceAttributes": ".resource_attributes",
    "ResourceIdentifier": ".resource_identifier",
    "ResourceRelationships": ".resource_relationships",
    "Source": ".source",
    "SourceAttributes": ".source_attributes",
    "SourceAttributesParametersType0": ".source_attributes_parameters_type_0",
    "SourceCategory": ".source_category",
    "SourceCategoryAttributes": ".source_category_attributes",
    "SourceCategoryCollectionDocument": ".source_category_collection_document",
    "SourceCategoryRelationships": ".source_category_relationships",
    "SourceCollectionDocument": ".source_collection_document",
    "SourceCreateDocument": ".source_create_document",
    "SourceCreateDocumentData": ".source_create_document_data",
    "SourceDocument": ".source_document",
    "SourceHealth": ".source_health",
    "SourceHealthFail": ".source_health_fail",
    "SourceHealthSuccess": ".source_health_success",
    "SourceHealthTrends": ".source_health_trends",
    "SourceRelationships": ".source_relationships",
    "SourceTemplate": ".source_template",
    "SourceTemplateAttributes": ".source_template_attributes",
    "SourceTemplateCollectionDocument": ".source_template_collection_document",
    "SourceTemplateRelationships": ".source_template_relationships",
    "SourceUpdateDocument": ".source_update_document",
    "SourceUpdateDocumentData": ".source_update_document_data",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "BulkCounts",
    "Error",
    "ErrorDocument",
    "ErrorMeta",
    "GetSourceIncludeItem",
    "HealthCount",
    "HealthTrend",
    "Links",
    "ListSourceCatalogIncludeItem",
    "ListSourcesIncludeItem",
    "Meta",
    "Relationship",
    "Resource",
    "ResourceAttributes",
    "ResourceIdentifier",
    "ResourceRelationships",
    "Source",
    "SourceAttributes",
    "SourceAttributesParametersType0",
    "SourceCategory",
    "SourceCategoryAttributes",
    "SourceCategoryCollectionDocument",
    "SourceCategoryRelationships",
    "SourceCollectionDocument",
    "SourceCreateDocument",
    "SourceCreateDocumentData",
    "SourceDocument",
    "SourceHealth",
    "SourceHealthFail",
    "SourceHealthSuccess",
    "SourceHealthTrends",
    "SourceRelationships",
    "SourceTemplate",
    "SourceTemplateAttributes",
    "SourceTemplateCollectionDocument",
    "SourceTemplateRelationships",
    "SourceUpdateDocument",
    "SourceUpdateDocumentData",
)
