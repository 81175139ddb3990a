"""The engine's masking of secrets (`x-secret-mask`) and JSON Patch changes, on a spec with no vendor module."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import apimock

from .conftest import FIXTURES, bearer, client

VAULT = FIXTURES / "vault.yaml"
PATCH = {**bearer(), "Content-Type": "application/json-patch+json"}
ACCOUNT = {"owner": "ana", "login": {"user": "ana", "password": "s3cret-pw"}, "keys": ["k-1", "k-2"]}


def vault(**options: Any) -> apimock.MockApp:
    return apimock.create_app(VAULT, tokens={"test-token"}, validate_responses=True, strict=True, **options)


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


@pytest.mark.asyncio
async def test_every_password_string_is_answered_masked_and_stored_as_sent() -> None:
    app = vault()
    async with client(app) as http:
        created = await _ok(await http.post("/accounts", json=ACCOUNT, headers=bearer()), 201)
        listed = await _ok(await http.get("/accounts", headers=bearer()))
    assert created == {
        "owner": "ana",
        "login": {"user": "ana", "password": "***"},
        "keys": ["***", "***"],
        "id": created["id"],
    }
    assert listed == [created]
    assert app.mock.store.get("/accounts", created["id"]) == {**ACCOUNT, "id": created["id"]}


@pytest.mark.asyncio
async def test_without_the_extension_nothing_is_masked() -> None:
    document = apimock.Spec.load(VAULT).document
    unmasked = apimock.Spec({key: value for key, value in document.items() if key != "x-secret-mask"}, name="vault")
    async with client(
        vault_app := apimock.create_app(unmasked, tokens={"test-token"}, validate_responses=True)
    ) as http:
        created = await _ok(await http.post("/accounts", json=ACCOUNT, headers=bearer()), 201)
    assert created["login"]["password"] == "s3cret-pw"
    assert vault_app.mock.secrets.mask is None


@pytest.mark.asyncio
async def test_a_json_patch_changes_the_stored_record_all_or_nothing() -> None:
    app = vault()
    async with client(app) as http:
        created = await _ok(await http.post("/accounts", json=ACCOUNT, headers=bearer()), 201)
        url = f"/accounts/{created['id']}"
        patch = [
            {"op": "replace", "path": "/login/password", "value": "n3w"},
            {"op": "add", "path": "/keys/-", "value": "k-3"},
        ]
        patched = await _ok(await http.patch(url, content=json.dumps(patch), headers=PATCH))
        half = [{"op": "replace", "path": "/owner", "value": "bo"}, {"op": "remove", "path": "/nothing"}]
        refused = await http.patch(url, content=json.dumps(half), headers=PATCH)
        invalid = await http.patch(url, content=json.dumps([{"op": "remove", "path": "/login/user"}]), headers=PATCH)
        read = await _ok(await http.get(url, headers=bearer()))
    assert patched == {**created, "keys": ["***", "***", "***"]}
    assert app.mock.store.get("/accounts", created["id"]) == {
        "owner": "ana",
        "login": {"user": "ana", "password": "n3w"},
        "keys": ["k-1", "k-2", "k-3"],
        "id": created["id"],
    }
    assert (refused.status_code, invalid.status_code) == (422, 422)
    assert "operation 1 (remove '/nothing')" in refused.text
    assert "n3w" not in refused.text + invalid.text
    assert read == patched


@pytest.mark.asyncio
async def test_a_patch_keeps_the_identifier() -> None:
    async with client(vault()) as http:
        created = await _ok(await http.post("/accounts", json=ACCOUNT, headers=bearer()), 201)
        patch = [{"op": "replace", "path": "/id", "value": "other"}]
        patched = await _ok(await http.patch(f"/accounts/{created['id']}", content=json.dumps(patch), headers=PATCH))
    assert patched["id"] == created["id"]
