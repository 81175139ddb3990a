"""Narrative's resource families served from the engine's inferred state (and its vendor module's actions)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

import apimock

from .conftest import bearer, client


def narrative() -> apimock.MockApp:
    return apimock.create_app("narrative", tokens={"test-token"}, validate_responses=True, strict=True)


def request_example(app: apimock.MockApp, operation_id: str) -> dict[str, Any]:
    operation = app.mock.spec.by_id[operation_id]
    media = next(iter((operation.request_body or {})["content"].values()))
    _, example = next(iter(apimock.media_examples(app.mock.spec, media)))
    return dict(copy.deepcopy(example))


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


@pytest.mark.asyncio
async def test_access_rules_create_list_read_update() -> None:
    app = narrative()
    rule = {**request_example(app, "create_access_rule"), "name": "spring_buyers"}
    async with client(app) as http:
        before = await _ok(await http.get("/v2/access-rules", headers=bearer()))
        created = await _ok(await http.post("/v2/access-rules", json=rule, headers=bearer()))
        new = next(record for record in created["records"] if record["name"] == "spring_buyers")
        listed = await _ok(await http.get("/v2/access-rules", headers=bearer()))
        first = await _ok(await http.get("/v2/access-rules", params={"per_page": 1}, headers=bearer()))
        read = await _ok(await http.get(f"/v2/access-rules/{new['id']}", headers=bearer()))
        change = {"display_name": "Spring buyers, renamed"}
        updated = await _ok(await http.put(f"/v2/access-rules/{new['id']}", json=change, headers=bearer()))
        again = await _ok(await http.get(f"/v2/access-rules/{new['id']}", headers=bearer()))
        missing = await http.get("/v2/access-rules/987654321", headers=bearer())
    total = before["total_records"] + 1
    assert (created["total_records"], listed["total_records"]) == (total, total)
    assert [record["id"] for record in listed["records"]][-1] == new["id"]
    assert (first["total_pages"], first["next_page"], len(first["records"])) == (total, 2, 1)
    assert read == new
    assert {key: new[key] for key in ("nql", "price_cpm_usd")} == {key: rule[key] for key in ("nql", "price_cpm_usd")}
    assert updated == {**new, **change}  # a PUT whose body requires nothing changes only what it sends
    assert again == updated
    assert missing.status_code == 404


@pytest.mark.asyncio
async def test_datasets_create_read_delete() -> None:
    app = narrative()
    async with client(app) as http:
        dataset = await _ok(await http.post("/datasets", json=request_example(app, "create_dataset"), headers=bearer()))
        read = await _ok(await http.get(f"/datasets/{dataset['id']}", headers=bearer()))
        listed = await _ok(await http.get("/datasets", headers=bearer()))
        deleted = await http.delete(f"/datasets/{dataset['id']}", headers=bearer())
        gone = await http.get(f"/datasets/{dataset['id']}", headers=bearer())
        after = await _ok(await http.get("/datasets", headers=bearer()))
    assert read == dataset
    assert dataset["id"] in [record["id"] for record in listed["records"]]
    assert deleted.status_code == 204
    assert gone.status_code == 404
    assert dataset["id"] not in [record["id"] for record in after["records"]]


@pytest.mark.asyncio
async def test_what_a_dataset_path_names_exists_only_with_the_dataset() -> None:
    app = narrative()
    async with client(app) as http:
        dataset = await _ok(await http.post("/datasets", json=request_example(app, "create_dataset"), headers=bearer()))
        path = f"/datasets/{dataset['id']}"
        policy = {"type": "expire_everything"}
        changed = await _ok(await http.put(f"{path}/retention-policy", json=policy, headers=bearer()))
        sample = await http.get(f"{path}/sample", headers=bearer())
        await http.delete(path, headers=bearer())
        sample_after = await http.get(f"{path}/sample", headers=bearer())
        policy_after = await http.put(f"{path}/retention-policy", json=policy, headers=bearer())
    assert changed == {**dataset, "retention_policy": policy}
    assert sample.status_code == 200
    assert (sample_after.status_code, policy_after.status_code) == (404, 404)


@pytest.mark.asyncio
async def test_an_integral_number_is_stored_as_an_integer() -> None:
    async with client(narrative()) as http:
        body = b'{"dataset_id": 16.0, "profile_id": "d555f07f-f140-40d2-91af-e6aa54f7488b"}'
        headers = {**bearer(), "Content-Type": "application/json"}
        created = await http.post("/connections", content=body, headers=headers)
    assert b'"dataset_id":16,' in created.content


@pytest.mark.asyncio
async def test_access_token_read_answers_the_record_in_its_envelope() -> None:
    async with client(narrative()) as http:
        body = {"name": "ci", "permissions": [{"resource": "datasets", "access": "read"}]}
        created = await _ok(await http.post("/access-tokens/tokens", json=body, headers=bearer()))
        read = await _ok(await http.get(f"/access-tokens/tokens/{created['id']}", headers=bearer()))
    assert read["record"]["id"] == created["id"]
    assert read["record"]["name"] == "ci"


@pytest.mark.asyncio
async def test_data_streams_are_listed_by_the_company_in_the_path() -> None:
    app = narrative()
    async with client(app) as http:
        body = request_example(app, "create_data_stream")
        stream = await _ok(await http.post("/data-stream", json=body, headers=bearer()))
        company = stream["company_id"]
        own = await _ok(await http.get(f"/data-stream/company/{company}", headers=bearer()))
        other = await _ok(await http.get(f"/data-stream/company/{company + 1}", headers=bearer()))
        by_slug = await _ok(await http.get(f"/data-stream/company/{company}/slug/{body['slug']}", headers=bearer()))
    assert stream["id"] in [record["id"] for record in own["records"]]
    assert stream["id"] not in [record["id"] for record in other["records"]]
    assert [record["slug"] for record in by_slug["records"]] == [body["slug"]] * len(by_slug["records"])
    assert by_slug["records"]


@pytest.mark.asyncio
async def test_profile_actions_set_the_status_the_descriptions_name() -> None:
    async with client(narrative()) as http:
        base = "/installations/5b4c1b7e-2a41-4d55-9a53-6f0b8a4f9c21/profiles"
        profile = await _ok(await http.post(base, json={"name": "Ads", "description": "ad delivery"}, headers=bearer()))
        enabled = await _ok(await http.post(f"{base}/{profile['id']}/enable", headers=bearer()))
        archived = await _ok(await http.post(f"{base}/{profile['id']}/archive", headers=bearer()))
        read = await _ok(await http.get(f"{base}/{profile['id']}", headers=bearer()))
        missing = await http.post(f"{base}/00000000-0000-4000-8000-000000000999/enable", headers=bearer())
    assert (enabled["status"], archived["status"], read["status"]) == ("enabled", "archived", "archived")
    assert missing.status_code == 404


def test_seeded_records_fit_their_collections() -> None:
    mock = narrative().mock
    collections = {binding.collection.name: binding.collection for binding in mock.bindings.values()}
    seeded = {name: list(mock.store.values(name)) for name in collections}
    for name, records in seeded.items():
        assert all(mock.schemas.is_valid(collections[name].schema, record) for record in records), name
    # The spec's examples of creates and lists give most collections a first record.
    assert sum(1 for records in seeded.values() if records) >= len(collections) * 3 // 4


@pytest.mark.asyncio
async def test_error_description_says_what_was_wrong_with_the_request() -> None:
    async with client(narrative()) as http:
        too_many = await http.get("/jobs", params={"per_page": "9999"}, headers=bearer())
        unknown = await http.get("/v2/access-rules/999999", headers=bearer())
    assert too_many.status_code == 400
    assert too_many.json()["error"] == "Bad Request"
    assert too_many.json()["error_description"] == "query 'per_page': must be at most 500"
    assert unknown.status_code == 404
    assert unknown.json()["error_description"] == "path 'access_rule_id': no record has this identifier"


@pytest.mark.asyncio
async def test_a_paginated_list_nothing_creates_pages_over_its_documented_records() -> None:
    async with client(narrative()) as http:
        whole = await _ok(await http.get("/admin/contracts", headers=bearer()))
        first = await _ok(await http.get("/admin/contracts", params={"per_page": 1}, headers=bearer()))
        past_the_end = await _ok(
            await http.get(
                "/admin/contracts", params={"per_page": 1, "offset": len(whole["records"])}, headers=bearer()
            )
        )
    assert whole["records"], "the spec documents at least one contract"
    assert first["records"] == whole["records"][:1]
    assert past_the_end["records"] == [], "an offset past the documented records ends the walk"


@pytest.mark.asyncio
async def test_oauth_token_endpoint_issues_tokens_the_api_accepts_and_refreshes_them_once() -> None:
    basic = httpx.BasicAuth("client-id", "client-secret")
    async with client(narrative()) as http:
        issued = await _ok(await http.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=basic))
        who = await http.get("/whoami", headers={"Authorization": f"Bearer {issued['access_token']}"})
        refresh = {"grant_type": "refresh_token", "refresh_token": issued["refresh_token"]}
        renewed = await _ok(await http.post("/oauth/token", data=refresh, auth=basic))
        replayed = await http.post("/oauth/token", data=refresh, auth=basic)
        refresh_as_bearer = await http.get("/whoami", headers={"Authorization": f"Bearer {issued['refresh_token']}"})
    assert issued["access_token_expires_in"] > 0
    assert who.status_code == 200, "a token the mock issued is accepted by bearer-secured operations"
    assert renewed["access_token"] != issued["access_token"]
    assert replayed.status_code == 400
    assert replayed.json()["error"] == "invalid_grant"
    assert refresh_as_bearer.status_code == 401, "a refresh token is not an access token"


@pytest.mark.asyncio
async def test_a_name_or_id_parameter_finds_the_record_by_either() -> None:
    app = narrative()
    attribute = {**request_example(app, "create_attribute"), "name": "zz_attr"}
    attribute.pop("id", None)
    async with client(app) as http:
        created = await _ok(await http.post("/attributes", json=attribute, headers=bearer()))
        by_name = await _ok(await http.get("/attributes/zz_attr", headers=bearer()))
        by_id = await _ok(await http.get(f"/attributes/{created['id']}", headers=bearer()))
        await _ok(await http.delete("/attributes/zz_attr", headers=bearer()), 204)
        gone = await http.get(f"/attributes/{created['id']}", headers=bearer())
    assert by_name == by_id == created
    assert gone.status_code == 404
