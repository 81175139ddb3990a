"""What the mock makes of each operation: the binding table `python -m apimock SPEC --explain` prints, and the
warning logged when a mock starts about operations that look stateful but keep no records.

An operation looks stateful when it looks like a create (a POST to a path with items below it, a list beside it,
or a 201 answer: `looks_like_create`) or works on one record (a GET of one record, or a PUT, PATCH or DELETE, of
`<path>/{param}`). Operations a vendor module answers, token endpoints and streams have code of their own, and
are not warned about.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._bindings import (
    ID_NAMES,
    Binding,
    answer_shape,
    item_parameter,
    looks_like_create,
    record_properties,
    success_status,
)
from ._spec import Operation

if TYPE_CHECKING:
    from ._engine import Mock

logger = logging.getLogger("apimock")

_USUAL = ", ".join(f"`{name}`" for name in ID_NAMES)


@dataclass(frozen=True)
class Role:
    """How the mock answers one operation: its action on a collection, or how else, and why not from records."""

    operation: Operation
    action: str  # create, read, replace, merge, delete, list; else vendor, token, stream or example
    collection: str | None = None  # the collection's path, with its identifier: `/events [eventId]`
    why: str = ""  # how the record is named (`by {event_id}`); for an operation bound to no collection, why not
    stateful: bool = False  # it looks stateful, yet keeps no records

    def line(self) -> str:
        if self.collection is not None:
            return f"{self.operation.label} -> {self.action} {self.collection}{self.why}"
        return f"{self.operation.label} -> {self.action}: {self.why}"


def roles(mock: Mock) -> list[Role]:
    """Every operation of the mock's spec, in the spec's order, with its role."""
    return [_role(mock, operation) for operation in mock.spec.operations]


def warn_unbound(mock: Mock) -> None:
    """One WARNING naming each operation that looks stateful but keeps no records, and why."""
    unbound = [role for role in roles(mock) if role.stateful]
    if unbound:
        logger.warning(
            "%s: %d operation(s) look stateful, but the mock keeps no records for them (they are answered from the "
            "spec's examples or schemas; `python -m apimock SPEC --explain` shows every operation):\n%s",
            mock.spec.name,
            len(unbound),
            "\n".join(f"  {role.line()}" for role in unbound),
        )


def explain(mock: Mock) -> str:
    """The binding table: a line per operation (its collection and action, or why none)."""
    table = roles(mock)
    unbound = sum(role.stateful for role in table)
    head = f"{mock.spec.name}: {len(table)} operation(s), {unbound} looking stateful but bound to no collection"
    return "\n".join([head, *(f"  {role.line()}" for role in table)])


def _role(mock: Mock, operation: Operation) -> Role:
    binding = mock.bindings.get(operation.operation_id)
    if operation.operation_id in mock.handlers:
        return Role(operation, "vendor", why=f"answered by the vendor module of {mock.spec.name}")
    if operation.operation_id in mock.token_endpoints:
        return Role(operation, "token", why="an OAuth token endpoint, issuing tokens")
    if binding is not None:
        return Role(
            operation, binding.action, f"{binding.collection.name} [{binding.collection.id_field}]", _by(binding)
        )
    if operation.streaming is not None:
        return Role(operation, "stream", why="streams the spec's examples")
    why = _why_no_create(mock, operation) if _looks_like_create(mock, operation) else _why_no_item(mock, operation)
    if why is not None:
        return Role(operation, "example", why=why, stateful=True)
    return Role(operation, "example", why="answered from the spec's examples or schema (no create, list or item)")


def _by(binding: Binding) -> str:
    """How an item operation names its record: `by {event_id}`, `by {host_name} = hostname`, `by body id`."""
    if binding.body_id:
        return f" by body {'.'.join(binding.body_id)}"
    if binding.id_param is None:
        return ""
    fields = binding.alternatives or ((binding.lookup_field,) if binding.lookup_field else ())
    return f" by {{{binding.id_param}}}" + (f" = {' or '.join(fields)}" if fields else "")


def _looks_like_create(mock: Mock, operation: Operation) -> bool:
    parts = _segments(operation.path)
    if operation.method != "post" or not parts or _is_param(parts[-1]):
        return False
    return looks_like_create(mock.spec, operation, success_status(operation))


def _why_no_create(mock: Mock, operation: Operation) -> str:
    shape = answer_shape(mock.spec, operation)
    below = item_parameter(mock.spec, operation.path)
    item = f"GET {operation.path.rstrip('/')}/{{{below}}}"
    if shape is not None and shape.lists and shape.member is None:
        return "looks like a create, but answers a bare list, not the record it made"
    if shape is None or not record_properties(mock.spec, shape.record):
        if below is None:
            return "looks like a create, but answers no record, and no GET of an item path below it names one"
        return f"looks like a create, but answers no record, and its body declares no field named like {item}"
    fields = ", ".join(sorted(record_properties(mock.spec, shape.record)))
    named = f"nor one named like {item}" if below is not None else "and no GET of an item path below it names one"
    return f"looks like a create, but its answer (members: {fields}) has no identifier: no {_USUAL}, {named}"


def _why_no_item(mock: Mock, operation: Operation) -> str | None:
    """Why an operation on one record (`<path>/{param}`) is bound to no collection; None if it is not one."""
    parts = _segments(operation.path)
    if operation.method not in ("get", "put", "patch", "delete") or not parts or not _is_param(parts[-1]):
        return None
    shape = answer_shape(mock.spec, operation)
    if operation.method == "get" and (shape is None or shape.lists):
        return None  # answers no one record
    parent = operation.path.rstrip("/").rpartition("/")[0]
    parameter = parts[-1][1:-1]
    collections = {binding.collection.name: binding.collection for binding in mock.bindings.values()}
    collection = collections.get(parent)
    if collection is None:
        return f"works on one record by {{{parameter}}}, but nothing creates or lists records at {parent or '/'}"
    fields = ", ".join(sorted(record_properties(mock.spec, collection.schema)))
    return f"works on one record by {{{parameter}}}, but the records of {parent} ({fields}) have no field named like it"


def _segments(path: str) -> list[str]:
    return [part for part in path.strip("/").split("/") if part]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}") and segment.count("{") == 1
