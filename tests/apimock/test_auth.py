"""Auth as the spec declares it: the mock's own tokens, issued by the token operation or configured, with lifetimes."""

from __future__ import annotations

import httpx
import pytest

import apimock

from .conftest import AMZ_TARGET, FakeClock, bearer, bettrdata, client, shelter, sign_in_body

TOKEN_HEADERS = {**AMZ_TARGET, "Content-Type": "application/x-amz-json-1.1"}


@pytest.mark.asyncio
async def test_missing_wrong_and_configured_tokens() -> None:
    async with client(bettrdata()) as http:
        missing = await http.get("/datafile")
        wrong = await http.get("/datafile", headers=bearer("forged"))
        not_bearer = await http.get("/datafile", headers={"Authorization": "Basic dTpw"})
        configured = await http.get("/datafile", headers=bearer())
    assert [missing.status_code, wrong.status_code, not_bearer.status_code] == [401, 401, 401]
    assert missing.json()["message"] == "Unauthorized"
    assert configured.status_code == 200


@pytest.mark.asyncio
async def test_issued_token_works_until_its_short_lifetime_ends() -> None:
    clock = FakeClock()
    async with client(bettrdata(token_lifetime=30, clock=clock)) as http:
        grant = await http.post("/auth/token", content=sign_in_body(), headers=TOKEN_HEADERS)
        token = grant.json()["token"]
        fresh = await http.get("/datafile", headers=bearer(token))
        clock.now += 31
        expired = await http.get("/datafile", headers=bearer(token))
        renewed = await http.post("/auth/token", content=sign_in_body(), headers=TOKEN_HEADERS)
        again = await http.get("/datafile", headers=bearer(renewed.json()["token"]))
    assert grant.status_code == 200
    assert grant.json()["expires_in"] == 30
    assert fresh.status_code == 200
    assert expired.status_code == 401
    assert expired.json()["details"][0]["problem"] == "credentials are expired"
    assert again.status_code == 200


@pytest.mark.asyncio
async def test_configured_credentials_are_checked_and_never_echoed() -> None:
    app = bettrdata(credentials={"analyst@example.com": "s3cret-pass"})
    async with client(app) as http:
        good = await http.post(
            "/auth/token", content=sign_in_body("analyst@example.com", "s3cret-pass"), headers=TOKEN_HEADERS
        )
        bad = await http.post(
            "/auth/token", content=sign_in_body("analyst@example.com", "guessed-pass"), headers=TOKEN_HEADERS
        )
    assert good.status_code == 200
    assert bad.status_code == 401
    assert bad.json()["message"] == "Unauthorized"
    assert "guessed-pass" not in bad.text


@pytest.mark.asyncio
async def test_api_key_scheme() -> None:
    async with client(shelter()) as http:
        missing = await http.get("/v1/pets/seeded-1")
        wrong = await http.get("/v1/pets/seeded-1", headers={"X-Api-Key": "nope"})
        good = await http.get("/v1/pets/seeded-1", headers={"X-Api-Key": "test-token"})
    assert missing.status_code == 401
    assert missing.json() == {"title": "Unauthorized", "status": 401, "details": missing.json()["details"]}
    assert wrong.status_code == 401
    assert good.status_code == 200


@pytest.mark.asyncio
async def test_delete_dataset_refuses_missing_and_wrong_tokens() -> None:
    app = apimock.create_app("narrative", tokens={"the-token"})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://testserver") as client:
        headers = {"X-Narrative-Retention-Days": "30"}
        missing = await client.delete("/datasets/1001", headers=headers)
        wrong = await client.delete("/datasets/1001", headers={**headers, "Authorization": "Bearer not-the-token"})
        right = await client.delete("/datasets/1001", headers={**headers, "Authorization": "Bearer the-token"})
    assert missing.status_code == 401
    assert wrong.status_code == 401
    assert right.status_code in (204, 404), "a valid token gets past authentication"
