"""The client object's shape, decided from the spec: its class name, a resource per tag, a method per operation.

    client = Narrative(auth=...)              # `x-client-name` at the top of the spec (default: from the vendor)
    client.access_rules.list(per_page=100)    # resource: the operation's first tag, as the generator names it
                                              # method: the operationId (in snake case: `getDogById` ->
                                              # `get_dog_by_id`) without the resource's own name
                                              # (`list_access_rules` -> `list`, `get_access_rule_by_name` ->
                                              # `get_by_name`) where that stays unique and a valid name, else
                                              # the whole operationId; `x-method-name` on an operation decides

`check_client_surface` reports what would make the client object wrong (a clash, a bad name) at its line;
`surface_facts` hands the decisions to the templates through spec_facts.jinja.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from .errors import SpecProblem
from .spec_source import SpecSource, iter_operations, operation_parameters, pointer_join, resolve_references

# Attributes of the client objects and resources themselves, which a resource or method must not shadow.
RESERVED = frozenset({"close", "aclose", "with_options", "with_raw_response", "copy", "base_url", "timeout"})
# Keyword arguments every method takes for the call alone, which an operation's parameter must not be named.
CALL_OPTIONS = frozenset({"timeout", "extra_headers", "extra_query", "extra_body", "self"})
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Method:
    operation_id: str
    resource: str
    name: str
    pointer: str


def client_name(document: dict[str, Any], vendor_name: str) -> str:
    declared = document.get("x-client-name")
    if isinstance(declared, str) and declared:
        return declared
    return "".join(word.capitalize() for word in re.split(r"[^A-Za-z0-9]+", vendor_name) if word)


def resource_name(operation: dict[str, Any]) -> str:
    """The generator's name for the operation's first tag (its `api/<tag>/` folder)."""
    tags = operation.get("tags") or ["default"]
    return str(PythonIdentifier(value=str(tags[0]), prefix="tag"))


def methods(document: dict[str, Any]) -> list[Method]:
    """Every operation's resource and method name."""
    found: list[tuple[str, str, str, str | None, str]] = []
    for _, _, pointer, operation in iter_operations(document):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        resource = resource_name(operation)
        chosen = operation.get("x-method-name")
        short = _without_resource(function_name(operation_id), resource)
        found.append((operation_id, resource, short, chosen if isinstance(chosen, str) else None, pointer))
    taken: dict[tuple[str, str], int] = {}
    for _, resource, short, chosen, _ in found:
        if chosen is None:
            taken[(resource, short)] = taken.get((resource, short), 0) + 1
    named = []
    for operation_id, resource, short, chosen, pointer in found:
        if chosen is not None:
            name = chosen
        elif taken[(resource, short)] == 1 and _usable(short) and short not in _full_ids(found, resource, operation_id):
            name = short
        else:
            name = function_name(operation_id)
        named.append(Method(operation_id, resource, name, pointer))
    return named


def function_name(operation_id: str) -> str:
    """The generator's name for the operation's module and function: the operationId in snake case
    (`getDogById` -> `get_dog_by_id`; a snake-case id stays as it is)."""
    return str(PythonIdentifier(value=operation_id, prefix="operation"))


def _full_ids(found: list[tuple[str, str, str, str | None, str]], resource: str, own: str) -> set[str]:
    """Other operations' ids in the same resource: a short name equal to one of them would be ambiguous."""
    return {
        function_name(operation_id) for operation_id, other, *_ in found if other == resource and operation_id != own
    }


def _without_resource(operation_id: str, resource: str) -> str:
    words = operation_id.split("_")
    plural = resource.split("_")
    for candidate in (plural, [*plural[:-1], _singular(plural[-1])]):
        size = len(candidate)
        for start in range(len(words) - size + 1):
            if words[start : start + size] == candidate:
                rest = words[:start] + words[start + size :]
                return "_".join(rest)
    return operation_id


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _usable(name: str) -> bool:
    return bool(_IDENTIFIER.match(name)) and not keyword.iskeyword(name) and name not in RESERVED


def check_client_surface(source: SpecSource) -> list[SpecProblem]:
    """A client class name, resource and method names that are Python identifiers and do not clash."""
    document = source.document
    problems: list[SpecProblem] = []
    name = client_name(document, source.path.stem)
    if not re.match(r"^[A-Z][A-Za-z0-9]*$", name):
        problems.append(source.problem("/x-client-name", f"x-client-name {name!r} is not a Python class name"))
    seen: dict[tuple[str, str], str] = {}
    for method in methods(document):
        at = pointer_join(method.pointer, "x-method-name")
        where = at if at in source.lines else method.pointer
        if method.resource in RESERVED:
            problems.append(source.problem(where, f"tag {method.resource!r} would shadow the client's own attribute"))
        if not _usable(method.name):
            problems.append(
                source.problem(where, f"{method.operation_id}: method name {method.name!r} is not a usable identifier")
            )
        clash = seen.get((method.resource, method.name))
        if clash is not None:
            problems.append(
                source.problem(
                    where,
                    f"{method.operation_id}: method name {method.name!r} of resource {method.resource!r} is "
                    f"already {clash}'s",
                )
            )
        seen[(method.resource, method.name)] = method.operation_id
    for path, _, pointer, operation in iter_operations(document):
        for parameter in operation_parameters(document, path, operation):
            python_name = str(PythonIdentifier(value=str(parameter.get("name", "")), prefix=""))
            if python_name in CALL_OPTIONS:
                problems.append(
                    source.problem(
                        pointer,
                        f"{operation.get('operationId')}: parameter {parameter.get('name')!r} would take the name of "
                        f"the per-call option {python_name!r} every client method takes",
                    )
                )
    return problems


