"""Celigo integrator.io in apimock: connections kept by the engine (JSON Patch and masked secrets included), and the
vendor module's pings, audit and debug logs, signed paged exports, imports and the mapping step."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import apimock
from apimock.vendors import celigo
from apimock.vendors.celigo_export import StateSigner

from .conftest import bearer, client

BASE = "http://mock/v1"
SECRET = "xoxb-1234-real-secret"
PATCH = {**bearer(), "Content-Type": "application/json-patch+json"}
SLACK = {
    "type": "rest",
    "name": "Slack API",
    "rest": {
        "baseURI": "https://slack.com/api",
        "bearerToken": SECRET,
        "tokenLocation": "url",
        "tokenParam": "token",
        "pingRelativeURI": "api.test",
        "basicAuth": {"username": "integrations@example.com", "password": "hunter2-real"},
    },
}
EXPORT = {"asynchronous": True, "pageSize": 5, "netsuite": {"type": "search", "skipGrouping": True}}


def celigo_app(**options: Any) -> apimock.MockApp:
    return apimock.create_app("celigo", tokens={"test-token"}, validate_responses=True, strict=True, **options)


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


async def _create(http: httpx.AsyncClient, body: dict[str, Any] | None = None) -> dict[str, Any]:
    created: dict[str, Any] = await _ok(await http.post("/connections", json=body or SLACK, headers=bearer()), 201)
    return created


async def _patch(http: httpx.AsyncClient, identifier: str, patch: list[dict[str, Any]]) -> httpx.Response:
    return await http.patch(f"/connections/{identifier}", content=json.dumps(patch), headers=PATCH)


def _error_code(response: httpx.Response) -> str:
    return str(response.json()["errors"][0]["code"])


# ---------------------------------------------------------------------------------------------- connections
@pytest.mark.asyncio
async def test_connections_are_created_listed_read_replaced_and_deleted() -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        listed = await _ok(await http.get("/connections", headers=bearer()))
        replaced = await _ok(
            await http.put(f"/connections/{created['_id']}", json={**SLACK, "name": "Slack 2"}, headers=bearer())
        )
        deleted = await http.delete(f"/connections/{created['_id']}", headers=bearer())
        gone = await http.get(f"/connections/{created['_id']}", headers=bearer())
    assert created["_id"] in [connection["_id"] for connection in listed]
    assert replaced["name"] == "Slack 2"
    assert deleted.status_code == 204
    assert gone.status_code == 404
    assert _error_code(gone) == "not_found"


@pytest.mark.asyncio
async def test_reads_mask_secrets_and_the_store_keeps_them() -> None:
    app = celigo_app()
    async with client(app, BASE) as http:
        created = await _create(http)
        read = await _ok(await http.get(f"/connections/{created['_id']}", headers=bearer()))
        listed = await _ok(await http.get("/connections", headers=bearer()))
        authorized = await _ok(await http.get(f"/connection/{created['_id']}/oauth2", headers=bearer()))
    mask = app.mock.spec.document["x-secret-mask"]
    for answer in (created, read, authorized, next(c for c in listed if c["_id"] == created["_id"])):
        assert answer["rest"]["bearerToken"] == mask
        assert answer["rest"]["basicAuth"] == {"username": "integrations@example.com", "password": mask}
        assert answer["rest"]["tokenParam"] == "token"  # only secrets are masked
    stored = app.mock.store.get("/connections", created["_id"])
    assert stored is not None
    assert stored["rest"]["bearerToken"] == SECRET


@pytest.mark.asyncio
async def test_a_connection_of_another_type_is_kept_as_sent() -> None:
    ftp = {"type": "ftp", "name": "Partner SFTP", "ftp": {"hostURI": "sftp.example.com", "port": 22}}
    async with client(celigo_app(), BASE) as http:
        created = await _create(http, ftp)
        read = await _ok(await http.get(f"/connections/{created['_id']}", headers=bearer()))
    assert read["ftp"] == ftp["ftp"]
    assert read["type"] == "ftp"


# ------------------------------------------------------------------------------------------------ JSON Patch
@pytest.mark.asyncio
async def test_json_patch_operations_apply_in_order() -> None:
    app = celigo_app()
    async with client(app, BASE) as http:
        created = await _create(http)
        patched = await _ok(
            await _patch(
                http,
                created["_id"],
                [
                    {"op": "replace", "path": "/name", "value": "Slack (workspace 2)"},
                    {"op": "add", "path": "/rest/scope", "value": ["channels:read"]},
                    {"op": "copy", "from": "/rest/tokenParam", "path": "/rest/pingRelativeURI"},
                    {"op": "move", "from": "/rest/tokenLocation", "path": "/rest/mediaType"},
                    {"op": "remove", "path": "/rest/basicAuth"},
                    {"op": "test", "path": "/rest/tokenParam", "value": "token"},
                    {"op": "replace", "path": "/rest/bearerToken", "value": "xoxb-new-secret"},
                ],
            )
        )
        read = await _ok(await http.get(f"/connections/{created['_id']}", headers=bearer()))
    assert patched == read
    assert patched["name"] == "Slack (workspace 2)"
    assert patched["rest"]["scope"] == ["channels:read"]
    assert patched["rest"]["pingRelativeURI"] == "token"
    assert (patched["rest"]["mediaType"], "tokenLocation" in patched["rest"]) == ("url", False)
    assert "basicAuth" not in patched["rest"]
    assert patched["rest"]["bearerToken"] == app.mock.spec.document["x-secret-mask"]
    stored = app.mock.store.get("/connections", created["_id"])
    assert stored is not None
    assert stored["rest"]["bearerToken"] == "xoxb-new-secret"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "patch",
    [
        [{"op": "replace", "path": "/rest/nowhere/deeper", "value": 1}],  # no such location
        [{"op": "remove", "path": "/missing"}],
        [{"op": "test", "path": "/rest/bearerToken", "value": "a guess"}],  # a failed test
        [{"op": "name", "path": "/name", "value": "x"}],  # not an operation
        [{"op": "replace", "path": "/name", "value": "x"}, {"op": "remove", "path": "/type"}],  # an invalid record
    ],
    ids=["missing-parent", "missing-member", "failed-test", "unknown-op", "invalid-result"],
)
async def test_a_patch_that_cannot_be_applied_changes_nothing(patch: list[dict[str, Any]]) -> None:
    app = celigo_app()
    async with client(app, BASE) as http:
        created = await _create(http)
        refused = await _patch(http, created["_id"], patch)
        read = await _ok(await http.get(f"/connections/{created['_id']}", headers=bearer()))
    assert refused.status_code == 422, refused.text
    assert _error_code(refused) == "invalid_patch"
    assert SECRET not in refused.text
    assert "a guess" not in refused.text
    assert read == created


@pytest.mark.asyncio
async def test_a_patch_must_be_sent_as_json_patch() -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        as_json = await http.patch(f"/connections/{created['_id']}", json=[], headers=bearer())
        not_a_list = await http.patch(f"/connections/{created['_id']}", content=b'{"name": "x"}', headers=PATCH)
    assert as_json.status_code == 400
    assert not_a_list.status_code == 422


# ------------------------------------------------------------------------------------ pings and the logs
@pytest.mark.asyncio
async def test_ping_answers_code_200_for_a_stored_connection_and_404_otherwise() -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        ping = await _ok(await http.get(f"/connections/{created['_id']}/ping", headers=bearer()))
        virtual = await _ok(await http.post("/connections/ping", json=SLACK, headers=bearer()))
        missing = await http.get("/connections/0123456789abcdef01234567/ping", headers=bearer())
        debug = await _ok(await http.get(f"/connections/{created['_id']}/debug", headers=bearer()))
    assert ping == virtual == {"code": 200}
    assert missing.status_code == 404
    assert [entry["message"] for entry in debug] == ["GET https://slack.com/api/api.test 200 OK"]


@pytest.mark.asyncio
async def test_the_audit_log_lists_each_change_with_secrets_masked() -> None:
    app = celigo_app()
    async with client(app, BASE) as http:
        created = await _create(http)
        await http.put(f"/connections/{created['_id']}", json={**SLACK, "name": "Renamed"}, headers=bearer())
        await _patch(http, created["_id"], [{"op": "replace", "path": "/rest/bearerToken", "value": "xoxb-2"}])
        audit = await _ok(await http.get(f"/connections/{created['_id']}/audit", headers=bearer()))
        await http.delete(f"/connections/{created['_id']}", headers=bearer())
        after_delete = await http.get(f"/connections/{created['_id']}/audit", headers=bearer())
    mask = app.mock.spec.document["x-secret-mask"]
    assert [entry["event"] for entry in audit] == ["create", "update", "update"]
    assert {entry["_resourceId"] for entry in audit} == {created["_id"]}
    assert audit[1]["fieldChanges"] == [{"fieldPath": "name", "oldValue": "Slack API", "newValue": "Renamed"}]
    assert audit[2]["fieldChanges"] == [{"fieldPath": "rest.bearerToken", "oldValue": mask, "newValue": mask}]
    assert SECRET not in json.dumps(audit)
    assert "xoxb-2" not in json.dumps(audit)
    assert after_delete.status_code == 404
    vendor = app.mock.vendor
    assert isinstance(vendor, celigo.Vendor)
    assert vendor.audit[created["_id"]][-1]["event"] == "delete"  # written, though no longer readable


# ------------------------------------------------------------------------------------------------ exports
async def _walk(http: httpx.AsyncClient, identifier: str, export: dict[str, Any]) -> list[dict[str, Any]]:
    pages = []
    body: dict[str, Any] = {"export": export}
    for _ in range(50):
        page = await _ok(await http.post(f"/connections/{identifier}/export/pages", json=body, headers=bearer()))
        pages.append(page)
        if page["pagedExportState"]["done"]:
            return pages
        body = {"export": export, "pagedExportState": page["pagedExportState"]}
    raise AssertionError("the export did not end")


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [5, 7, 23, 100])
async def test_export_pages_honour_the_page_size_and_end_with_done(size: int) -> None:
    app = celigo_app()
    async with client(app, BASE) as http:
        created = await _create(http)
        pages = await _walk(http, created["_id"], {**EXPORT, "pageSize": size})
        everything = await _ok(
            await http.post(f"/connections/{created['_id']}/export", json={"export": EXPORT}, headers=bearer())
        )
    total = len(everything["data"])
    expected_pages = -(-total // size)
    assert total == 23
    assert [len(page["data"]) for page in pages] == [min(size, total - index * size) for index in range(expected_pages)]
    assert [record for page in pages for record in page["data"]] == everything["data"]
    states = [page["pagedExportState"] for page in pages]
    assert [state["pageIndex"] for state in states] == list(range(2, expected_pages + 2))
    assert {(state["pageSize"], state["totalPages"], state["totalRecords"]) for state in states} == {
        (size, expected_pages, total)
    }
    assert [state["done"] for state in states] == [False] * (expected_pages - 1) + [True]
    assert all(len(page["dataURIs"]) == len(page["data"]) for page in pages)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "change",
    [
        {"pageIndex": 3},
        {"pageSize": 50},
        {"totalRecords": 1000},
        {"done": True},
        {"issuedAt": 1},
        {"searchId": "WEBSERVICES_other"},
        {"sig": "0" * 64},
    ],
    ids=lambda change: next(iter(change)),
)
async def test_a_tampered_state_is_refused(change: dict[str, Any]) -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        url = f"/connections/{created['_id']}/export/pages"
        first = await _ok(await http.post(url, json={"export": EXPORT}, headers=bearer()))
        state = {**first["pagedExportState"], **change}
        refused = await http.post(url, json={"export": EXPORT, "pagedExportState": state}, headers=bearer())
    assert refused.status_code == 400
    assert _error_code(refused) == "invalid_paged_export_state"


@pytest.mark.asyncio
async def test_a_state_is_refused_for_another_export_connection_or_server() -> None:
    async with client(celigo_app(), BASE) as http, client(celigo_app(), BASE) as other_server:
        created = await _create(http)
        second = await _create(http)
        url = f"/connections/{created['_id']}/export/pages"
        state = (await _ok(await http.post(url, json={"export": EXPORT}, headers=bearer())))["pagedExportState"]
        other_export = await http.post(
            url, json={"export": {**EXPORT, "asynchronous": False}, "pagedExportState": state}, headers=bearer()
        )
        other_connection = await http.post(
            f"/connections/{second['_id']}/export/pages",
            json={"export": EXPORT, "pagedExportState": state},
            headers=bearer(),
        )
        foreign_created = await _create(other_server)
        foreign = await other_server.post(
            f"/connections/{foreign_created['_id']}/export/pages",
            json={"export": EXPORT, "pagedExportState": state},
            headers=bearer(),
        )
        accepted = await http.post(url, json={"export": EXPORT, "pagedExportState": state}, headers=bearer())
    assert [response.status_code for response in (other_export, other_connection, foreign)] == [400, 400, 400]
    assert accepted.status_code == 200


def test_signatures_depend_on_the_key() -> None:
    state = {"searchId": "s", "pageIndex": 2, "pageSize": 5, "totalPages": 5, "totalRecords": 23, "done": False}
    first, second = StateSigner(b"a" * 32), StateSigner(b"b" * 32)
    assert first.sign(state, "c", EXPORT) == StateSigner(b"a" * 32).sign(state, "c", EXPORT)
    assert first.sign(state, "c", EXPORT) != second.sign(state, "c", EXPORT)


# ------------------------------------------------------------------------------------------------ imports
IMPORT = {
    "mapping": {
        "fields": [
            {"extract": "timestamp", "generate": "timestamp"},
            {"generate": "key", "hardCodedValue": "sqs_flow"},
            {"extract": "customer.email", "generate": "contact.email"},
            {"extract": "absent", "generate": "never"},
        ]
    },
    "rest": {"relativeURI": ["/system/v1/heartbeat"], "method": ["PUT"]},
}
RECORDS = [
    {"timestamp": 1512012818751, "customer": {"email": "a@example.com"}, "dropped": True},
    {"timestamp": 1512012818752},
]


@pytest.mark.asyncio
async def test_import_map_applies_extract_generate_and_hard_coded_values() -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        body = {"import": IMPORT, "data": RECORDS}
        mapped = await _ok(await http.post(f"/connections/{created['_id']}/import/map", json=body, headers=bearer()))
        unmapped = await _ok(
            await http.post(
                f"/connections/{created['_id']}/import/map", json={"import": {}, "data": RECORDS}, headers=bearer()
            )
        )
    assert mapped == [
        {"timestamp": 1512012818751, "key": "sqs_flow", "contact": {"email": "a@example.com"}},
        {"timestamp": 1512012818752, "key": "sqs_flow"},
    ]
    assert unmapped == RECORDS


@pytest.mark.asyncio
async def test_import_answers_one_result_per_record_in_order() -> None:
    async with client(celigo_app(), BASE) as http:
        created = await _create(http)
        body = {"import": IMPORT, "data": RECORDS}
        results = await _ok(await http.post(f"/connections/{created['_id']}/import", json=body, headers=bearer()))
        debug = await _ok(await http.get(f"/connections/{created['_id']}/debug", headers=bearer()))
    assert [result["statusCode"] for result in results] == [200, 200]
    assert [result["_json"]["timestamp"] for result in results] == [1512012818751, 1512012818752]
    assert all(result["id"] == result["_json"]["_id"] for result in results)
    assert len({result["id"] for result in results}) == 2
    assert {result["_json"]["key"] for result in results} == {"sqs_flow"}
    assert [entry["message"] for entry in debug] == ["PUT https://slack.com/api/system/v1/heartbeat 200 OK"] * 2


@pytest.mark.asyncio
async def test_operations_on_a_missing_connection_answer_404() -> None:
    missing = "/connections/0123456789abcdef01234567"
    async with client(celigo_app(), BASE) as http:
        answers = [
            await http.post(f"{missing}/export", json={"export": EXPORT}, headers=bearer()),
            await http.post(f"{missing}/export/pages", json={"export": EXPORT}, headers=bearer()),
            await http.post(f"{missing}/import", json={"import": IMPORT, "data": RECORDS}, headers=bearer()),
            await http.post(f"{missing}/import/map", json={"import": IMPORT, "data": RECORDS}, headers=bearer()),
            await http.get(f"{missing}/audit", headers=bearer()),
            await http.get(f"{missing}/debug", headers=bearer()),
            await http.get("/connection/0123456789abcdef01234567/oauth2", headers=bearer()),
            await _patch(http, "0123456789abcdef01234567", [{"op": "remove", "path": "/name"}]),
        ]
    assert [answer.status_code for answer in answers] == [404] * len(answers)
