"""The mock itself, free of any web framework: a request in, a `Reply` out."""

from __future__ import annotations

import asyncio
import collections
import copy
import http
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ._auth import Authenticator, TokenStore
from ._bindings import (
    Binding,
    Collection,
    flagged_properties,
    infer_bindings,
    record_properties,
    request_schema,
    success_status,
)
from ._crud import Records
from ._documents import Documents
from ._drift import Drift, apply_drift, drifted_query, read_drift
from ._explain import warn_unbound
from ._faults import FAULT_HEADER, Fault, Faults, FaultSyntaxError, parse_fault, status_problem
from ._limits import Limits
from ._oauth import TokenEndpoint, is_token_endpoint
from ._pages import Paging, page_of
from ._replies import MockResponseError, Replies, Reply
from ._request import RequestRejected, RequestValidator, relaxed_schemas
from ._routing import Router
from ._schemas import Problem, Schemas
from ._secrets import SecretMask
from ._spec import JSON, Operation, Spec
from ._state import Store
from ._synth import Generator, first_example, media_examples
from ._vendor import Call, Handler, Vendor, load_vendor

OPENAPI_PATH = "/openapi.json"


class Mock:
    """A spec served from memory. `create_app` wraps it for ASGI; tests may reach it as `app.mock`."""

    def __init__(
        self,
        spec: Spec | str | Path,
        *,
        seed: int = 0,
        tokens: Iterable[str] = (),
        token_lifetime: float | None = None,
        credentials: Mapping[str, str] | None = None,
        stream_interval: float | None = None,
        validate_responses: bool = False,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
        vendor: type[Vendor] | bool = True,
        limits: Limits | None = None,
        token_seed: int | None = None,
        drift: Drift | None = None,
    ) -> None:
        self.spec = spec if isinstance(spec, Spec) else Spec.load(spec)
        self.seed = seed
        self.limits = limits or Limits()
        self.credentials = dict(credentials) if credentials is not None else None
        self.validate_responses = validate_responses
        self.clock = clock
        self._stream_interval = stream_interval
        plain = Schemas(self.spec)
        # Records and answers never hold writeOnly properties, requests never need readOnly ones (`_request.py`).
        self.schemas = relaxed_schemas(self.spec, plain, "writeOnly")
        self.router = Router(self.spec)
        self.validator = RequestValidator(self.spec, relaxed_schemas(self.spec, plain, "readOnly"), self.limits)
        self.generator = Generator(self.spec)
        self.replies = Replies(self.spec, self.schemas, self.generator)
        self.secrets = SecretMask(self.spec, self.replies)
        self.store = Store(seed)
        self.bindings: dict[str, Binding] = infer_bindings(self.spec)
        self.token_endpoints = frozenset(
            operation.operation_id for operation in self.spec.operations if is_token_endpoint(self.spec, operation)
        )
        self.token_endpoint = TokenEndpoint(self.spec)
        self.records = Records(self)
        self.documents = Documents(self)
        vendor_class = load_vendor(self.spec.name) if vendor is True else (vendor or Vendor)
        self.vendor = vendor_class(self)
        lifetime = token_lifetime if token_lifetime is not None else self.vendor.token_lifetime
        self.tokens = TokenStore(accepted=tokens, lifetime=lifetime, clock=clock, seed=token_seed)
        self.auth = Authenticator(self.spec, self.tokens, self.credentials)
        self._faults = faults.draw() if faults is not None else None
        self._drift = drift.draw() if drift is not None else None
        self.records.seed_from_examples()
        self.vendor.seed()
        self.handlers: dict[str, Handler] = dict(self.vendor.handlers())
        unknown = set(self.handlers) - set(self.spec.by_id)
        if unknown:
            raise ValueError(f"{type(self.vendor).__module__} handles operations the spec lacks: {sorted(unknown)}")
        warn_unbound(self)
        self.requests_served = 0
        #: How often each operation was answered with each status (after validation, faults aside).
        self.answered: collections.Counter[tuple[str, int]] = collections.Counter()

    # ----------------------------------------------------------------------------------------------- requests
    async def handle(
        self, method: str, raw_path: str, query_string: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        """Answer one request. `headers` have lower-case names; `raw_path` is still percent-encoded.

        Methods are case-sensitive (RFC 9110, 9.1): `get` is not `GET`, and is answered 405."""
        self.requests_served += 1
        if raw_path == OPENAPI_PATH and method in ("GET", "HEAD"):
            return Reply(200, self.spec.document, {}, "application/json", checked=False)
        match = self.router.match(raw_path)
        if match is None:
            return self.replies.unrouted(404, "Not Found: no operation has this path")
        route = match.route
        operation = route.operations.get(method) or (route.operations.get("GET") if method == "HEAD" else None)
        if operation is None:
            message = "Method Not Allowed"
            if method != method.upper():
                message += f": methods are case-sensitive, '{method}' is not {method.upper()}"
            return self.replies.unrouted(405, message, {"Allow": route.allow})
        verdict = self.auth.check(operation, headers, query_string)
        if not verdict.ok:
            problem = Problem("auth", "", f"credentials are {verdict.reason}")
            return self._checked(operation, self.replies.error(operation, "auth", [problem]))
        # Faults come after the credentials check: a caller the operation refuses cannot make the mock wait or fail.
        fault = self._fault(operation, headers)
        if isinstance(fault, Reply):
            return fault
        if fault is not None:
            if fault.latency_ms:
                await asyncio.sleep(fault.latency_ms / 1000)
            if fault.status is not None:
                return self._fault_reply(operation, fault)
        drift = read_drift(self.spec, self.replies, operation, headers, self._drift)
        if isinstance(drift, Reply):
            return drift
        if drift is not None:
            query_string = drifted_query(drift, query_string)
        refusal: Reply | None = None
        try:
            parsed = self.validator.parse(operation, match.path_params, query_string, headers, body)
        except RequestRejected as rejected:
            refusal = self.replies.error(operation, rejected.kind, rejected.problems)
        if refusal is not None:  # answered outside the `except`, so a failed check is not chained to it
            return self._checked(operation, refusal)
        call = Call(self, operation, parsed)
        handler = self.handlers.get(operation.operation_id)
        reply = self.records.missing_parent(call)
        if reply is None:
            reply = await handler(call) if handler is not None else await self.default_reply(call)
        if fault is not None and fault.cut_after is not None:
            reply.cut_after = fault.cut_after
        if drift is not None:
            echoed = self._echo(headers, body) if drift.request.kind == "echo-secrets" else None
            apply_drift(self.spec, drift, reply, parsed.query, echoed)
            if drift.request.kind == "revoke-previous" and isinstance(reply.body, Mapping):
                self.tokens.revoke_all_but(str(reply.body.get("access_token", "")))
        return self._checked(operation, reply)

    def _checked(self, operation: Operation, reply: Reply) -> Reply:
        reply.operation = operation
        self.secrets.apply(operation, reply)
        self.answered[(operation.operation_id, reply.status)] += 1
        if self.validate_responses:
            self.replies.check(operation, reply)
        return reply

    def check_event(self, operation: Operation, event: JSON) -> None:
        if self.validate_responses:
            self.replies.check_body(operation, 200, event, what="stream event")

    def _echo(self, headers: Mapping[str, str], body: bytes) -> dict[str, str]:
        """The request's credentials and body, as a careless vendor's error page would show them."""
        names = {"authorization", *self.auth.credential_headers()}
        echoed = {name: value for name, value in headers.items() if name in names}
        echoed["body"] = body.decode("utf-8", "replace")
        return echoed

    def _fault(self, operation: Operation, headers: Mapping[str, str]) -> Fault | Reply | None:
        text = headers.get(FAULT_HEADER)
        if text is None:
            return self._faults.next() if self._faults is not None else None
        try:
            fault = parse_fault(text, max_latency_ms=self.limits.max_fault_latency_ms)
        except FaultSyntaxError as error:
            return self.replies.unrouted(400, f"Bad X-Mock-Fault header: {error}")
        problem = None if fault.status is None else status_problem(fault.status, operation.documented_statuses)
        if problem is not None:
            return self.replies.unrouted(400, f"Bad X-Mock-Fault header: {problem}")
        return fault

    def _fault_reply(self, operation: Operation, fault: Fault) -> Reply:
        status = fault.status or 503
        if status in operation.documented_statuses:
            media_type, body = self.replies.documented_body(operation, status)
        else:
            media_type, body = "application/json", {"message": http.HTTPStatus(status).phrase}
        headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
        return Reply(status, body, headers, media_type, checked=False)

    # ----------------------------------------------------------------------------------------- default answers
    async def default_reply(self, call: Call) -> Reply:
        if call.operation.operation_id in self.token_endpoints:
            return self.token_endpoint.answer(call)
        binding = self.bindings.get(call.operation.operation_id)
        if binding is not None:
            return self.records.answer(call, binding)
        if call.operation.streaming is not None:
            return call.stream(lambda: self._example_stream(call))
        return self.records.documented_page(call) or self.example_reply(call.operation)

    def example_reply(self, operation: Operation, status: int | None = None) -> Reply:
        status = status or success_status(operation) or 200
        media_type, media = self.replies.media(operation, status)
        if media_type is None:
            return Reply(status)
        found, body = first_example(self.spec, media)
        if not found:
            body = self.generator.instance(media.get("schema", {}))
        return Reply(status, body, {}, media_type)

    async def _example_stream(self, call: Call) -> AsyncIterator[JSON]:
        """A streaming operation with no vendor handler: its examples in order, up to a final one."""
        settings = call.operation.streaming or {}
        finals = set(settings.get("final-statuses", []))
        _, media = self.replies.media(call.operation, 200)
        discriminator = _discriminator(self.spec, media.get("schema"))
        for index, (_, event) in enumerate(media_examples(self.spec, media)):
            if index:
                await call.pause()
            yield copy.deepcopy(event)
            if isinstance(event, Mapping) and discriminator and event.get(discriminator) in finals:
                return

    def reset(self) -> None:
        """Back to the starting data: the store emptied and seeded again (spec examples, then the vendor's seed), and
        a fresh vendor object, so that a test scenario replayed from here sees what it saw the first time."""
        self.store = Store(self.seed)
        self.vendor = type(self.vendor)(self)
        self.handlers = dict(self.vendor.handlers())
        self.records.seed_from_examples()
        self.vendor.seed()

    def new_key(self, collection: Collection) -> str | int:
        """A new identifier of the kind the collection's identifier field is declared as."""
        declared = record_properties(self.spec, collection.schema).get(collection.id_field)
        return self.store.new_key(declared, self.spec)

    def complete(self, schema: JSON, record: dict[str, Any]) -> dict[str, Any]:
        """Fill in what the record's schema requires and the client did not send (server-made fields):
        timestamps from the store's clock, anything else generated from the schema."""
        if self.schemas.is_valid(schema, record):
            return record
        filler = self.generator.instance(schema, optional=False)
        properties = record_properties(self.spec, schema)
        if isinstance(filler, dict):
            for key, value in filler.items():
                if key in record:
                    continue
                declared = self.spec.resolve(properties.get(key, {}))
                is_time = isinstance(declared, Mapping) and declared.get("format") == "date-time"
                record[key] = self.store.timestamp() if is_time else value
        return record

    def writable(self, operation: Operation, body: dict[str, Any]) -> dict[str, Any]:
        """The body without its write-only properties (passwords and the like are never stored or echoed)."""
        hidden = self.write_only(request_schema(operation))
        return {key: value for key, value in body.items() if key not in hidden} if hidden else dict(body)

    def write_only(self, schema: JSON) -> frozenset[str]:
        """The properties of an object schema of the spec (through `allOf`) marked writeOnly: never stored, never
        answered."""
        return flagged_properties(self.spec, schema, "writeOnly")

    def stream_interval(self, operation: Operation) -> float:
        if self._stream_interval is not None:
            return self._stream_interval
        settings = operation.streaming or {}
        return float(settings.get("interval-seconds", 1.0))


def _discriminator(spec: Spec, schema: JSON) -> str | None:
    resolved = spec.resolve(schema) if schema is not None else None
    if isinstance(resolved, Mapping):
        discriminator = resolved.get("discriminator")
        if isinstance(discriminator, Mapping):
            return str(discriminator.get("propertyName"))
    return None


def paginate(
    records: list[Any], query: Mapping[str, Any], operation: Operation, spec: Spec, id_field: str | None = None
) -> JSON:
    """The page of `records` the query asks for, as the operation's `x-pagination` describes it: the bare list
    (`items: $`) or the envelope with its counters (other required members of the envelope not filled in).
    `id_field` names the records' identifier, which cursors are made of."""
    paging = Paging.of(operation, spec)
    if paging is None:
        return records
    return page_of(records, query, paging, id_field).body(paging)


__all__ = ["OPENAPI_PATH", "Mock", "MockResponseError", "paginate"]