EXTENSIONS_FOLDER = Path("lib", "resource_extensions")


def surface_facts(document: dict[str, Any], vendor_name: str, vendor_overrides: Path | None = None) -> str:
    """The client object's decisions as Jinja `set` statements, for spec_facts.jinja. `extended_resources` are
    the tags whose resources inherit hand-written methods from `overrides/<vendor>/lib/resource_extensions/<tag>.py`."""
    # Keyed as the templates know an operation: by the generator's name for it (`endpoint.name`).
    names = {function_name(method.operation_id): method.name for method in methods(document)}
    paginated = {
        function_name(str(operation["operationId"])): str(operation["x-pagination"]["items"])
        for _, _, _, operation in iter_operations(document)
        if "operationId" in operation and isinstance(operation.get("x-pagination"), dict)
    }
    server = first_server(document)
    secrets = sorted(secret_properties(document))
    streamed = streamed_events(document)
    folder = vendor_overrides / EXTENSIONS_FOLDER if vendor_overrides is not None else None
    extended = sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__") if folder else []
    hand_written = {tag: extension_methods(folder / f"{tag}.py") for tag in extended} if folder else {}
    replaced = sorted(
        function_name(method.operation_id)
        for method in methods(document)
        if method.name in hand_written.get(method.resource, ())
    )
    return (
        f"{{% set extended_resources = {extended!r} %}}\n"
        f"{{% set replaced_operations = {replaced!r} %}}\n"
        f"{{% set secret_properties = {secrets!r} %}}\n"
        f"{{% set client_name = {client_name(document, vendor_name)!r} %}}\n"
        f"{{% set method_names = {dict(sorted(names.items()))!r} %}}\n"
        f"{{% set paginated_items = {dict(sorted(paginated.items()))!r} %}}\n"
        f"{{% set streamed_events = {dict(sorted(streamed.items()))!r} %}}\n"
        f"{{% set server_url = {server[0]!r} %}}\n"
        f"{{% set server_variables = {server[1]!r} %}}\n"
    )


def extension_methods(path: Path) -> frozenset[str]:
    """The methods a resource extension module defines in its `...Extension` classes: a generated method of the
    same name is left out, the hand-written one replaces it (BettrData's `client.counts.watch`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return frozenset(
        item.name
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name.endswith("Extension")
        for item in node.body
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_")
    )


def streamed_events(document: dict[str, Any]) -> dict[str, str | None]:
    """Each `x-streaming` operation's event model: the class the generator makes of the 2xx answer's schema (the
    schema of one event) when it is a `$ref` to a component, else None (the events stay JSON values)."""
    found: dict[str, str | None] = {}
    for _, _, _, operation in iter_operations(document):
        if "operationId" not in operation or not operation.get("x-streaming"):
            continue
        event: str | None = None
        for status, response in sorted((operation.get("responses") or {}).items()):
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for media in (response.get("content") or {}).values():
                reference = str(((media or {}).get("schema") or {}).get("$ref", ""))
                if reference.startswith(_COMPONENT_SCHEMAS):
                    event = str(ClassName(reference.removeprefix(_COMPONENT_SCHEMAS), prefix=""))
                    break
            break
        found[function_name(str(operation["operationId"]))] = event
    return found


_COMPONENT_SCHEMAS = "#/components/schemas/"


def secret_properties(document: dict[str, Any]) -> set[str]:
    """The names of the object properties the spec marks secret (`format: password` or `writeOnly`), also
    through `$ref`s: the model template hides them in reprs."""
    found: set[str] = set()
    seen: set[int] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
            return
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        for name, schema in (node.get("properties") or {}).items() if isinstance(node.get("properties"), dict) else ():
            target = resolve_references(document, schema)
            if isinstance(target, dict) and (target.get("format") == "password" or target.get("writeOnly") is True):
                found.add(str(name))
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const"):
                walk(value)

    walk(document)
    return found


def first_server(document: dict[str, Any]) -> tuple[str, list[tuple[str, str, str]]]:
    """The first server's URL template and its variables: (name, Python name, default)."""
    servers = document.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return "", []
    server = servers[0]
    variables = [
        (str(name), str(PythonIdentifier(value=str(name), prefix="server")), str((spec or {}).get("default", "")))
        for name, spec in (server.get("variables") or {}).items()
    ]
    return str(server.get("url", "")), variables
