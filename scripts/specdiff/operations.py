"""Naming the operation a JSON pointer belongs to: `search_datafiles (GET /datafile)`."""

from __future__ import annotations

from typing import Any

from scripts.pipeline.spec_source import HTTP_METHODS, unescape_pointer_token


def tokens(pointer: str) -> list[str]:
    return [unescape_pointer_token(token) for token in pointer.lstrip("#").lstrip("/").split("/") if token]


def operation_label(pointer: str, *documents: dict[str, Any]) -> str:
    """The operation(s) `pointer` is in, looked up in each document in turn (revision first, then base)."""
    parts = tokens(pointer)
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        path, method = parts[1], parts[2]
        for document in documents:
            operation = ((document.get("paths") or {}).get(path) or {}).get(method)
            if isinstance(operation, dict) and operation.get("operationId"):
                return f"{operation['operationId']} ({method.upper()} {path})"
        return f"{method.upper()} {path}"
    if len(parts) >= 2 and parts[0] == "paths":
        path = parts[1]
        for document in documents:
            item = (document.get("paths") or {}).get(path)
            if isinstance(item, dict):
                names = [
                    str(item[method].get("operationId") or f"{method.upper()} {path}")
                    for method in HTTP_METHODS
                    if isinstance(item.get(method), dict)
                ]
                return f"{', '.join(names)} ({path})" if names else path
        return path
    if parts[:1] == ["security"]:
        return "every operation (document-level security)"
    if parts[:2] == ["components", "securitySchemes"] and len(parts) > 2:
        return f"operations using security scheme {parts[2]!r}"
    return "the whole document"


def component_of(location: str) -> str | None:
    """`#/components/<kind>/<name>` when `location` is inside a component, else None."""
    parts = location.lstrip("#").split("/")
    if len(parts) >= 4 and parts[1] == "components":
        return "#" + "/".join(parts[:4])
    return None


def operations_using(document: dict[str, Any], component: str) -> list[str]:
    """The operationIds (or METHOD path) of the operations whose definition reaches `component` through `$ref`s."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and component in _references(document, [item.get("parameters"), operation]):
                found.append(str(operation.get("operationId") or f"{method.upper()} {path}"))
    return found


def _references(document: dict[str, Any], roots: list[Any]) -> set[str]:
    """Every `$ref` reachable from `roots`, following references into the document."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/") and reference not in seen:
                seen.add(reference)
                target: Any = document
                for token in tokens(reference):
                    target = target.get(token) if isinstance(target, dict) else None
                pending.append(target)
            pending.extend(value for key, value in node.items() if key != "$ref")
        elif isinstance(node, list):
            pending.extend(node)
    return seen
