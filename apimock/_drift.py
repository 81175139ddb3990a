"""Drift on demand: answers as a vendor that drifted from its document would give them.

Per request with the header `X-Mock-Drift: <kind>` (or `<kind>=<member>` to choose where), or for a seeded
fraction of requests with `Drift(kinds=(...), rate=..., seed=...)`. Like faults, drift applies only to callers the
operation accepts, and only to its success answers; a drifted answer carries `X-Mock-Drifted: <kind>` and is not
checked against the spec (it is meant to be off it).

Body kinds change the first place that fits, depth-first through the answer (the first record of a list):

| kind | what the answer does |
| --- | --- |
| `unknown-enum` | a string enum (or `const`) member holds a value the spec does not list (`drifted-value`) |
| `missing-required` | a required member is left out |
| `missing=<member>` | the named member is left out, required or not (an OAuth answer without `expires_in`) |
| `number-as-text` | a number member is text with a unit (`"3600s"`) |
| `extra-field` | an undeclared member `drift_extra_member` is added |
| `null` | a list or object member is `null` |
| `odd-datetime` / `epoch-datetime` | a `date-time` member is `03/12/2026 10:00:00` / an epoch number |
| `array-for-object` | an object answer comes wrapped in an array |
| `html` / `empty` / `truncated` | the body is an HTML page / empty / cut in the middle, with the 2xx status |
| `reset` | the headers and half the body are sent, then the connection is dropped (over HTTP) |
| `stall` | the headers and half the body are sent, then nothing until the client leaves (at most a minute) |
| `echo-secrets` | a 500 whose body echoes the request's credentials and body (a password, a client secret, a token) |
| `status=<code>` | the success answer comes with an undocumented status (e.g. 203, 302) |

Page kinds (operations with `x-pagination`): `repeat-page` / `backward-page` (the answer names the current page, or
the one before, as the next; a cursor answers the cursor it was given), `ignore-offset` (the page position asked for
is ignored: the first page again), `cap-page=<n>` (at most n records a page, the envelope consistent with it).

Token kind (OAuth token endpoints): `revoke-previous` (issuing a token revokes every token issued before it, as
servers that allow one live token per client do).
"""

from __future__ import annotations

import copy
import random
from collections.abc import AsyncIterator, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ._oauth import is_token_endpoint
from ._pages import Paging
from ._replies import Replies, Reply
from ._spec import JSON, Operation, Spec

DRIFT_HEADER = "x-mock-drift"
DRIFTED_HEADER = "X-Mock-Drifted"
UNLISTED_VALUE = "drifted-value"
ODD_DATETIME = "03/12/2026 10:00:00"
EPOCH_DATETIME = 1764756000
EXTRA_MEMBER = "drift_extra_member"

BODY_KINDS = (
    "unknown-enum",
    "missing-required",
    "missing",
    "extra-field",
    "null",
    "odd-datetime",
    "epoch-datetime",
    "number-as-text",
)
RAW_KINDS = ("array-for-object", "html", "empty", "truncated", "reset", "stall", "echo-secrets")
PAGE_KINDS = ("repeat-page", "backward-page", "ignore-offset", "cap-page")
TOKEN_KINDS = ("revoke-previous",)
KINDS = (*BODY_KINDS, *RAW_KINDS, "status", *PAGE_KINDS, *TOKEN_KINDS)


class DriftSyntaxError(ValueError):
    """An `X-Mock-Drift` value (or a `Drift` plan) that names no kind, or a bad value for one."""


@dataclass(frozen=True)
class DriftRequest:
    kind: str
    target: str | None = None  # a member name, a status, or a page size

    @property
    def label(self) -> str:
        return self.kind if self.target is None else f"{self.kind}={self.target}"


def parse_drift(text: str) -> DriftRequest:
    kind, _, target = text.strip().partition("=")
    kind, target = kind.strip().lower(), target.strip()
    if kind not in KINDS:
        raise DriftSyntaxError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    if kind == "status":
        if not target.isdigit() or not 200 <= int(target) <= 399:
            raise DriftSyntaxError(f"status={target!r}: give a status from 200 to 399 the operation does not document")
    elif kind == "cap-page":
        if not target.isdigit() or int(target) < 1:
            raise DriftSyntaxError(f"cap-page={target!r}: give a page size of 1 or more")
    elif kind == "missing" and not target:
        raise DriftSyntaxError("missing=<member>: name the member to leave out")
    elif target and kind not in BODY_KINDS:
        raise DriftSyntaxError(f"{kind} takes no value (got {target!r})")
    return DriftRequest(kind, target or None)


