"""Check a request against its operation: path, query (also deep-object and JSON-encoded), headers, body.

`readOnly` properties are the server's (OpenAPI 3.x): a body is checked against schemas that do not require them
(`relaxed_schemas`), and those it holds are dropped once it passes, so a client echoing a record it read (`id`,
`createdAt`) is neither refused nor heard (a readOnly member of the wrong type is still refused). Answers are
checked likewise without requiring `writeOnly` properties (the engine's `schemas`), which are never answered.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._bindings import flagged_properties
from ._limits import InputTooLarge, Limits, integer_text_problem, load_json
from ._schemas import Problem, Schemas
from ._spec import JSON, Operation, Parameter, Spec

_INTEGER = re.compile(r"^-?\d+$")
_DEEP = re.compile(r"^([^\[]+)\[([^\]]*)\]$")


@dataclass
class ParsedRequest:
    """A request that passed validation, its values converted to the types the spec gives them."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: JSON = None
    media_type: str | None = None


class RequestRejected(Exception):
    def __init__(self, kind: str, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.kind = kind  # "content-type", "malformed" (cannot be read) or "invalid" (against the schema)
        self.problems = problems


def relaxed_schemas(spec: Spec, schemas: Schemas, keyword: str) -> Schemas:
    """Validators over the spec's components with no property marked `keyword` required: `readOnly` for requests,
    `writeOnly` for answers (OpenAPI 3.x: they are not sent in that direction, `required` or not); `schemas`
    itself when no component requires one. Inline schemas of operations are checked as written."""
    components = spec.document.get("components") or {}
    if not any(_flagged_required(spec, node, keyword) for node in _schema_nodes(components)):
        return schemas
    relaxed = copy.deepcopy(components)
    for node in _schema_nodes(relaxed):
        flagged = _flagged_required(spec, node, keyword)
        if flagged:
            node["required"] = [name for name in node["required"] if name not in flagged]
    return Schemas(Spec({**spec.document, "components": relaxed}, name=spec.name))


def _flagged_required(spec: Spec, node: Mapping[str, Any], keyword: str) -> set[str]:
    """The names an object schema requires that its properties mark `keyword`."""
    required = node.get("required")
    if not isinstance(required, list) or not required or not ("properties" in node or "allOf" in node):
        return set()
    return set(required) & flagged_properties(spec, node, keyword)


def _schema_nodes(node: JSON) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schema_nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_nodes(value)


def media_type_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def is_json_media(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json") or "json" in media_type.split("/")[-1]


def _media_matches(declared: str, actual: str) -> bool:
    declared = declared.lower()
    if declared in ("*/*", actual):
        return True
    main, _, sub = declared.partition("/")
    return sub == "*" and actual.startswith(main + "/")


class RequestValidator:
    def __init__(self, spec: Spec, schemas: Schemas, limits: Limits | None = None) -> None:
        """`schemas`: validators for requests, such as `relaxed_schemas(spec, schemas, "readOnly")` gives."""
        self._spec = spec
        self._schemas = schemas
        self._limits = limits or Limits()

    def parse(
        self,
        operation: Operation,
        path_params: Mapping[str, str],
        query_string: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> ParsedRequest:
        parsed = ParsedRequest()
        problems: list[Problem] = []
        pairs = parse_qsl(query_string, keep_blank_values=True)
        for parameter in operation.parameters:
            if parameter.location == "path":
                raw_path = path_params.get(parameter.name)
                self._one(parameter, [raw_path] if raw_path is not None else [], parsed.path, problems)
            elif parameter.location == "query":
                self._query(parameter, pairs, parsed.query, problems)
            elif parameter.location == "header":
                raw_header = headers.get(parameter.name.lower())
                self._one(parameter, [raw_header] if raw_header is not None else [], parsed.headers, problems)
        if problems:
            malformed = any(problem.malformed for problem in problems)
            raise RequestRejected("malformed" if malformed else "invalid", problems)
        if operation.request_body is not None:
            self._body(operation, operation.request_body, headers.get("content-type"), body, parsed)
        return parsed

    def _query(
        self, parameter: Parameter, pairs: Sequence[tuple[str, str]], out: dict[str, Any], problems: list[Problem]
    ) -> None:
        if parameter.style == "deepObject":
            found: dict[str, str] = {}
            for key, value in pairs:
                matched = _DEEP.match(key)
                if matched and matched.group(1) == parameter.name:
                    found[matched.group(2)] = value
            if not found:
                if parameter.required:
                    problems.append(Problem("query", parameter.name, "is required"))
                return
            schema = self._spec.resolve(parameter.schema) if parameter.schema is not None else {}
            properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
            try:
                deep = {key: self._coerce(properties.get(key, {}), text) for key, text in found.items()}
            except InputTooLarge as error:
                problems.append(Problem("query", parameter.name, str(error), True))
                return
            self._check(parameter, deep, out, problems)
            return
        values = [text for key, text in pairs if key == parameter.name]
        self._one(parameter, values, out, problems)

    def _one(self, parameter: Parameter, values: list[str], out: dict[str, Any], problems: list[Problem]) -> None:
        location = parameter.location
        if not values:
            if parameter.required:
                problems.append(Problem(location, parameter.name, "is required"))
            else:
                schema = self._spec.resolve(parameter.schema) if parameter.schema is not None else None
                if isinstance(schema, Mapping) and "default" in schema:
                    out[parameter.name] = schema["default"]
            return
        if parameter.media_type is not None:
            if len(values) > 1:
                problems.append(Problem(location, parameter.name, "must be given once"))
                return
            try:
                value: Any = load_json(values[0], self._limits)
            except InputTooLarge as error:
                problems.append(Problem(location, error.named(parameter.name), str(error), True))
                return
            except ValueError:
                problems.append(Problem(location, parameter.name, f"must be {parameter.media_type} text", True))
                return
        else:
            schema = self._spec.resolve(parameter.schema) if parameter.schema is not None else {}
            types = _types(schema)
            try:
                if "array" in types:
                    items = schema.get("items", {}) if isinstance(schema, Mapping) else {}
                    texts = values if parameter.explode and len(values) > 1 else _split(values[-1], parameter.style)
                    value = [self._coerce(items, text) for text in texts]
                else:
                    if len(values) > 1:
                        problems.append(Problem(location, parameter.name, "must be given once"))
                        return
                    value = self._coerce(schema, values[0])
            except InputTooLarge as error:
                problems.append(Problem(location, parameter.name, str(error), True))
                return
        self._check(parameter, value, out, problems)

    def _coerce(self, schema: JSON, text: str) -> Any:
        """`_coerce` within the limits: `InputTooLarge` for an integer with more digits than allowed."""
        if "integer" in _types(self._spec.resolve(schema)) and _INTEGER.match(text):
            problem = integer_text_problem(text, self._limits)
            if problem is not None:
                raise InputTooLarge(problem)
        return _coerce(self._spec, schema, text)

    def _check(self, parameter: Parameter, value: Any, out: dict[str, Any], problems: list[Problem]) -> None:
        if parameter.schema is not None:
            found = self._schemas.problems(parameter.schema, value, location=parameter.location, name=parameter.name)
            if found:
                problems.extend(found)
                return
        out[parameter.name] = value

    def _body(
        self,
        operation: Operation,
        request_body: Mapping[str, JSON],
        content_type: str | None,
        raw: bytes,
        parsed: ParsedRequest,
    ) -> None:
        content = request_body.get("content") or {}
        required = bool(request_body.get("required", False))
        if not raw and content_type is None:
            if required:
                raise RequestRejected("invalid", [Problem("body", "", "a request body is required")])
            return
        media_type = media_type_of(content_type)
        declared = next((name for name in content if media_type and _media_matches(name, media_type)), None)
        if declared is None or media_type is None:
            accepted = ", ".join(content) or "none"
            problem = Problem("header", "Content-Type", f"must be one of: {accepted}")
            raise RequestRejected("content-type", [problem])
        parsed.media_type = media_type
        schema = (content.get(declared) or {}).get("schema")
        if is_json_media(media_type):
            if not raw:
                if required:
                    raise RequestRejected("invalid", [Problem("body", "", "a request body is required")])
                return
            try:
                value: JSON = load_json(raw, self._limits)
            except InputTooLarge as error:
                raise RequestRejected("malformed", [Problem("body", error.field, str(error), True)]) from None
            except ValueError:  # UnicodeDecodeError included
                raise RequestRejected("malformed", [Problem("body", "", "is not valid JSON", True)]) from None
        elif media_type == "multipart/form-data":
            # Parts are read by name only (their content may be binary): enough to check required fields.
            names = re.findall(rb'content-disposition:\s*form-data;[^\r\n]*?\bname="([^"]*)"', raw, re.IGNORECASE)
            value = {name.decode("utf-8", "replace"): "" for name in names}
            resolved = self._spec.resolve(schema) if schema is not None else {}
            required = resolved.get("required", []) if isinstance(resolved, Mapping) else []
            missing = [Problem("body", str(name), "is required") for name in required if name not in value]
            if missing:
                raise RequestRejected("invalid", missing)
            parsed.body = value
            return
        elif media_type == "application/x-www-form-urlencoded":
            value = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
            properties = (self._spec.resolve(schema) or {}).get("properties", {}) if schema is not None else {}
            try:
                value = {key: self._coerce(properties.get(key, {}), text) for key, text in value.items()}
            except InputTooLarge as error:
                raise RequestRejected("malformed", [Problem("body", "", str(error), True)]) from None
        else:
            parsed.body = raw
            return
        if schema is not None:
            problems = self._schemas.problems(schema, value, location="body")
            if problems:
                raise RequestRejected("invalid", problems)
        # Checked first (a readOnly member sent must still be of its type), then left out: the server's to set.
        parsed.body = self._without_read_only(schema, value)

    def _without_read_only(self, schema: JSON, value: JSON) -> JSON:
        """A JSON object body without the properties its schema marks readOnly (the server's to set)."""
        if schema is None or not isinstance(value, dict):
            return value
        hidden = flagged_properties(self._spec, schema, "readOnly")
        return {key: item for key, item in value.items() if key not in hidden} if hidden else value


def _types(schema: JSON) -> set[str]:
    if not isinstance(schema, Mapping):
        return set()
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(item) for item in declared}
    return set()


def _split(text: str, style: str) -> list[str]:
    if text == "":
        return []
    separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    return text.split(separator)


def _coerce(spec: Spec, schema: JSON, text: str) -> Any:
    """A string from the wire, read as the type its schema gives it; left as text when it cannot be."""
    types = _types(spec.resolve(schema))
    if "string" in types:
        return text
    if "integer" in types and _INTEGER.match(text):
        return int(text)
    if "number" in types:
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if number == number and number not in (float("inf"), float("-inf")):
                return int(number) if _INTEGER.match(text) else number
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "null" in types and text in ("", "null"):
        return None
    return text
