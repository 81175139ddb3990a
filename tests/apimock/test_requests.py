"""Request validation: the documented status and error body, naming the field, never a 5xx, never a secret."""

from __future__ import annotations

import json

import pytest

from .conftest import AMZ_TARGET, bearer, bettrdata, client, shelter, sign_in_body

KEY = {"X-Api-Key": "test-token"}


@pytest.mark.asyncio
async def test_json_encoded_query_object_is_parsed_and_validated() -> None:
    async with client(bettrdata()) as http:
        good = await http.get("/datafile", params={"where": json.dumps({"fileName": "x"})}, headers=bearer())
        not_json = await http.get("/datafile", params={"where": "{fileName"}, headers=bearer())
        not_object = await http.get("/datafile", params={"where": "[1]"}, headers=bearer())
        bad_sort = await http.get("/datafile", params={"sort": json.dumps({"fileName": 2})}, headers=bearer())
    assert good.status_code == 200
    for response, name in ((not_json, "where"), (not_object, "where"), (bad_sort, "sort.fileName")):
        assert response.status_code == 400
        assert response.json()["message"] == "Bad Request"
        assert response.json()["details"][0]["name"] == name


@pytest.mark.asyncio
async def test_deep_object_query_and_required_header() -> None:
    async with client(shelter()) as http:
        headers = {**KEY, "X-Request-Id": "abcd"}
        good = await http.get("/v1/pets", params={"filter[minAge]": "2"}, headers=headers)
        bad = await http.get("/v1/pets", params={"filter[minAge]": "-1"}, headers=headers)
        missing = await http.get("/v1/pets", headers=KEY)
    assert good.status_code == 200
    assert bad.status_code == 422
    assert bad.json()["details"] == [{"in": "query", "name": "filter.minAge", "problem": "must be at least 0"}]
    assert missing.status_code == 422
    assert missing.json()["details"][0] == {"in": "header", "name": "X-Request-Id", "problem": "is required"}


@pytest.mark.asyncio
async def test_wrong_content_type_is_415_where_documented_else_400() -> None:
    async with client(shelter()) as http:
        pets = await http.post("/v1/pets", content=b"name=x", headers={**KEY, "Content-Type": "text/plain"})
    async with client(bettrdata()) as http:
        runs = await http.post("/mergerun", content=b"{}", headers={**bearer(), "Content-Type": "text/plain"})
    assert pets.status_code == 415
    assert runs.status_code == 400
    assert runs.json()["details"][0]["name"] == "Content-Type"


@pytest.mark.asyncio
async def test_get_needs_no_content_type_and_garbage_is_never_a_server_error() -> None:
    async with client(bettrdata()) as http:
        get = await http.get("/datafile", headers=bearer())
        garbage = await http.post(
            "/mergerun", content=b"\xff\xfe{", headers={**bearer(), "Content-Type": "application/json"}
        )
        empty = await http.post("/mergerun", headers={**bearer(), "Content-Type": "application/json"})
    assert "content-type" not in get.request.headers
    assert get.status_code == 200
    assert garbage.status_code == 400
    assert empty.status_code == 400
    assert empty.json()["details"][0]["problem"] == "a request body is required"


@pytest.mark.asyncio
async def test_error_bodies_never_repeat_a_secret() -> None:
    secret = "hunter2-is-my-password"
    async with client(bettrdata()) as http:
        body = json.loads(sign_in_body(password=secret))
        body["AuthParameters"]["PASSWORD"] = [secret]
        response = await http.post(
            "/auth/token",
            content=json.dumps(body),
            headers={**AMZ_TARGET, "Content-Type": "application/x-amz-json-1.1"},
        )
    assert response.status_code == 400
    assert response.json()["details"][0]["name"] == "AuthParameters.PASSWORD"
    assert secret not in response.text


@pytest.mark.asyncio
async def test_missing_required_header_of_token_operation() -> None:
    async with client(bettrdata()) as http:
        response = await http.post(
            "/auth/token", content=sign_in_body(), headers={"Content-Type": "application/x-amz-json-1.1"}
        )
    assert response.status_code == 400
    assert response.json()["details"] == [{"in": "header", "name": "X-Amz-Target", "problem": "is required"}]


@pytest.mark.asyncio
async def test_multipart_parts_are_checked_by_name() -> None:
    async with client(shelter()) as http:
        good = await http.post("/v1/pets/seeded-1/photo", files={"file": ("a.png", b"\x89PNG")}, headers=KEY)
        missing = await http.post("/v1/pets/seeded-1/photo", files={"caption": (None, "hi")}, headers=KEY)
    assert good.status_code == 204
    assert missing.status_code == 400
    assert missing.json()["details"] == [{"in": "body", "name": "file", "problem": "is required"}]
