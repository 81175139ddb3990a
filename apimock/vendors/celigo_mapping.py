"""integrator.io's import mapping step: each field mapping writes, at `generate`, the source record's value at
`extract`, or its `hardCodedValue`. Paths are dotted (`customer.email`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_MISSING = object()


def map_record(record: Mapping[str, Any], fields: Sequence[Any] | None) -> dict[str, Any]:
    """The mapped record: only the fields the mapping generates; the record as it is when there is no mapping.
    A mapping whose `extract` the record lacks writes nothing."""
    if not fields:
        return dict(record)
    mapped: dict[str, Any] = {}
    for field in fields:
        if not isinstance(field, Mapping) or not isinstance(field.get("generate"), str):
            continue
        if "hardCodedValue" in field:
            value = field["hardCodedValue"]
        elif isinstance(field.get("extract"), str):
            value = value_at(record, field["extract"])
        else:
            continue
        if value is not _MISSING:
            put_at(mapped, field["generate"], value)
    return mapped


def value_at(record: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path (a field literally named with dots is found first), or `_MISSING`."""
    if path in record:
        return record[path]
    node: Any = record
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def put_at(target: dict[str, Any], path: str, value: Any) -> None:
    """Write `value` at a dotted path, making the objects on the way (replacing what is not an object)."""
    *parents, last = path.split(".")
    node = target
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[last] = value
