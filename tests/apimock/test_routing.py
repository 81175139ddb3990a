"""Routing: literal segments before templated ones, the server's base path, 404 and 405 with `Allow`."""

from __future__ import annotations

import pytest

import apimock

from .conftest import TOKEN, bearer, bettrdata, client, shelter

KEY = {"X-Api-Key": "test-token"}


@pytest.mark.asyncio
async def test_literal_segment_wins_over_template() -> None:
    async with client(shelter()) as http:
        literal = await http.get("/v1/pets/search", headers=KEY)
        templated = await http.get("/v1/pets/seeded-1", headers=KEY)
    assert literal.json() == {"literal": True}
    assert templated.json()["name"] == "Rex"


@pytest.mark.asyncio
async def test_text_around_a_parameter_in_one_segment() -> None:
    async with client(shelter()) as http:
        by_id = await http.get("/v1/owners/id=7", headers=KEY)
        by_name = await http.get("/v1/owners/name=ann", headers=KEY)
        bad_id = await http.get("/v1/owners/id=seven", headers=KEY)
        neither = await http.get("/v1/owners/age=7", headers=KEY)
    assert by_id.json() == {"by": "id"}
    assert by_name.json() == {"by": "name"}
    assert bad_id.status_code == 400
    assert bad_id.json()["details"][0]["name"] == "ownerId"
    assert neither.status_code == 404


@pytest.mark.asyncio
async def test_base_path_of_the_server_is_honoured() -> None:
    async with client(shelter()) as http:
        without = await http.get("/pets/seeded-1", headers=KEY)
        within = await http.get("/v1/pets/seeded-1", headers=KEY)
    assert without.status_code == 404
    assert within.status_code == 200


@pytest.mark.asyncio
async def test_unknown_path_is_404_and_wrong_method_405_with_allow() -> None:
    async with client(bettrdata()) as http:
        unknown = await http.get("/no/such/thing", headers=bearer())
        wrong = await http.delete("/datafile", headers=bearer())
        options = await http.options("/audience/count/1/default", headers=bearer())
    assert unknown.status_code == 404
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "GET, HEAD"
    assert options.status_code == 405
    assert options.headers["allow"] == "GET, HEAD, POST"


@pytest.mark.asyncio
async def test_encoded_slash_stays_inside_its_segment() -> None:
    async with client(shelter()) as http:
        response = await http.get("/v1/pets/a%2Fb", headers=KEY)
    assert response.status_code == 404
    assert response.json()["details"][0]["name"] == "petId"


@pytest.mark.asyncio
async def test_serves_its_own_spec() -> None:
    async with client(bettrdata()) as http:
        response = await http.get("/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "BettrData API"


@pytest.mark.asyncio
async def test_parameter_marked_keep_slashes_takes_the_rest_of_the_path() -> None:
    narrative = apimock.create_app("narrative", tokens={TOKEN}, validate_responses=True, strict=True)
    async with client(narrative) as http:
        nested = await http.post("/uploads/lists/2024/idlist.csv", headers=bearer())
        encoded = await http.post("/uploads/lists%2Fidlist.csv", headers=bearer())
        bare = await http.post("/uploads", headers=bearer())
    assert nested.status_code == 200, nested.text
    assert "upload_url" in nested.json()
    assert encoded.status_code == 200, "a client that encodes the slashes reaches the same operation"
    assert bare.status_code == 404
