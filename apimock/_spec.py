"""Load an OpenAPI document and present its operations with their `$ref`s resolved."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar
from urllib.parse import unquote, urlparse

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON = Any
T = TypeVar("T")


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class JsonYamlLoader(_Loader):  # type: ignore[misc,valid-type]
    """YAML as JSON reads it, with libyaml's parser where installed (about 10x the pure-Python one): an unquoted
    `2019-08-24` or timestamp stays the string it is written as, not a `datetime`, since a spec describes JSON."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


class SpecError(Exception):
    """The spec cannot be served: it is malformed, or inconsistent in a way the mock cannot work around."""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: JSON | None
    media_type: str | None  # set for `content:` parameters (a JSON-encoded object in the query, say)
    style: str
    explode: bool
    node: Mapping[str, JSON]


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: list[Parameter]
    request_body: Mapping[str, JSON] | None
    responses: dict[str, Mapping[str, JSON]]
    security: list[dict[str, list[str]]]
    node: Mapping[str, JSON]
    extensions: dict[str, JSON] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"

    @property
    def documented_statuses(self) -> set[int]:
        """Every status the operation documents; `4XX`-style ranges and `default` expand to what they allow."""
        statuses: set[int] = set()
        for key in self.responses:
            if key.isdigit():
                statuses.add(int(key))
            elif key.upper().endswith("XX") and key[0].isdigit():
                first = int(key[0]) * 100
                statuses.update(range(first, first + 100))
            elif key == "default":
                statuses.update(range(100, 600))
        return statuses

    def response_for(self, status: int) -> Mapping[str, JSON] | None:
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    @property
    def streaming(self) -> Mapping[str, JSON] | None:
        value = self.extensions.get("x-streaming")
        return value if isinstance(value, Mapping) else None


class Spec:
    """One OpenAPI 3.0/3.1 document: its raw data, a local `$ref` resolver and its operations."""

    def __init__(self, document: Mapping[str, JSON], *, name: str = "spec") -> None:
        if not isinstance(document, Mapping) or "paths" not in document:
            raise SpecError(f"{name}: not an OpenAPI document (no `paths`)")
        self.name = name
        self.document = document
        self._derived: dict[tuple[str, int], tuple[JSON, Any]] = {}
        self.version = str(document.get("openapi", ""))
        if not self.version.startswith("3."):
            raise SpecError(f"{name}: OpenAPI 3.x is required, found {self.version or 'no version'}")
        self.base_path = _base_path(document)
        self.base_path_pattern = _base_path_pattern(document)
        self.operations = list(self._operations())
        self.by_id = {operation.operation_id: operation for operation in self.operations}

    @classmethod
    def load(cls, path: str | Path) -> Spec:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        document = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=JsonYamlLoader)
        return cls(document, name=path.stem)

    def derive(self, what: str, node: JSON, compute: Callable[[], T]) -> T:
        """`compute()`, worked out once per `what` and node of the document (by the node's id(), the node kept so that
        its id cannot be reused): what requests ask again and again of the same schema (`_bindings`)."""
        key = (what, id(node))
        cached = self._derived.get(key)
        if cached is None or cached[0] is not node:
            cached = (node, compute())
            self._derived[key] = cached
        value: T = cached[1]
        return value

    def resolve(self, node: JSON) -> JSON:
        """Follow `$ref`s (local ones only) until a node without one is reached."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            reference = node["$ref"]
            if not isinstance(reference, str) or not reference.startswith("#/"):
                raise SpecError(f"{self.name}: only local references are supported, found {reference!r}")
            if reference in seen:
                raise SpecError(f"{self.name}: circular reference {reference}")
            seen.add(reference)
            node = self.pointer(reference)
        return node

    def pointer(self, reference: str) -> JSON:
        node: JSON = self.document
        for raw in reference[2:].split("/"):
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"{self.name}: reference {reference} does not resolve")
        return node

    def _operations(self) -> Iterator[Operation]:
        default_security = self.document.get("security", [])
        for path, raw_item in (self.document.get("paths") or {}).items():
            item = self.resolve(raw_item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                node = item[method]
                own = [self.resolve(p) for p in node.get("parameters", [])]
                merged = {(p["name"], p["in"]): p for p in shared}
                merged.update({(p["name"], p["in"]): p for p in own})
                parameters = [self._parameter(p) for p in merged.values()]
                body = self.resolve(node["requestBody"]) if "requestBody" in node else None
                responses = {str(code): self.resolve(value) for code, value in (node.get("responses") or {}).items()}
                operation_id = node.get("operationId") or f"{method.upper()} {path}"
                yield Operation(
                    operation_id=operation_id,
                    method=method,
                    path=path,
                    parameters=parameters,
                    request_body=body,
                    responses=responses,
                    security=list(node.get("security", default_security)),
                    node=node,
                    extensions={key: value for key, value in node.items() if key.startswith("x-")},
                )

    @staticmethod
    def _parameter(node: Mapping[str, JSON]) -> Parameter:
        location = node["in"]
        media_type = None
        schema = node.get("schema")
        if "content" in node:
            media_type, media = next(iter(node["content"].items()))
            schema = media.get("schema")
        style = node.get("style", "simple" if location in ("path", "header") else "form")
        return Parameter(
            name=node["name"],
            location=location,
            required=bool(node.get("required", location == "path")),
            schema=schema,
            media_type=media_type,
            style=style,
            explode=bool(node.get("explode", style == "form")),
            node=node,
        )

    def to_json(self) -> bytes:
        return json.dumps(self.document, default=str).encode()


def _base_path(document: Mapping[str, JSON]) -> str:
    servers = document.get("servers") or []
    if not servers:
        return ""
    server = servers[0]
    url = str(server.get("url", ""))
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    url = re.sub(r"\{[^}]*\}", "x", url)
    return urlparse(url).path.rstrip("/")


def _base_path_pattern(document: Mapping[str, JSON]) -> re.Pattern[str]:
    """The server's base path with each server variable (`/v2/{siteId}`) matching any one segment."""
    servers = document.get("servers") or []
    url = str(servers[0].get("url", "")) if servers else ""
    placeholder = "\x00"
    path = urlparse(re.sub(r"\{[^}]*\}", placeholder, url)).path.rstrip("/")
    return re.compile("|".join(re.escape(part) for part in path.split(placeholder)).replace("|", "[^/]+"))
