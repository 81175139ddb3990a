"""JSON:API behaviour of the engine on a spec it has never seen (tests/apimock/fixtures/journal.yaml), no vendor code:
the server variable in the base path, state under `data`, a change by `data.id`, `include`, and the errors envelope."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import apimock

from .conftest import bearer, client

JSONAPI = "application/vnd.api+json"


def _send(document: dict[str, Any]) -> dict[str, Any]:
    return {"content": json.dumps(document), "headers": {**bearer(), "Content-Type": JSONAPI}}


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


JOURNAL = Path(__file__).resolve().parent / "fixtures" / "journal.yaml"


@pytest.mark.asyncio
async def test_any_json_api_spec_gets_the_same_behaviour_with_no_vendor_code() -> None:
    app = apimock.create_app(JOURNAL, tokens={"test-token"}, validate_responses=True, strict=True, vendor=False)
    article = {
        "data": {
            "type": "articles",
            "attributes": {"title": "Hello", "body": "First"},
            "relationships": {"author": {"data": {"type": "people", "id": "9"}}},
        }
    }
    async with client(app) as http:
        created = await _ok(await http.post("/globex/api/articles", **_send(article)), 201)
        article_id = created["data"]["id"]
        change = {"data": {"type": "articles", "id": article_id, "attributes": {"title": "Hello again"}}}
        updated = await _ok(await http.patch("/globex/api/articles", **_send(change)))
        read = await _ok(await http.get(f"/globex/api/articles/{article_id}?include=author,stats", headers=bearer()))
        plain = await _ok(await http.get(f"/globex/api/articles/{article_id}", headers=bearer()))
        await _ok(await http.delete(f"/globex/api/articles/{article_id}", headers=bearer()), 204)
        gone = await http.get(f"/globex/api/articles/{article_id}", headers=bearer())
    assert isinstance(article_id, str)  # the identifier has the type the spec gives it
    assert created["data"]["attributes"]["stats"] == {"views": 42}  # readOnly: filled in by the server
    assert updated["data"]["attributes"] == {"title": "Hello again", "body": "First", "stats": {"views": 42}}
    assert read["included"] == [{"type": "people", "id": "9", "attributes": {"name": "Dan"}}]  # another collection
    assert read["data"]["attributes"]["stats"] == {"views": 42}
    assert "stats" not in plain["data"]["attributes"]
    assert "included" not in plain
    assert gone.status_code == 404
    assert gone.json()["errors"][0] == {
        "code": "BAD",
        "detail": "path 'id': no resource has this id",
        "meta": {"parameter": "id"},
    }


@pytest.mark.asyncio
async def test_reset_brings_back_the_starting_data() -> None:
    app = apimock.create_app(JOURNAL, tokens={"test-token"}, validate_responses=True, vendor=False)
    article = {"data": {"type": "articles", "attributes": {"title": "Hello"}}}
    async with client(app) as http:
        created = await _ok(await http.post("/acme/api/articles", **_send(article)), 201)
        await _ok(await http.get("/acme/api/people", headers=bearer()))
        app.mock.reset()
        after = await http.get(f"/acme/api/articles/{created['data']['id']}", headers=bearer())
        people = await _ok(await http.get("/acme/api/people", headers=bearer()))
    assert after.status_code == 404
    assert [person["id"] for person in people["data"]] == ["9", "10"]  # seeded again from the spec's example
