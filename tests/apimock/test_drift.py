"""Drift on demand: `X-Mock-Drift` (and a seeded `Drift` plan) make the mock answer as a vendor that drifted from its
document would, marked `X-Mock-Drifted`; a kind the operation has no place for, or a bad value, is said."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import apimock

from .conftest import TOKEN, bearer, client

RULE = "/v2/access-rules/1"
RULES = "/v2/access-rules"


def narrative(**options: Any) -> apimock.MockApp:
    settings: dict[str, Any] = {"tokens": {TOKEN}, "validate_responses": True}
    settings.update(options)
    return apimock.create_app("narrative", **settings)


async def drifted(path: str, kind: str, **params: Any) -> tuple[httpx.Response, httpx.Response]:
    """The same request answered plainly and with the drift."""
    async with client(narrative()) as http:
        plain = await http.get(path, params=params, headers=bearer())
        changed = await http.get(path, params=params, headers={**bearer(), "X-Mock-Drift": kind})
    return plain, changed


@pytest.mark.asyncio
async def test_an_unknown_enum_value() -> None:
    plain, changed = await drifted(RULE, "unknown-enum=status")
    assert changed.status_code == 200
    assert changed.headers["x-mock-drifted"] == "unknown-enum=status"
    assert changed.json()["status"] == "drifted-value" != plain.json()["status"]
    assert "x-mock-drifted" not in plain.headers


@pytest.mark.asyncio
async def test_a_required_member_missing_and_an_extra_one() -> None:
    plain, missing = await drifted(RULE, "missing-required")
    _, extra = await drifted(RULE, "extra-field")
    left_out = set(plain.json()) - set(missing.json())
    assert len(left_out) == 1
    assert left_out <= {"id", "name"}, "a required member"
    assert extra.json()["drift_extra_member"] == "unexpected"


@pytest.mark.asyncio
async def test_null_for_a_list_or_object() -> None:
    plain, changed = await drifted(RULE, "null")
    nulled = [name for name, value in changed.json().items() if value is None and plain.json()[name] is not None]
    assert len(nulled) == 1
    assert isinstance(plain.json()[nulled[0]], list | dict)


@pytest.mark.asyncio
@pytest.mark.parametrize(("kind", "value"), [("odd-datetime", "03/12/2026 10:00:00"), ("epoch-datetime", 1764756000)])
async def test_a_date_time_in_another_form(kind: str, value: object) -> None:
    async with client(narrative()) as http:
        datasets = (await http.get("/datasets", headers=bearer())).json()
        dataset_id = datasets["records"][0]["id"]
        changed = await http.get(f"/datasets/{dataset_id}", headers={**bearer(), "X-Mock-Drift": kind})
    assert value in changed.json().values()


@pytest.mark.asyncio
async def test_bodies_that_are_not_the_json_promised() -> None:
    _, html = await drifted(RULE, "html")
    _, empty = await drifted(RULE, "empty")
    plain, truncated = await drifted(RULE, "truncated")
    _, wrapped = await drifted(RULE, "array-for-object")
    assert (html.status_code, html.headers["content-type"]) == (200, "text/html")
    assert html.text.startswith("<html>")
    assert (empty.status_code, empty.content) == (200, b"")
    assert truncated.status_code == 200
    assert plain.content.startswith(truncated.content)
    assert 0 < len(truncated.content) < len(plain.content)
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    assert wrapped.json() == [plain.json()]


@pytest.mark.asyncio
async def test_an_undocumented_status() -> None:
    plain, changed = await drifted(RULE, "status=203")
    assert changed.status_code == 203
    assert changed.json() == plain.json()


@pytest.mark.asyncio
async def test_page_positions_that_repeat_or_go_back() -> None:
    _, repeated = await drifted(RULES, "repeat-page", page=2, per_page=1)
    _, backward = await drifted(RULES, "backward-page", page=2, per_page=1)
    assert repeated.json()["next_page"] == 2
    assert backward.json()["next_page"] == 1


@pytest.mark.asyncio
async def test_a_server_ignoring_the_position_or_capping_the_page() -> None:
    first, ignored = await drifted(RULES, "ignore-offset", page=2, per_page=1)
    plain, capped = await drifted(RULES, "cap-page=1", per_page=3)
    async with client(narrative()) as http:
        page_one = (await http.get(RULES, params={"page": 1, "per_page": 1}, headers=bearer())).json()
    assert ignored.json()["records"] == page_one["records"] != first.json()["records"]
    assert len(plain.json()["records"]) > 1
    assert len(capped.json()["records"]) == 1
    assert capped.json()["total_records"] == plain.json()["total_records"], "the envelope says more remain"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("header", "said"),
    [
        ("vanish", "unknown kind 'vanish'"),
        ("status=200", "status=200: get_access_rule documents it"),
        ("status=600", "give a status from 200 to 399"),
        ("cap-page=0", "give a page size of 1 or more"),
        ("repeat-page", "get_access_rule is not paginated"),
    ],
)
async def test_a_drift_that_cannot_be_is_refused_saying_why(header: str, said: str) -> None:
    async with client(narrative()) as http:
        response = await http.get(RULE, headers={**bearer(), "X-Mock-Drift": header})
    assert response.status_code == 400
    assert said in response.json()["message"]


@pytest.mark.asyncio
async def test_no_place_for_the_drift_answers_plainly_saying_so() -> None:
    _, changed = await drifted(RULE, "unknown-enum=name")
    assert changed.status_code == 200
    assert changed.headers["x-mock-drifted"].startswith("none; unknown-enum: the answer has no member named 'name'")


@pytest.mark.asyncio
async def test_no_drift_without_credentials() -> None:
    async with client(narrative()) as http:
        response = await http.get(RULE, headers={"X-Mock-Drift": "html"})
    assert response.status_code == 401


@pytest.mark.asyncio
async def test_a_seeded_plan_drifts_the_same_answers_every_run() -> None:
    async def marks(seed: int) -> list[str]:
        app = narrative(drift=apimock.Drift(kinds=("unknown-enum", "extra-field"), rate=0.5, seed=seed))
        async with client(app) as http:
            answers = [await http.get(RULE, headers=bearer()) for _ in range(40)]
        return [answer.headers.get("x-mock-drifted", "") for answer in answers]

    first, again, other = await marks(3), await marks(3), await marks(4)
    assert first == again
    assert first != other
    assert {"", "unknown-enum", "extra-field"} == set(first)


def test_a_plan_is_checked_when_made() -> None:
    with pytest.raises(ValueError, match=r"Drift\.rate must be from 0 to 1"):
        apimock.Drift(rate=2.0)
    with pytest.raises(ValueError, match="unknown kind 'sideways'"):
        apimock.Drift(kinds=("sideways",))
