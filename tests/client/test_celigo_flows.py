"""Celigo integrator.io flows through the typed generated client, against apimock served over HTTP: a connection's
life (create, ping, patch, export page by page, import, map, audit, delete), connections of types the spec does not
model, and secrets kept out of reprs and logs all the way."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any, TypeVar

import pytest
from celigo_client import APIStatusError, AuthenticatedClient, Celigo, NotFoundError, apaginate, connect, paginate
from celigo_client.api.connection_diagnostics import get_connection_audit_log, get_connection_debug_log, ping_connection
from celigo_client.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    list_connections,
    patch_connection,
)
from celigo_client.api.virtual_exports import run_virtual_export, run_virtual_export_page
from celigo_client.api.virtual_imports import map_virtual_import, run_virtual_import
from celigo_client.models import (
    AuditLogEntry,
    AuditLogEntryEvent,
    ExportResult,
    ImportResult,
    JsonPatchOperation,
    JsonPatchOperationOp,
    OtherConnection,
    OtherConnectionInput,
    PingResult,
    Record,
    RestConnection,
    RestConnectionInput,
    VirtualExportPageRequest,
    VirtualExportRequest,
    VirtualImportRequest,
)

import apimock

from ..servers import served

T = TypeVar("T")
TOKEN = "celigo-flow-token"
SECRET = "xoxb-4242-flow-secret"
PASSWORD = "correct-horse-battery"
MASK = "•••••••"
SLACK: dict[str, Any] = {
    "type": "rest",
    "name": "Slack API",
    "rest": {
        "baseURI": "https://slack.com/api",
        "bearerToken": SECRET,
        "tokenLocation": "url",
        "tokenParam": "token",
        "mediaType": "urlencoded",
        "authType": "token",
        "pingRelativeURI": "api.test",
        "basicAuth": {"username": "integrations@example.com", "password": PASSWORD},
    },
}
EXPORT = {"asynchronous": True, "pageSize": 5, "netsuite": {"type": "search", "skipGrouping": True}}
IMPORT = {
    "import": {
        "mapping": {
            "fields": [
                {"extract": "timestamp", "generate": "timestamp"},
                {"generate": "key", "hardCodedValue": "sqs_flow"},
            ]
        },
        "rest": {"relativeURI": ["/system/v1/heartbeat"], "method": ["PUT"]},
    },
    "data": [{"timestamp": 1512012818751}, {"timestamp": 1512012818752}, {"timestamp": 1512012818753}],
}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = apimock.create_app("celigo", tokens={TOKEN}, validate_responses=True)
    with served(app) as url:
        yield f"{url}/v1"


@pytest.fixture
def client(base_url: str) -> Iterator[AuthenticatedClient]:
    with connect(base_url, auth=TOKEN, max_retries=0, environ={"CELIGO_LOG": "debug"}) as connected:
        yield connected


def typed(value: object, kind: type[T]) -> T:
    assert isinstance(value, kind), f"expected a {kind.__name__}, got {value!r}"
    return value


def connections(client: AuthenticatedClient) -> list[RestConnection | OtherConnection]:
    listed = list_connections.sync(client=client)
    assert isinstance(listed, list)
    return listed


def test_a_connection_s_life_through_the_typed_client(
    client: AuthenticatedClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = typed(create_connection.sync(client=client, body=RestConnectionInput.from_dict(SLACK)), RestConnection)
    identifier = created.field_id
    assert created.rest.bearer_token == MASK
    assert SECRET not in repr(created)

    ping = typed(ping_connection.sync(identifier, client=client), PingResult)
    assert ping.code == 200

    renamed = [
        JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/name", value="Slack API (workspace 2)"),
        JsonPatchOperation(op=JsonPatchOperationOp.ADD, path="/rest/scope", value=["channels:read"]),
    ]
    patched = typed(patch_connection.sync(identifier, client=client, body=renamed), RestConnection)
    read = typed(get_connection.sync(identifier, client=client), RestConnection)
    assert read.to_dict() == patched.to_dict()
    assert (read.name, read.rest.scope) == ("Slack API (workspace 2)", ["channels:read"])
    assert read.rest.bearer_token == MASK
    assert read.rest.basic_auth.password == MASK  # type: ignore[union-attr]

    body = VirtualExportPageRequest.from_dict({"export": EXPORT})
    pages = list(paginate(run_virtual_export_page, client, field_id=identifier, body=body).pages())
    everything = typed(
        run_virtual_export.sync(identifier, client=client, body=VirtualExportRequest.from_dict({"export": EXPORT})),
        ExportResult,
    )
    assert [len(page) for page in pages] == [5, 5, 5, 5, 3]
    assert [page.parsed.paged_export_state.done for page in pages] == [False] * 4 + [True]
    records = [record for page in pages for record in page]
    assert all(isinstance(record, Record) for record in records)
    assert [record.to_dict() for record in records] == [record.to_dict() for record in everything.data]

    results = run_virtual_import.sync(identifier, client=client, body=VirtualImportRequest.from_dict(IMPORT))
    assert isinstance(results, list)
    assert [typed(result, ImportResult).status_code for result in results] == [200, 200, 200]
    stored = [result.field_json.to_dict() for result in results]  # type: ignore[union-attr]
    assert [(record["timestamp"], record["key"]) for record in stored] == [
        (1512012818751, "sqs_flow"),
        (1512012818752, "sqs_flow"),
        (1512012818753, "sqs_flow"),
    ]
    assert [result.id for result in results] == [record["_id"] for record in stored]

    mapped = map_virtual_import.sync(identifier, client=client, body=VirtualImportRequest.from_dict(IMPORT))
    assert isinstance(mapped, list)
    assert [record.to_dict() for record in mapped] == [
        {"timestamp": 1512012818751 + index, "key": "sqs_flow"} for index in range(3)
    ]

    audit = get_connection_audit_log.sync(identifier, client=client)
    assert isinstance(audit, list)
    assert [typed(entry, AuditLogEntry).event for entry in audit] == [
        AuditLogEntryEvent.CREATE,
        AuditLogEntryEvent.UPDATE,
    ]
    assert {change.field_path for change in audit[1].field_changes} == {"name", "rest.scope"}
    debug = get_connection_debug_log.sync(identifier, client=client)
    assert isinstance(debug, list)
    assert debug[0].message == "GET https://slack.com/api/api.test 200 OK"

    assert delete_connection.sync_detailed(identifier, client=client).status_code == 204
    with pytest.raises(NotFoundError) as gone:
        get_connection.sync(identifier, client=client)
    assert gone.value.status_code == 404
    assert [error.code for error in gone.value.errors] == ["not_found"]
    assert identifier not in [connection.field_id for connection in connections(client)]

    logged = caplog.text
    assert "celigo_client" in logged  # the runtime did log the calls...
    assert SECRET not in logged  # ...and no secret in them
    assert PASSWORD not in logged


def test_a_refused_patch_is_a_typed_error_and_changes_nothing(client: AuthenticatedClient) -> None:
    created = typed(create_connection.sync(client=client, body=RestConnectionInput.from_dict(SLACK)), RestConnection)
    missing = [JsonPatchOperation(op=JsonPatchOperationOp.REMOVE, path="/rest/nowhere")]
    with pytest.raises(APIStatusError) as refused:
        patch_connection.sync(created.field_id, client=client, body=missing)
    assert refused.value.status_code == 422
    assert [error.code for error in refused.value.errors] == ["invalid_patch"]
    after = typed(get_connection.sync(created.field_id, client=client), RestConnection)
    assert after.to_dict() == created.to_dict()


def test_the_export_pages_walk_asynchronously(base_url: str) -> None:
    async def walk() -> tuple[list[int], int]:
        async with connect(base_url, auth=TOKEN, max_retries=0, environ={}) as client:
            created = await create_connection.asyncio(client=client, body=RestConnectionInput.from_dict(SLACK))
            assert isinstance(created, RestConnection)
            body = VirtualExportPageRequest.from_dict({"export": {**EXPORT, "pageSize": 7}})
            sizes = [
                len(page)
                async for page in apaginate(
                    run_virtual_export_page, client, field_id=created.field_id, body=body
                ).pages()
            ]
            records = [
                record
                async for record in apaginate(run_virtual_export_page, client, field_id=created.field_id, body=body)
            ]
            return sizes, len(records)

    sizes, count = asyncio.run(walk())
    assert sizes == [7, 7, 7, 2]
    assert count == 23


def test_a_connection_of_another_type_parses_as_the_catch_all(client: AuthenticatedClient) -> None:
    ftp: dict[str, Any] = {"type": "ftp", "name": "Partner SFTP", "ftp": {"hostURI": "sftp.example.com", "port": 22}}
    created = typed(create_connection.sync(client=client, body=OtherConnectionInput.from_dict(ftp)), OtherConnection)
    read = typed(get_connection.sync(created.field_id, client=client), OtherConnection)
    assert read.type_ == "ftp"
    assert read.additional_properties["ftp"] == ftp["ftp"]
    listed = connections(client)
    kinds = {type(connection) for connection in listed}
    assert {RestConnection, OtherConnection} <= kinds


def test_secrets_never_appear_in_a_connection_s_repr() -> None:
    connection = RestConnection.from_dict(
        {
            **SLACK,
            "_id": "554a1b2c3d4e5f6a7b8c900d",
            "lastModified": "2015-05-02T05:13:43.736Z",
            "rest": {
                **SLACK["rest"],
                "oauth": {"clientId": "3945712.0061", "clientSecret": "cs-9", "refreshToken": "rt-9"},
            },
        }
    )
    shown = repr(connection)
    assert connection.rest.bearer_token == SECRET  # the model holds it...
    for secret in (SECRET, PASSWORD, "cs-9", "rt-9"):
        assert secret not in shown  # ...its repr does not
    assert "https://slack.com/api" in shown
    assert "3945712.0061" in shown


def test_the_client_object_runs_the_same_flow(base_url: str) -> None:
    with Celigo(auth=TOKEN, base_url=base_url, max_retries=0, environ={}) as celigo:
        created = celigo.connections.create(body=RestConnectionInput.from_dict(SLACK))
        assert isinstance(created, RestConnection)
        assert celigo.connection_diagnostics.ping(created.field_id).code == 200
        body = VirtualExportPageRequest.from_dict({"export": EXPORT})
        records = list(celigo.virtual_exports.run_paged(created.field_id, body=body))
        celigo.connections.delete(created.field_id)
        with pytest.raises(NotFoundError):
            celigo.connection_diagnostics.audit_log(created.field_id)
    assert len(records) == 23
