"""Find the operation a request is for: literal path segments win over templated ones; base path honoured (a
server variable in it, `/v2/{siteId}`, matches any one segment).

A segment is literal (`pets`), a parameter (`{petId}`), or text around parameters (`profile_id={id}`, `${id}`);
at each position a literal beats a mixed segment, which beats a bare parameter. A last segment that is a path
parameter marked `x-keep-slashes` takes the rest of the path, slashes included (`/uploads/{upload_path}`
matches `/uploads/lists/idlist.csv`), and is tried only when no route of the path's own length matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ._spec import Operation, Spec

_PARAMETER = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Segment:
    literal: str | None  # the segment's text when it has no parameter
    pattern: re.Pattern[str] | None  # otherwise, its parameters as named groups
    names: tuple[str, ...]

    @property
    def rank(self) -> int:
        if self.literal is not None:
            return 0
        return 2 if self.pattern is not None and self.pattern.pattern == "(?P<p0>.+)" else 1


@dataclass(frozen=True)
class Route:
    template: str
    segments: tuple[Segment, ...]
    operations: dict[str, Operation]  # by upper-case method

    @property
    def allow(self) -> str:
        methods = set(self.operations)
        if "GET" in methods:
            methods.add("HEAD")
        return ", ".join(sorted(methods))


@dataclass(frozen=True)
class Match:
    route: Route
    path_params: dict[str, str]


def _segment(text: str) -> Segment:
    names = _PARAMETER.findall(text)
    if not names:
        return Segment(text, None, ())
    pattern = ""
    position = 0
    for index, found in enumerate(_PARAMETER.finditer(text)):
        pattern += re.escape(text[position : found.start()]) + f"(?P<p{index}>.+)"
        position = found.end()
    pattern += re.escape(text[position:])
    return Segment(None, re.compile(pattern, re.DOTALL), tuple(names))


class Router:
    def __init__(self, spec: Spec) -> None:
        self.base_path = spec.base_path_pattern
        grouped: dict[str, dict[str, Operation]] = {}
        for operation in spec.operations:
            grouped.setdefault(operation.path, {})[operation.method.upper()] = operation
        self._literal: dict[str, Route] = {}
        self._by_length: dict[int, list[Route]] = {}
        self._tails: list[Route] = []  # routes whose last parameter takes the rest of the path
        for template, operations in grouped.items():
            parts = [part for part in template.strip("/").split("/") if part]
            route = Route(template, tuple(_segment(part) for part in parts), operations)
            if all(segment.literal is not None for segment in route.segments):
                self._literal["/" + "/".join(parts)] = route
            else:
                self._by_length.setdefault(len(parts), []).append(route)
                if _keeps_slashes(route):
                    self._tails.append(route)
        for routes in self._by_length.values():
            routes.sort(key=lambda r: tuple(segment.rank for segment in r.segments))

    def match(self, raw_path: str) -> Match | None:
        """`raw_path` is the percent-encoded path, so that an encoded `/` stays inside its segment."""
        if self.base_path.pattern:
            found = self.base_path.match(raw_path)
            if found is None or raw_path[found.end() : found.end() + 1] not in ("", "/"):
                return None
            raw_path = raw_path[found.end() :]
        parts = [unquote(part) for part in raw_path.split("/") if part != ""]
        literal = self._literal.get("/" + "/".join(parts))
        if literal is not None:
            return Match(literal, {})
        for route in self._by_length.get(len(parts), []):
            values = _match_segments(route.segments, parts)
            if values is not None:
                return Match(route, values)
        for route in self._tails:
            head = len(route.segments) - 1
            if len(parts) > head + 1:
                values = _match_segments(route.segments[:head], parts[:head])
                if values is not None:
                    values[route.segments[-1].names[0]] = "/".join(parts[head:])
                    return Match(route, values)
        return None


def _match_segments(segments: tuple[Segment, ...], parts: list[str]) -> dict[str, str] | None:
    values: dict[str, str] = {}
    for segment, part in zip(segments, parts, strict=True):
        if segment.literal is not None:
            if segment.literal != part:
                return None
            continue
        assert segment.pattern is not None
        found = segment.pattern.fullmatch(part)
        if found is None:
            return None
        values.update(zip(segment.names, found.groups(), strict=True))
    return values


def _keeps_slashes(route: Route) -> bool:
    """Whether the route's last segment is a bare path parameter marked `x-keep-slashes` by its operations."""
    last = route.segments[-1] if route.segments else None
    if last is None or last.rank != 2:
        return False
    name = last.names[0]
    return any(
        parameter.name == name and parameter.location == "path" and parameter.node.get("x-keep-slashes") is True
        for operation in route.operations.values()
        for parameter in operation.parameters
    )