@dataclass(frozen=True)
class Drift:
    """Drift a seeded fraction (`rate`, 0 to 1) of the success answers, with one of `kinds` each, drawn in turn;
    `operations` limits it to those operation ids."""

    kinds: tuple[str, ...] = ("unknown-enum",)
    rate: float = 1.0
    seed: int = 0
    operations: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"Drift.rate must be from 0 to 1, not {self.rate}")
        if not self.kinds:
            raise ValueError("Drift.kinds names no kind")
        for kind in self.kinds:
            try:
                parse_drift(kind)
            except DriftSyntaxError as error:
                raise ValueError(f"Drift.kinds: {error}") from None

    def draw(self) -> DriftDraw:
        return DriftDraw(self)


class DriftDraw:
    def __init__(self, plan: Drift) -> None:
        self._plan = plan
        self._random = random.Random(f"drift-{plan.seed}")
        self._turn = 0

    def next(self, operation: Operation) -> DriftRequest | None:
        plan = self._plan
        if plan.operations is not None and operation.operation_id not in plan.operations:
            return None
        if self._random.random() >= plan.rate:
            return None
        kind = plan.kinds[self._turn % len(plan.kinds)]
        self._turn += 1
        return parse_drift(kind)


# ------------------------------------------------------------------------------------------------ the request
def applicable_problem(drift: DriftRequest, operation: Operation, paging: Paging | None, spec: Spec) -> str | None:
    """Why `drift` cannot apply to `operation` (its answer has no such shape), or None."""
    if drift.kind in PAGE_KINDS:
        if paging is None:
            return f"{drift.kind}: {operation.operation_id} is not paginated (no x-pagination)"
        if drift.kind == "backward-page" and paging.style != "page":
            return f"backward-page: {operation.operation_id} pages by {paging.style}, not by page number"
        if drift.kind == "cap-page" and paging.size_parameter is None:
            return f"cap-page: {operation.operation_id} has no page size parameter"
    if drift.kind in TOKEN_KINDS and not is_token_endpoint(spec, operation):
        return f"{drift.kind}: {operation.operation_id} is not a token endpoint"
    if drift.kind == "status" and int(drift.target or 0) in operation.documented_statuses:
        return f"status={drift.target}: {operation.operation_id} documents it"
    return None


def _page_query(drift: DriftRequest, query_string: str, paging: Paging) -> str:
    """The query as the drifting server reads it: the page position ignored, or the page size capped."""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    if drift.kind == "ignore-offset":
        position = {paging.page_parameter, paging.offset_parameter, paging.cursor_parameter} - {None}
        pairs = [(name, value) for name, value in pairs if name not in position]
    elif drift.kind == "cap-page":
        cap = int(drift.target or 1)
        size = paging.size_parameter or ""  # applicable_problem saw to it that there is one
        given = [value for name, value in pairs if name == size]
        wanted = int(given[0]) if given and given[0].isdigit() else paging.default_size
        pairs = [(name, value) for name, value in pairs if name != size] + [(size, str(min(wanted, cap)))]
    return urlencode(pairs)


# ------------------------------------------------------------------------------------------------- the answer
def drift_body(drift: DriftRequest, body: JSON, schema: JSON, spec: Spec) -> str | None:
    """Change `body` in place as `drift` says; None when done, else why the answer has no place for it."""
    if drift.kind == "extra-field":
        target = _first_object(body)
        if target is None:
            return "extra-field: the answer holds no object"
        target[drift.target or EXTRA_MEMBER] = "unexpected"
        return None
    for owner, name, member_schema, required in _members(body, schema, spec):
        if drift.target is not None and name != drift.target:
            continue
        value = owner.get(name)
        listed = isinstance(member_schema.get("enum"), list) or isinstance(member_schema.get("const"), str)
        if drift.kind == "unknown-enum" and isinstance(value, str) and listed:
            owner[name] = UNLISTED_VALUE
            return None
        if drift.kind == "missing-required" and required and name in owner:
            del owner[name]
            return None
        if drift.kind == "missing" and name in owner:
            del owner[name]
            return None
        if drift.kind == "number-as-text" and isinstance(value, int | float) and not isinstance(value, bool):
            owner[name] = f"{value}s"
            return None
        if drift.kind == "null" and isinstance(value, list | dict):
            owner[name] = None
            return None
        is_datetime = isinstance(value, str) and _is_datetime(member_schema, spec)
        if drift.kind in ("odd-datetime", "epoch-datetime") and is_datetime:
            owner[name] = ODD_DATETIME if drift.kind == "odd-datetime" else EPOCH_DATETIME
            return None
    where = f" named {drift.target!r}" if drift.target else ""
    return f"{drift.kind}: the answer has no member{where} it applies to"


