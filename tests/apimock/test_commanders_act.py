"""Commanders Act's JSON:API served by the generic engine: documents, `include`, sources' state, the errors envelope."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import apimock

from .conftest import bearer, client

JSONAPI = "application/vnd.api+json"
SITE = "/v2/5678"  # any site id: the server's `{siteId}` matches any segment


def commanders_act() -> apimock.MockApp:
    return apimock.create_app("commanders_act", tokens={"test-token"}, validate_responses=True, strict=True)


def _send(document: dict[str, Any]) -> dict[str, Any]:
    return {"content": json.dumps(document), "headers": {**bearer(), "Content-Type": JSONAPI}}


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    if response.content:
        assert response.headers["content-type"] == JSONAPI
        return response.json()
    return None


NEW_SOURCE = {
    "data": {
        "type": "integrations",
        "attributes": {"label": "Server-side events", "occurence_type": "continuous", "timezone": "Europe/Paris"},
        "relationships": {"connector": {"data": {"type": "dms/connector", "id": "98"}}},
    }
}


@pytest.mark.asyncio
async def test_paths_are_served_under_any_site_id_and_nowhere_else() -> None:
    async with client(commanders_act()) as http:
        one = await http.get("/v2/1234/sources", headers=bearer())
        other = await http.get("/v2/site-9/sources", headers=bearer())
        bare = await http.get("/sources", headers=bearer())
        two_segments = await http.get("/v2/1/2/sources", headers=bearer())
    assert (one.status_code, other.status_code) == (200, 200)
    assert (bare.status_code, two_segments.status_code) == (404, 404)


@pytest.mark.asyncio
async def test_a_source_is_created_listed_read_updated_and_deleted() -> None:
    async with client(commanders_act()) as http:
        created = await _ok(await http.post(f"{SITE}/sources", **_send(NEW_SOURCE)), 201)
        source_id = created["data"]["id"]
        listed = await _ok(await http.get(f"{SITE}/sources", headers=bearer()))
        change = {"data": {"type": "integrations", "id": source_id, "attributes": {"label": "Renamed"}}}
        updated = await _ok(await http.patch(f"{SITE}/sources", **_send(change)))
        read = await _ok(await http.get(f"{SITE}/sources/{source_id}", headers=bearer()))
        deleted = await _ok(await http.delete(f"{SITE}/sources/{source_id}", headers=bearer()), 204)
        gone = await http.get(f"{SITE}/sources/{source_id}", headers=bearer())
        after = await _ok(await http.get(f"{SITE}/sources", headers=bearer()))
    assert isinstance(source_id, int)  # the spec types source ids as integers
    assert created["data"]["attributes"]["label"] == "Server-side events"
    assert created["data"]["relationships"] == NEW_SOURCE["data"]["relationships"]
    assert source_id in [source["id"] for source in listed["data"]]
    attributes = updated["data"]["attributes"]
    assert attributes["label"] == "Renamed"
    assert attributes["timezone"] == "Europe/Paris"  # a PATCH merges: what it does not send stays
    assert updated["data"]["relationships"] == NEW_SOURCE["data"]["relationships"]
    assert read["data"]["attributes"]["label"] == "Renamed"
    assert deleted is None
    assert gone.status_code == 404
    assert source_id not in [source["id"] for source in after["data"]]


@pytest.mark.asyncio
async def test_include_fills_included_with_only_what_was_asked_for() -> None:
    async with client(commanders_act()) as http:
        plain = await _ok(await http.get(f"{SITE}/sources", headers=bearer()))
        connector = await _ok(await http.get(f"{SITE}/sources?include=connector", headers=bearer()))
        both = await _ok(await http.get(f"{SITE}/sources?include=connector,environment", headers=bearer()))
        catalog = await _ok(await http.get(f"{SITE}/source-catalog?include=categories", headers=bearer()))
        bare_catalog = await _ok(await http.get(f"{SITE}/source-catalog", headers=bearer()))
    assert "included" not in plain
    assert [(item["type"], item["id"]) for item in connector["included"]] == [("dms/connector", "98")]
    assert {(item["type"], item["id"]) for item in both["included"]} == {
        ("dms/connector", "98"),
        ("integration-environments", "1"),
    }
    categories = catalog["data"][0]["relationships"]["categories"]["data"]
    assert [(item["type"], item["id"]) for item in catalog["included"]] == [(categories["type"], categories["id"])]
    assert catalog["included"][0]["attributes"]["label"] == "Advertising"  # the category collection's record
    assert "included" not in bare_catalog


@pytest.mark.asyncio
async def test_health_is_answered_only_when_asked_for() -> None:
    async with client(commanders_act()) as http:
        created = await _ok(await http.post(f"{SITE}/sources", **_send(NEW_SOURCE)), 201)
        source_id = created["data"]["id"]
        without = await _ok(await http.get(f"{SITE}/sources/{source_id}", headers=bearer()))
        with_health = await _ok(await http.get(f"{SITE}/sources/{source_id}?include=health", headers=bearer()))
        listed = await _ok(await http.get(f"{SITE}/sources?include=health", headers=bearer()))
    # `health` is read-only: the server fills it in on create, and it is an attribute, not an included resource.
    assert "health" in created["data"]["attributes"]
    assert "health" not in without["data"]["attributes"]
    assert with_health["data"]["attributes"]["health"] == created["data"]["attributes"]["health"]
    assert with_health["included"] == []
    assert all("health" in source["attributes"] for source in listed["data"])


@pytest.mark.asyncio
async def test_errors_come_in_the_documented_envelope_naming_the_field() -> None:
    async with client(commanders_act()) as http:
        bad_label = {"data": {"type": "integrations", "attributes": {"label": 5}}}
        invalid = await http.post(f"{SITE}/sources", **_send(bad_label))
        unknown = await http.patch(f"{SITE}/sources", **_send({"data": {"type": "integrations", "id": 987654}}))
        missing = await http.get(f"{SITE}/sources/987654", headers=bearer())
        bad_include = await http.get(f"{SITE}/sources?include=owner", headers=bearer())
        no_token = await http.get(f"{SITE}/sources")
    assert invalid.status_code == 400
    assert invalid.json()["errors"] == [
        {
            "code": "INVALID_REQUEST",
            "detail": "body 'data.attributes.label': must be of type string",
            "meta": {"pointer": "/data/attributes/label"},
        }
    ]
    assert unknown.status_code == 404
    assert unknown.json()["errors"][0]["code"] == "NOT_FOUND"
    assert unknown.json()["errors"][0]["meta"] == {"pointer": "/data/id"}
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["meta"] == {"parameter": "id"}
    assert bad_include.status_code == 400
    assert bad_include.json()["errors"][0]["meta"] == {"parameter": "include"}
    assert no_token.status_code == 401
    assert no_token.json()["errors"][0]["code"] == "UNAUTHORIZED"
    for response in (invalid, unknown, missing, bad_include, no_token):
        assert response.headers["content-type"] == JSONAPI


@pytest.mark.asyncio
async def test_a_body_must_be_sent_as_jsonapi() -> None:
    async with client(commanders_act()) as http:
        plain_json = await http.post(f"{SITE}/sources", json=NEW_SOURCE, headers=bearer())
    assert plain_json.status_code == 400  # the spec documents no 415; 400 is its answer to a request it refuses
    assert plain_json.json()["errors"][0]["code"] == "INVALID_REQUEST"
