"""Celigo integrator.io: what the generic engine cannot infer from the spec, each handler with the reason.

Connections (create, list, read, replace, JSON Patch, delete), the OAuth route's answer and the masking of
secrets are the engine's. Here: the audit log those changes write (and `lastModified`), pings, the debug log
that pings, exports and imports write, the paged virtual export with its signed state
(`celigo_export.py`), and the import mapping step (`celigo_mapping.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import apimock

from .celigo_export import StateRefused, StateSigner, export_page, seeded_records
from .celigo_mapping import map_record

if TYPE_CHECKING:
    from apimock._bindings import Collection

_AUDITED = {"create_connection": "create", "update_connection": "update", "patch_connection": "update"}


class Vendor(apimock.Vendor):
    #: The key `pagedExportState` signatures are made with: random for each app unless a subclass sets one.
    signing_key: bytes | None = None

    def __init__(self, mock: apimock.Mock) -> None:
        super().__init__(mock)
        self.signer = StateSigner(self.signing_key) if self.signing_key is not None else StateSigner.random()
        self.exported = seeded_records(mock.seed)
        self.audit: dict[str, list[dict[str, Any]]] = {}
        self.debug: dict[str, list[dict[str, Any]]] = {}
        self.clock: Callable[[], float] = time.time

    def handlers(self) -> Mapping[str, apimock.Handler]:
        handlers: dict[str, apimock.Handler] = {name: self._audited(event) for name, event in _AUDITED.items()}
        return {
            **handlers,
            "delete_connection": self.delete_connection,
            "ping_connection": self.ping_connection,
            "ping_virtual_connection": self.ping_virtual_connection,
            "get_connection_debug_log": self.debug_log,
            "get_connection_resource_debug_log": self.debug_log,
            "get_connection_audit_log": self.audit_log,
            "run_virtual_export": self.run_export,
            "run_virtual_export_page": self.run_export_page,
            "run_virtual_import": self.run_import,
            "map_virtual_import": self.map_import,
        }

    # ------------------------------------------------------------------------------------------ connections
    @property
    def _connections(self) -> Collection:
        return self.mock.bindings["get_connection"].collection

    def _connection(self, call: apimock.Call) -> dict[str, Any] | None:
        return self.mock.store.get(self._connections.name, str(call.path.get("_id")))

    def _audited(self, event: str) -> apimock.Handler:
        """The engine's create, replace or patch, then `lastModified` set and an audit entry written (the
        document's connection carries `lastModified`; the audit route lists changes)."""

        async def handler(call: apimock.Call) -> apimock.Reply:
            before = self._connection(call) or {}
            reply = await call.default()
            if not 200 <= reply.status < 300 or not isinstance(reply.body, dict):
                return reply
            collection = self._connections
            key = str(reply.body[collection.id_field])
            stored = self.mock.store.put(collection.name, key, {**reply.body, "lastModified": self._now()})
            self._record(event, key, before, stored)
            reply.body = stored
            return reply

        return handler

    async def delete_connection(self, call: apimock.Call) -> apimock.Reply:
        before = self._connection(call)
        reply = await call.default()
        if before is not None and 200 <= reply.status < 300:
            self._record("delete", str(call.path["_id"]), before, {})
        return reply

    def _record(self, event: str, key: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        schema = self._connections.schema
        old, new = _leaves(before), _leaves(after)
        shown_old = _leaves(self.mock.secrets.masked(schema, before))
        shown_new = _leaves(self.mock.secrets.masked(schema, after))
        changes = []
        for path in sorted(set(old) | set(new)):
            if path in ("_id", "lastModified") or old.get(path, _ABSENT) == new.get(path, _ABSENT):
                continue
            change: dict[str, Any] = {"fieldPath": path}
            if path in old:
                change["oldValue"] = shown_old.get(path)
            if path in new:
                change["newValue"] = shown_new.get(path)
            changes.append(change)
        entry = {
            "_id": self.mock.store.new_id(),
            "time": self._now(),
            "event": event,
            "resourceType": "connection",
            "_resourceId": key,
            "source": "api",
            "fieldChanges": changes,
        }
        self.audit.setdefault(key, []).append(entry)

    async def audit_log(self, call: apimock.Call) -> apimock.Reply:
        if self._connection(call) is None:
            return self._missing(call)
        return call.reply(200, list(self.audit.get(str(call.path["_id"]), [])))

    # ------------------------------------------------------------------------------------------- diagnostics
    async def ping_connection(self, call: apimock.Call) -> apimock.Reply:
        """`{"code": 200}` for a stored connection (the mock's applications always answer)."""
        connection = self._connection(call)
        if connection is None:
            return self._missing(call)
        self._log(connection, f"GET {_ping_target(connection)} 200 OK")
        return call.reply(200, {"code": 200})

    async def ping_virtual_connection(self, call: apimock.Call) -> apimock.Reply:
        return call.reply(200, {"code": 200})

    async def debug_log(self, call: apimock.Call) -> apimock.Reply:
        if self._connection(call) is None:
            return self._missing(call)
        entries = self.debug.get(str(call.path["_id"]), [])
        resource = call.path.get("_resourceId")
        if resource is not None:
            entries = [entry for entry in entries if entry.get("_resourceId") == resource]
        return call.reply(200, list(entries))

    def _log(self, connection: Mapping[str, Any], message: str) -> None:
        entry = {"time": self._now(), "message": message}
        self.debug.setdefault(str(connection["_id"]), []).append(entry)

    # ------------------------------------------------------------------------------------- exports, imports
    async def run_export(self, call: apimock.Call) -> apimock.Reply:
        connection = self._connection(call)
        if connection is None:
            return self._missing(call)
        data = [dict(record) for record in self.exported]
        self._log(connection, f"export: {len(data)} records")
        return call.reply(200, {"data": data, "dataURIs": [None] * len(data)})

    async def run_export_page(self, call: apimock.Call) -> apimock.Reply:
        connection = self._connection(call)
        if connection is None:
            return self._missing(call)
        body = call.body if isinstance(call.body, dict) else {}
        try:
            page = export_page(
                self.exported,
                connection_id=str(connection["_id"]),
                export=body.get("export"),
                state=body.get("pagedExportState"),
                signer=self.signer,
                issued_at=int(self.clock()),
            )
        except StateRefused as refused:
            error = {"errors": [{"code": "invalid_paged_export_state", "message": str(refused)}]}
            return call.reply(400, error)
        self._log(connection, f"export page: {len(page['data'])} records")
        return call.reply(200, page)

    async def run_import(self, call: apimock.Call) -> apimock.Reply:
        """One result per record: the mapped record as the application stored it, with its new identifier."""
        connection = self._connection(call)
        if connection is None:
            return self._missing(call)
        results = []
        target = _import_target(connection, call.body)
        for record in self._mapped(call):
            identifier = self.mock.store.new_id()
            now = self._now()
            stored = {**record, "_id": identifier, "lastModified": now, "createdAt": now, "__v": 0}
            results.append({"statusCode": 200, "id": identifier, "_json": stored})
            self._log(connection, f"{target} 200 OK")
        return call.reply(200, results)

    async def map_import(self, call: apimock.Call) -> apimock.Reply:
        if self._connection(call) is None:
            return self._missing(call)
        return call.reply(200, self._mapped(call))

    def _mapped(self, call: apimock.Call) -> list[dict[str, Any]]:
        body = _object(call.body)
        fields = _object(_object(body.get("import")).get("mapping")).get("fields")
        data = body.get("data")
        records: list[Any] = data if isinstance(data, list) else []
        mapping = fields if isinstance(fields, list) else None
        return [map_record(record, mapping) for record in records if isinstance(record, Mapping)]

    # ---------------------------------------------------------------------------------------------- helpers
    def _now(self) -> str:
        return self.mock.store.timestamp()

    def _missing(self, call: apimock.Call) -> apimock.Reply:
        problem = apimock.Problem("path", "_id", "no connection has this identifier")
        return call.error("not-found", problems=[problem])


_ABSENT = object()


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _leaves(record: Any, prefix: str = "") -> dict[str, Any]:
    """Every value of a record that is not an object, by dotted path (lists are values)."""
    if not isinstance(record, Mapping) or (prefix and not record):
        return {prefix: record} if prefix else {}
    found: dict[str, Any] = {}
    for name, value in record.items():
        found.update(_leaves(value, f"{prefix}.{name}" if prefix else str(name)))
    return found


def _ping_target(connection: Mapping[str, Any]) -> str:
    """What a ping requests, without the query string (a token sent in the URL stays out of the log)."""
    settings = connection.get("rest")
    if isinstance(settings, Mapping) and isinstance(settings.get("baseURI"), str):
        relative = str(settings.get("pingRelativeURI") or "")
        return str(settings["baseURI"]).rstrip("/") + "/" + relative.lstrip("/")
    return f"{connection.get('type')} connection"


def _import_target(connection: Mapping[str, Any], body: Any) -> str:
    model = body.get("import") if isinstance(body, Mapping) else None
    rest = model.get("rest") if isinstance(model, Mapping) else None
    methods = rest.get("method") if isinstance(rest, Mapping) else None
    uris = rest.get("relativeURI") if isinstance(rest, Mapping) else None
    method = methods[0] if isinstance(methods, list) and methods else "POST"
    uri = uris[0] if isinstance(uris, list) and uris else ""
    settings = connection.get("rest")
    base = settings.get("baseURI", "") if isinstance(settings, Mapping) else ""
    return f"{method} {str(base).rstrip('/')}{uri}"
