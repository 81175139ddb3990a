"""Loading a spec from YAML while remembering the line of every value, so problems can be located."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import InvalidSpec, SpecProblem

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_join(pointer: str, token: str | int) -> str:
    return f"{pointer}/{escape_pointer_token(token)}"


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at a JSON pointer (`""` is the whole document); raises `LookupError` when there is none."""
    node = document
    if not pointer:
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = unescape_pointer_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(pointer)
    return node


def resolve_references(document: Any, node: Any) -> Any:
    """`node`, or what its `$ref` chain points at within the document."""
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(document, str(node["$ref"]).removeprefix("#"))
    return node


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(path, method, JSON pointer, operation) of every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, pointer_join(pointer_join("/paths", path), method), item[method]


def operation_parameters(document: dict[str, Any], path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, its path item's included, with `$ref`s resolved."""
    item = (document.get("paths") or {}).get(path) or {}
    declared = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
    return [resolve_references(document, parameter) for parameter in declared]


@dataclass(frozen=True)
class SpecSource:
    """A parsed spec: the document as plain data, and the 1-based line of each JSON pointer in it."""

    path: Path
    document: dict[str, Any]
    lines: dict[str, int]

    def line_of(self, pointer: str) -> int:
        """The line of `pointer`, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return 1
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, message: str) -> SpecProblem:
        return SpecProblem(self.path, self.line_of(pointer), message)


def load_spec(path: Path) -> SpecSource:
    """Parse `path`; a YAML error or a duplicated key raises `InvalidSpec` naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidSpec([SpecProblem(path, 0, f"cannot read the spec: {error}")]) from error
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise InvalidSpec([SpecProblem(path, line, f"invalid YAML: {what}")]) from error
    except yaml.YAMLError as error:
        raise InvalidSpec([SpecProblem(path, 0, f"invalid YAML: {error}")]) from error
    if root is None:
        raise InvalidSpec([SpecProblem(path, 1, "the spec is empty")])
    builder = _Builder(path)
    document = builder.build(root, "")
    if builder.problems:
        raise InvalidSpec(builder.problems)
    if not isinstance(document, dict):
        raise InvalidSpec([SpecProblem(path, 1, "the spec must be a mapping at its top level")])
    return SpecSource(path=path, document=document, lines=builder.lines)


_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Builder:
    """Turns a composed YAML node tree into plain data, recording lines and refusing duplicate keys."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[str, int] = {}
        self.problems: list[SpecProblem] = []
        self._constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, pointer: str) -> Any:
        self.lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            self._constructor.flatten_mapping(node)
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str | int | bool):
                    line = key_node.start_mark.line + 1
                    shown = repr(key) if isinstance(key_node, yaml.ScalarNode) else "that is a list or mapping"
                    self.problems.append(SpecProblem(self.path, line, f"mapping key {shown} must be a string"))
                    continue
                name = str(key).lower() if isinstance(key, bool) else str(key)
                if name in result:
                    line = key_node.start_mark.line + 1
                    self.problems.append(SpecProblem(self.path, line, f"duplicate key {name!r}"))
                    continue
                child = pointer_join(pointer, name)
                self.lines[child] = key_node.start_mark.line + 1
                result[name] = self.build(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, pointer_join(pointer, index)) for index, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _TIMESTAMP_TAG:
            # A spec describes JSON, where `2019-08-24` can only be the string it is written as (YAML would make
            # a date of it, which nothing downstream can serialise).
            return node.value
        return self._constructor.construct_object(node, deep=True)
