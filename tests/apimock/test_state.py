"""State inferred from the spec: create, read, update, delete and list, with seeded, deterministic data."""

from __future__ import annotations

import pytest

from .conftest import bearer, bettrdata, client, shelter

KEY = {"X-Api-Key": "test-token", "X-Request-Id": "test"}


@pytest.mark.asyncio
async def test_ordinary_crud_inferred_from_paths_and_links() -> None:
    async with client(shelter()) as http:
        created = await http.post(
            "/v1/pets", json={"name": "Tom", "species": "cat", "secretWord": "never-stored"}, headers=KEY
        )
        pet = created.json()
        read = await http.get(f"/v1/pets/{pet['id']}", headers=KEY)
        changed = await http.patch(f"/v1/pets/{pet['id']}", json={"age": 4}, headers=KEY)
        listed = await http.get("/v1/pets", params={"species": "cat"}, headers=KEY)
        deleted = await http.delete(f"/v1/pets/{pet['id']}", headers=KEY)
        gone = await http.get(f"/v1/pets/{pet['id']}", headers=KEY)
        delete_again = await http.delete(f"/v1/pets/{pet['id']}", headers=KEY)
    assert created.status_code == 201
    assert pet["name"] == "Tom"
    assert pet["createdAt"].endswith("Z")
    assert "secretWord" not in pet
    assert read.json() == pet
    assert changed.json() == {**pet, "age": 4}
    assert [item["id"] for item in listed.json()] == [pet["id"]]
    assert deleted.status_code == 204
    assert gone.status_code == 404
    assert gone.json()["title"] == "Not Found"
    assert delete_again.status_code == 404


@pytest.mark.asyncio
async def test_list_pages_as_x_pagination_says() -> None:
    async with client(shelter()) as http:
        for name in ("a", "b", "c"):
            await http.post("/v1/pets", json={"name": name, "species": "dog"}, headers=KEY)
        page = await http.get("/v1/pets", params={"offset": 1, "limit": 2}, headers=KEY)
    assert [pet["name"] for pet in page.json()] == ["a", "b"]


@pytest.mark.asyncio
async def test_same_seed_same_data_other_seed_other_ids() -> None:
    async def run(seed: int) -> list[str]:
        async with client(bettrdata(seed=seed)) as http:
            files = await http.get("/datafile", headers=bearer())
            created = await http.post("/mergerun", json=_merge_run(), headers=bearer())
        return [item["_id"] for item in files.json()] + [created.json()["_id"]]

    first, again, other = await run(7), await run(7), await run(8)
    assert first == again
    assert first != other


@pytest.mark.asyncio
async def test_bettrdata_order_create_then_update_then_count() -> None:
    order = _order("Spring buyers")
    async with client(bettrdata()) as http:
        created = await http.post("/audience/create", json=order, headers=bearer())
        order_id = created.json()["_id"]
        updated = await http.put(f"/audience/update/{order_id}", json=_order("Summer buyers"), headers=bearer())
        count = await http.post(f"/audience/count/{order_id}/default", json={"currentUser": "a@b.co"}, headers=bearer())
        missing = await http.put("/audience/update/no-such-order", json=order, headers=bearer())
    assert created.json() == {**order, "_id": order_id}
    assert updated.json() == {**_order("Summer buyers"), "_id": order_id}
    assert count.status_code == 200
    assert missing.status_code == 400
    assert missing.json()["message"] == "No Audience Found"


def _order(name: str) -> dict[str, object]:
    return {
        "name": name,
        "description": "test order",
        "belongsTo": "owner",
        "createdBy": "analyst@example.com",
        "dataSource": "source",
        "audienceSegments": [{"name": "all", "limit": 10, "includedFields": [], "excludedFields": []}],
        "suppressionRules": [],
        "deduplicateSegments": False,
        "deduplicationKeyFields": [],
    }


def _merge_run() -> dict[str, object]:
    return {
        "convertType": "consumer_standard_v2",
        "convertsToMerge": [
            {"fileId": "f1", "path": "s3://b/f1.csv", "mergeInputType": "UNION", "mergeDetails": {"priority": 1}}
        ],
    }
