"""The client object: `Narrative(...)` / `AsyncNarrative(...)`, a resource per tag, a typed method per operation.

Requests go to an `httpx.MockTransport` that records them, so what is sent (and whether anything is sent) is
observable; the end-to-end behaviour against apimock is in the flow tests.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from bettrdata_client import BettrData
from narrative_client import APIStatusError, AsyncNarrative, Narrative, NotFoundError, Pager
from narrative_client._client_object import server_url
from narrative_client.models import AccessRule

from scripts.pipeline.spec_source import load_spec

NARRATIVE = load_spec(Path(__file__).resolve().parents[2] / "specs" / "narrative.yaml").document
RULE = NARRATIVE["components"]["examples"]["AccessRule"]["value"]
BASE_URL = "https://api.narrative.test"


class Recorder:
    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def rules_page(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    records = [{**copy.deepcopy(RULE), "id": page * 10 + index} for index in range(2 if page < 3 else 1)]
    return httpx.Response(
        200,
        json={
            "prev_page": page - 1 or None,
            "current_page": page,
            "next_page": page + 1 if page < 3 else None,
            "total_records": 5,
            "total_pages": 3,
            "records": records,
        },
    )


def narrative(answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> tuple[Narrative, Recorder]:
    recorder = Recorder(answer)
    client = Narrative(auth="t0ken-value", base_url=BASE_URL, transport=httpx.MockTransport(recorder), **options)
    return client, recorder


def test_a_method_returns_the_success_model() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json={**RULE, "id": 7}))
    with client:
        rule = client.access_rules.get(7)
    assert isinstance(rule, AccessRule)
    assert rule.id == 7
    assert recorder.requests[0].url.path == "/v2/access-rules/7"
    assert recorder.requests[0].headers["Authorization"] == "Bearer t0ken-value"


def test_an_answer_without_a_body_is_none() -> None:
    client, recorder = narrative(lambda request: httpx.Response(204))
    with client:
        assert client.attributes.delete("email") is None
    assert recorder.requests[0].method == "DELETE"


def test_errors_are_raised_typed() -> None:
    client, _ = narrative(lambda request: httpx.Response(404, json={"error": "not_found", "error_description": "no"}))
    with client, pytest.raises(NotFoundError, match="not_found: no"):
        client.access_rules.get(7)


@pytest.mark.parametrize("status", [203, 302])
def test_an_undocumented_status_is_an_api_error(status: int) -> None:
    client, _ = narrative(lambda request: httpx.Response(status, text="<html>moved</html>"))
    with client, pytest.raises(APIStatusError, match=f"get_access_rule answered {status}, a status its spec") as caught:
        client.access_rules.get(7)
    assert caught.value.status_code == status


def test_a_paginated_operation_is_a_lazy_typed_pager() -> None:
    client, recorder = narrative(rules_page)
    with client:
        pager = client.access_rules.list(per_page=2)
        assert isinstance(pager, Pager)
        assert recorder.requests == [], "nothing is sent before the loop starts"
        rules = list(pager)
    assert [rule.id for rule in rules] == [10, 11, 20, 21, 30]
    assert all(isinstance(rule, AccessRule) for rule in rules)
    assert [request.url.params["page"] for request in recorder.requests] == ["1", "2", "3"]
    assert all(request.url.params["per_page"] == "2" for request in recorder.requests)


def test_a_misspelt_argument_fails_at_the_call_before_any_request() -> None:
    client, recorder = narrative(rules_page)
    with client, pytest.raises(TypeError, match="perpage"):
        client.access_rules.list(perpage=2)  # type: ignore[call-arg]
    assert recorder.requests == []


def test_with_options_returns_a_copy_and_leaves_the_original() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json=RULE), headers={"X-Team": "data"})
    copied = client.with_options(timeout=3.0, headers={"X-Run": "nightly"})
    with client, copied:
        client.access_rules.get(1)
        copied.access_rules.get(1)
    original, changed = recorder.requests
    assert "X-Run" not in original.headers
    assert original.headers["X-Team"] == "data"
    assert changed.headers["X-Run"] == "nightly"
    assert changed.headers["X-Team"] == "data"
    assert original.extensions["timeout"]["read"] == 30.0
    assert changed.extensions["timeout"]["read"] == 3.0


def test_repr_shows_no_credentials() -> None:
    client = Narrative(auth="t0ken-value", base_url="https://user:pa55word@api.narrative.test")
    shown = repr(client)
    assert "pa55word" not in shown
    assert "t0ken-value" not in shown
    assert shown == "Narrative(base_url='https://api.narrative.test')"
    client.close()


def test_the_base_url_defaults_to_the_spec_server_or_the_environment() -> None:
    assert Narrative(environ={}).base_url == "https://api.narrative.io"
    assert Narrative(environ={"NARRATIVE_BASE_URL": "https://api-dev.narrative.io"}).base_url == (
        "https://api-dev.narrative.io"
    )
    assert BettrData(environ={}).base_url.startswith("https://")


def test_server_variables_come_from_arguments_environment_or_default() -> None:
    template = "https://api.example.test/v2/{siteId}"
    assert server_url(template, {"siteId": ("42", "1")}, {"NARRATIVE_SITE_ID": "7"}) == template.replace(
        "{siteId}", "42"
    )
    assert server_url(template, {"siteId": (None, "1")}, {"NARRATIVE_SITE_ID": "7"}) == template.replace(
        "{siteId}", "7"
    )
    assert server_url(template, {"siteId": (None, "1")}, {}) == template.replace("{siteId}", "1")
    with pytest.raises(ValueError, match="NARRATIVE_SITE_ID"):
        server_url(template, {"siteId": (None, "")}, {})


def test_closing_closes_the_connections() -> None:
    client, _ = narrative(lambda request: httpx.Response(200, json=RULE))
    with client:
        client.access_rules.get(1)
        http = client._client.get_httpx_client()
    assert http.is_closed


def test_the_async_client() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/access-rules":
            return rules_page(request)
        return httpx.Response(200, json={**RULE, "id": int(request.url.path.rsplit("/", 1)[-1])})

    recorder = Recorder(answer)

    async def run() -> tuple[list[int], AccessRule]:
        async with AsyncNarrative(auth="t", base_url=BASE_URL, transport=httpx.MockTransport(recorder)) as client:
            ids = [rule.id async for rule in client.access_rules.list(per_page=2)]
            one = await client.access_rules.get(10)
        return [int(value) for value in ids if isinstance(value, int)], one

    ids, one = asyncio.run(run())
    assert ids == [10, 11, 20, 21, 30]
    assert isinstance(one, AccessRule)
    assert len(recorder.requests) == 4