def _is_datetime(schema: JSON, spec: Spec, depth: int = 0) -> bool:
    """Declared `format: date-time`, itself or as a variant (Narrative's zoned-or-local union)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return False
    if schema.get("format") == "date-time":
        return True
    variants = [*(schema.get("anyOf") or ()), *(schema.get("oneOf") or ()), *(schema.get("allOf") or ())]
    return any(_is_datetime(variant, spec, depth + 1) for variant in variants)


def _first_object(body: JSON) -> MutableMapping[str, Any] | None:
    if isinstance(body, dict):
        return body
    if isinstance(body, list):
        for item in body:
            found = _first_object(item)
            if found is not None:
                return found
    return None


def _members(body: JSON, schema: JSON, spec: Spec) -> Iterator[tuple[dict[str, Any], str, Mapping[str, Any], bool]]:
    """Each member of each object in `body`, depth-first, with its schema and whether it is required (the
    properties of `allOf`, `oneOf` and `anyOf` variants merged: close enough to find a member's shape)."""
    properties, required, items = _shape(schema, spec)
    if isinstance(body, list):
        for item in body[:1]:
            yield from _members(item, items, spec)
        return
    if not isinstance(body, dict):
        return
    for name in list(body):
        member_schema = properties.get(name, {})
        yield body, name, member_schema, name in required
        yield from _members(body.get(name), member_schema, spec)


def _shape(schema: JSON, spec: Spec, depth: int = 0) -> tuple[dict[str, Any], set[str], JSON]:
    schema = spec.resolve(schema)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    items: JSON = {}
    if not isinstance(schema, Mapping) or depth > 8:
        return properties, required, items
    for name, member in (schema.get("properties") or {}).items():
        properties[str(name)] = spec.resolve(member)
    required.update(str(name) for name in schema.get("required") or ())
    items = schema.get("items") or {}
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key) or ():
            more, also, inner = _shape(variant, spec, depth + 1)
            for name, member in more.items():
                properties.setdefault(name, member)
            if key == "allOf":
                required |= also
            items = items or inner
    return properties, required, items


def drift_page(drift: DriftRequest, body: JSON, query: Mapping[str, Any], paging: Paging) -> str | None:
    """Point the answer's next position back at the current page (or the one before); None when done."""
    envelope = body if isinstance(body, dict) else None
    fields = paging.fields
    if paging.style == "page":
        current = query.get(paging.page_parameter, paging.first_page) if paging.page_parameter else None
        current = int(current) if isinstance(current, int | str) and str(current).isdigit() else paging.first_page
        following = current if drift.kind == "repeat-page" else max(paging.first_page, current - 1)
        if envelope is None or "next-page" not in fields:
            return f"{drift.kind}: the answer names no next page"
        envelope[fields["next-page"]] = following
        return None
    if paging.style == "cursor" and drift.kind == "repeat-page":
        given = query.get(paging.cursor_parameter) if paging.cursor_parameter else None
        if envelope is None or "next-cursor" not in fields:
            return "repeat-page: the answer names no next cursor"
        if given is not None:
            envelope[fields["next-cursor"]] = given
        return None
    return f"{drift.kind}: not for {paging.style} pages"


# ------------------------------------------------------------------------------------------ the engine's hooks
@dataclass(frozen=True)
class BoundDrift:
    """A drift to apply to one request of one operation (with its paging, for the page kinds)."""

    request: DriftRequest
    operation: Operation
    paging: Paging | None


