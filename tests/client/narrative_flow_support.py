"""What the Narrative flow tests share: the spec's documented examples, and a typed client on a served apimock."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from narrative_client import AuthenticatedClient, connect

import apimock
from scripts.pipeline.spec_source import iter_operations, load_spec, resolve_references

T = TypeVar("T")
TOKEN = "flow-token"
SPEC: dict[str, Any] = load_spec(Path(__file__).resolve().parents[2] / "specs" / "narrative.yaml").document


OPERATIONS: dict[str, dict[str, Any]] = {
    operation["operationId"]: operation for _, _, _, operation in iter_operations(SPEC)
}


def _operation(operation_id: str) -> dict[str, Any]:
    return OPERATIONS[operation_id]


def _media_example(media: dict[str, Any], name: str | None) -> Any:
    if name is None and "example" in media:
        return copy.deepcopy(media["example"])
    examples = media["examples"]
    chosen = examples[name] if name is not None else next(iter(examples.values()))
    return copy.deepcopy(resolve_references(SPEC, chosen)["value"])


def request_example(operation_id: str, name: str | None = None) -> Any:
    """The documented request body of an operation (its named example, or the only one)."""
    body = resolve_references(SPEC, _operation(operation_id)["requestBody"])
    media = next(iter(body["content"].values()))
    return _media_example(media, name)


def response_example(operation_id: str, name: str | None = None, status: str = "200") -> Any:
    """The documented success answer of an operation."""
    response = resolve_references(SPEC, _operation(operation_id)["responses"][status])
    return _media_example(response["content"]["application/json"], name)


def parameter_example(operation_id: str, name: str) -> Any:
    """The documented example value of one of an operation's parameters."""
    for parameter in _operation(operation_id).get("parameters", []):
        parameter = resolve_references(SPEC, parameter)
        if parameter["name"] == name:
            return copy.deepcopy(parameter["example"])
    raise KeyError(f"{operation_id} has no parameter {name}")


def tags() -> set[str]:
    return {tag for operation in OPERATIONS.values() for tag in operation.get("tags", [])}


def paginated_operations() -> set[str]:
    return {operation_id for operation_id, operation in OPERATIONS.items() if "x-pagination" in operation}


def mock_app() -> apimock.MockApp:
    return apimock.create_app("narrative", tokens={TOKEN}, validate_responses=True)


def client_for(base_url: str, token: str = TOKEN) -> AuthenticatedClient:
    """A client with retries off, so that every answer is seen as the server sent it."""
    return connect(base_url, auth=token, max_retries=0, environ={})


def typed(value: object, kind: type[T]) -> T:
    """`value`, checked to be the generated model `kind` (errors are raised by the runtime, never returned)."""
    assert isinstance(value, kind), f"expected a {kind.__name__}, got {value!r}"
    return value


def walk(records: Iterable[T], at_most: int = 200) -> list[T]:
    """Every record of a paginator, checked to end: a server that ignores the page position would loop forever."""
    walked = list(itertools.islice(records, at_most + 1))
    assert len(walked) <= at_most, f"the walk did not end after {at_most} records"
    return walked
