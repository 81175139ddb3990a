"""JSON:API documents: the resources of a document's `included` list that a resource's relationship points at.

    template = catalog.data[0]
    categories = related(catalog, template, "categories", SourceCategory)

Works on any generated document and resource model (anything with `to_dict()`): a relationship holds one resource
identifier, a list of them or null, and an included resource is the one with the identifier's `type` and `id`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar, overload


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class _Decodable(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Decodable)


@overload
def related(document: _Model, resource: _Model, relationship: str) -> list[Any]: ...


@overload
def related(document: _Model, resource: _Model, relationship: str, model: type[M]) -> list[M]: ...


def related(
    document: _Model,
    resource: _Model,
    relationship: str,
    model: type[_Decodable] | None = None,
) -> list[Any]:
    """The included resources `resource`'s `relationship` points at, in the relationship's order; identifiers
    with no included resource are left out. Each is the document's own included model, or read as `model` (a
    generated model class) when given."""
    wanted = identifiers(resource, relationship)
    found: dict[tuple[str, str], Any] = {}
    for item in _included(document):
        key = _identifier(item.to_dict() if hasattr(item, "to_dict") else item)
        if key in wanted and key not in found:
            found[key] = item
    chosen = [found[key] for key in wanted if key in found]
    if model is None:
        return chosen
    return [model.from_dict(item.to_dict() if hasattr(item, "to_dict") else item) for item in chosen]


def identifiers(resource: _Model, relationship: str) -> list[tuple[str, str]]:
    """The `(type, id)` pairs `resource`'s `relationship` names (ids as text), empty when it has none."""
    relationships = resource.to_dict().get("relationships")
    entry = relationships.get(relationship) if isinstance(relationships, Mapping) else None
    data = entry.get("data") if isinstance(entry, Mapping) else None
    items = data if isinstance(data, list) else [data]
    return [key for key in (_identifier(item) for item in items) if key is not None]


def _identifier(item: Any) -> tuple[str, str] | None:
    if isinstance(item, Mapping) and "type" in item and "id" in item:
        return str(item["type"]), str(item["id"])
    return None


def _included(document: _Model) -> list[Any]:
    included = getattr(document, "included", None)
    return list(included) if isinstance(included, list) else []