def read_drift(
    spec: Spec, replies: Replies, operation: Operation, headers: Mapping[str, str], draw: DriftDraw | None
) -> BoundDrift | Reply | None:
    """The drift this request asks for (`X-Mock-Drift`), else the plan's; a 400 naming the problem when the header is
    malformed or the operation has no such shape."""
    text = headers.get(DRIFT_HEADER)
    if text is None:
        planned = draw.next(operation) if draw is not None else None
        if planned is None:
            return None
        paging = Paging.of(operation, spec)
        return None if applicable_problem(planned, operation, paging, spec) else BoundDrift(planned, operation, paging)
    try:
        request = parse_drift(text)
    except DriftSyntaxError as error:
        return replies.unrouted(400, f"Bad X-Mock-Drift header: {error}")
    paging = Paging.of(operation, spec)
    problem = applicable_problem(request, operation, paging, spec)
    if problem is not None:
        return replies.unrouted(400, f"Bad X-Mock-Drift header: {problem}")
    return BoundDrift(request, operation, paging)


def drifted_query(drift: BoundDrift, query_string: str) -> str:
    if drift.request.kind in ("ignore-offset", "cap-page") and drift.paging is not None:
        return _page_query(drift.request, query_string, drift.paging)
    return query_string


def apply_drift(
    spec: Spec, drift: BoundDrift, reply: Reply, query: Mapping[str, Any], echoed: Mapping[str, str] | None = None
) -> None:
    """Make a success answer what the drifting vendor would send, and mark it (`X-Mock-Drifted`). `echoed` is
    what `echo-secrets` sends back: the request's credential headers and body."""
    if not 200 <= reply.status < 300:
        return
    request = drift.request
    if reply.stream is not None:
        if request.kind in BODY_KINDS:  # a stream drifts in its first event
            schema = _answer_schema(spec, drift.operation, reply)
            reply.stream = _first_event_drifted(reply.stream, request, schema, spec)
            reply.headers[DRIFTED_HEADER] = request.label
            reply.checked = False
        return
    problem: str | None = None
    reply.body = copy.deepcopy(reply.body)  # the body may be the stored record itself: drift a copy
    if request.kind in BODY_KINDS:
        problem = drift_body(request, reply.body, _answer_schema(spec, drift.operation, reply), spec)
    elif request.kind in ("repeat-page", "backward-page") and drift.paging is not None:
        problem = drift_page(request, reply.body, query, drift.paging)
    elif request.kind == "status":
        reply.status = int(request.target or 203)
    elif request.kind == "echo-secrets":
        reply.status, reply.media_type = 500, "application/json"
        reply.body = {"message": "Internal Server Error", "request": dict(echoed or {})}
    elif request.kind == "array-for-object":
        problem = None if isinstance(reply.body, dict) else "array-for-object: the answer is not an object"
        if problem is None:
            reply.body = [reply.body]
    elif request.kind in ("html", "empty", "truncated", "reset", "stall"):
        _raw(request.kind, reply)
    reply.checked = False  # meant to be off the spec: not checked against it
    reply.headers[DRIFTED_HEADER] = request.label if problem is None else f"none; {problem}"


async def _first_event_drifted(
    stream: AsyncIterator[JSON], drift: DriftRequest, schema: JSON, spec: Spec
) -> AsyncIterator[JSON]:
    first = True
    try:
        async for event in stream:
            if first:
                event = copy.deepcopy(event)
                drift_body(drift, event, schema, spec)
                first = False
            yield event
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()


def _raw(kind: str, reply: Reply) -> None:
    if kind == "html":
        reply.body, reply.media_type = b"<html><body><h1>Down for maintenance</h1></body></html>", "text/html"
        return
    if kind == "empty":
        reply.body = b""
        return
    reply.body = reply.payload()
    half = max(1, len(reply.body) // 2)
    if kind == "truncated":
        reply.body = reply.body[:half]
    elif kind == "reset":
        reply.reset_after = half
    else:
        reply.stall_after = half


def _answer_schema(spec: Spec, operation: Operation, reply: Reply) -> JSON:
    response = spec.resolve(operation.response_for(reply.status) or {})
    content = response.get("content") if isinstance(response, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return {}
    media = content.get(reply.media_type or "") or next(iter(content.values()))
    return media.get("schema", {}) if isinstance(media, Mapping) else {}
