"""Typed use of the Celigo client object, as a pipeline would write it: checked by mypy --strict
--disallow-any-expr, never run."""

from __future__ import annotations

from celigo_client import APIResponseValidationError, AsyncCeligo, Celigo, ConflictError, NotFoundError, Page
from celigo_client.models import (
    AuditLogEntry,
    ExportPage,
    JsonPatchOperation,
    JsonPatchOperationOp,
    OtherConnection,
    PingResult,
    Record,
    RestConnection,
    RestConnectionInput,
    VirtualExportPageRequest,
)


def connection_names(client: Celigo) -> list[str]:
    return [str(connection.name) for connection in client.connections.list(timeout=10.0) if connection.name]


def rest_base_uri(client: Celigo, connection_id: str) -> str | None:
    connection: OtherConnection | RestConnection = client.connections.get(connection_id)
    if isinstance(connection, RestConnection) and isinstance(connection.rest.base_uri, str):
        return connection.rest.base_uri
    return None


def create_and_rename(client: Celigo, given: RestConnectionInput, name: str) -> str:
    created = client.connections.create(body=given)
    rename = JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/name", value=name)
    also = JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/offline", value=False)
    client.connections.patch(created.field_id, body=[rename, also], extra_headers={"X-Trace": "rename"})
    return created.field_id


def healthy(client: Celigo, connection_id: str) -> bool:
    try:
        result: PingResult = client.connection_diagnostics.ping(connection_id)
    except NotFoundError:
        return False
    except APIResponseValidationError as error:
        print(error.operation_id, error.where, error.reason)
        return False
    return result.code == 200


def export_all(client: Celigo, connection_id: str, request: VirtualExportPageRequest) -> int:
    exported = 0
    for record in client.virtual_exports.run_paged(connection_id, body=request):
        plain: Record = record
        exported += len(plain.additional_keys)
    for page in client.virtual_exports.run_paged(connection_id, body=request).limited(max_pages=2).pages():
        whole: Page[Record, ExportPage] = page
        exported += len(whole.items)
    return exported


def changes(client: Celigo, connection_id: str) -> list[str]:
    entries: list[AuditLogEntry] = client.connection_diagnostics.audit_log(connection_id)
    return [str(entry.event) for entry in entries]


def quietly_delete(client: Celigo, connection_id: str) -> int | None:
    try:
        raw = client.with_raw_response.connections.delete(connection_id)
    except ConflictError as error:
        return error.status_code
    return raw.status_code


def settings() -> Celigo:
    with Celigo(auth="token", max_retries=5) as client:
        return client.with_options(timeout=120.0)


async def async_names(client: AsyncCeligo, request: VirtualExportPageRequest) -> list[str]:
    names = [str(connection.name) for connection in await client.connections.list()]
    async for record in client.virtual_exports.run_paged("c1", body=request):
        names.extend(record.additional_keys)
    return names
