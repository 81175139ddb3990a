"""The client object: `Narrative(...)` / `AsyncNarrative(...)`, a resource per tag, a typed method per operation.

Requests go to an `httpx.MockTransport` that records them, so what is sent (and whether anything is sent) is
observable; the end-to-end behaviour against apimock is in the flow tests.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import narrative_client
import pytest
from bettrdata_client import BadRequestError, BettrData
from bettrdata_client.models import TokenAuthParameters, TokenRequest, TokenRequestAuthFlow
from narrative_client import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AsyncNarrative,
    Narrative,
    NotFoundError,
    Pager,
    RawResponse,
)
from narrative_client.models import AccessRule, AccessRuleCreate, AccessRuleUpdate

from overrides.runtime._client_object import server_url
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
        client.attributes.delete("email")  # typed `-> None`: mypy refuses to use its value (tests/typing)
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
    assert server_url(template, {"siteId": ("42", "1")}, {"NARRATIVE_SITE_ID": "7"}, "NARRATIVE") == template.replace(
        "{siteId}", "42"
    )
    assert server_url(template, {"siteId": (None, "1")}, {"NARRATIVE_SITE_ID": "7"}, "NARRATIVE") == template.replace(
        "{siteId}", "7"
    )
    assert server_url(template, {"siteId": (None, "1")}, {}, "NARRATIVE") == template.replace("{siteId}", "1")
    with pytest.raises(ValueError, match="NARRATIVE_SITE_ID"):
        server_url(template, {"siteId": (None, "")}, {}, "NARRATIVE")


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


def test_an_enum_parameter_takes_its_plain_string_values() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json={"records": []}))
    with client:
        list(client.data_streams.list_company_by_sales_channel(7, "data_shop", o="price-low", per_page=5))
        # A value the spec does not list is mypy's to refuse (tests/typing); at run time it is sent as given, so a
        # value the vendor added before its document did can be used (enums are forward-compatible both ways).
        list(client.data_streams.list_company_by_sales_channel(7, "data_shop", o="price-middle"))  # type: ignore[arg-type]
    sent = recorder.requests[0]
    assert sent.url.path == "/data-stream/company/7/sales-channel/data_shop"
    assert sent.url.params["o"] == "price-low"
    assert recorder.requests[1].url.params["o"] == "price-middle"


def test_a_header_with_one_documented_value_is_sent_without_being_asked() -> None:
    recorder = Recorder(lambda request: httpx.Response(400, json={"__type": "NotAuthorizedException", "message": "no"}))
    request = TokenRequest(
        auth_flow=TokenRequestAuthFlow.USER_PASSWORD_AUTH,
        client_id="c",
        auth_parameters=TokenAuthParameters(username="u", password="p"),
    )
    client = BettrData(base_url=BASE_URL, transport=httpx.MockTransport(recorder))
    with client, pytest.raises(BadRequestError):
        client.authentication.get_token(body=request)
    assert recorder.requests[0].headers["X-Amz-Target"] == "AWSCognitoIdentityProviderService.InitiateAuth"


def test_per_call_options_apply_to_that_call_alone() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json={**RULE, "id": 7}))
    with client:
        client.access_rules.get(7, timeout=2.5, extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"})
        client.access_rules.get(7)
    first, second = recorder.requests
    assert first.headers["X-Trace"] == "t1"
    assert first.url.params["debug"] == "1"
    assert first.extensions["timeout"]["read"] == 2.5
    assert "X-Trace" not in second.headers
    assert "debug" not in second.url.params
    assert second.extensions["timeout"]["read"] == 30.0


def test_extra_body_members_are_merged_into_the_json_body() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json={**RULE, "id": 7}))
    with client:
        client.access_rules.update(7, body=AccessRuleUpdate(display_name="Rule"), extra_body={"beta_flag": True})
    sent = json.loads(recorder.requests[0].content)
    assert sent == {"display_name": "Rule", "beta_flag": True}
    assert recorder.requests[0].headers["Content-Length"] == str(len(recorder.requests[0].content))


def test_a_pager_applies_its_call_options_to_every_page() -> None:
    client, recorder = narrative(rules_page)
    with client:
        list(client.access_rules.list(per_page=2, extra_headers={"X-Trace": "walk"}))
    assert len(recorder.requests) == 3
    assert all(request.headers["X-Trace"] == "walk" for request in recorder.requests)


def test_the_raw_response_carries_status_headers_request_id_and_model() -> None:
    answer = httpx.Response(200, json={**RULE, "id": 7}, headers={"X-Request-Id": "req-42", "X-Rate": "9"})
    client, _ = narrative(lambda request: answer)
    with client:
        raw = client.with_raw_response.access_rules.get(7)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-42"
    assert raw.headers["X-Rate"] == "9"
    assert isinstance(raw.parsed, AccessRule)
    assert raw.parsed.id == 7


def test_the_async_raw_response() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={**RULE, "id": 3}, headers={"X-Request-Id": "r3"}))

    async def run() -> RawResponse[AccessRule]:
        async with AsyncNarrative(auth="t", base_url=BASE_URL, transport=httpx.MockTransport(recorder)) as client:
            return await client.with_raw_response.access_rules.get(3, extra_headers={"X-A": "1"})

    raw = asyncio.run(run())
    assert raw.request_id == "r3"
    assert raw.parsed.id == 3
    assert recorder.requests[0].headers["X-A"] == "1"


def test_the_client_names_itself_and_its_version() -> None:
    client, recorder = narrative(lambda request: httpx.Response(200, json=RULE))
    with client:
        client.access_rules.get(1)
    assert narrative_client.__version__ == "1.0.0"
    assert narrative_client.API_VERSION == "2.4.0"
    assert recorder.requests[0].headers["User-Agent"].startswith("narrative-client/1.0.0 python-httpx/")


def test_requests_go_through_the_callers_http_client_beneath_the_runtime() -> None:
    attempts: list[str] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json={**RULE, "id": 5})])
    mine = httpx.Client(
        transport=httpx.MockTransport(lambda request: next(answers)),
        event_hooks={"request": [lambda request: attempts.append(request.url.path)]},
    )
    with Narrative(auth="t", base_url=BASE_URL, http_client=mine, environ={}) as client:
        rule = client.access_rules.get(5)
    assert rule.id == 5
    assert attempts == ["/v2/access-rules/5", "/v2/access-rules/5"], "the runtime retried through the caller's client"
    assert not mine.is_closed, "the caller's client is the caller's to close"
    mine.close()


def test_transport_and_http_client_together_are_refused() -> None:
    with pytest.raises(TypeError, match="transport= or http_client="):
        Narrative(base_url=BASE_URL, transport=httpx.MockTransport(rules_page), http_client=httpx.Client())


@pytest.mark.parametrize(
    ("answer", "where", "reason"),
    [
        (httpx.Response(200, json={"name": "rule_7"}), "AccessRule.id", "required member 'id' is missing"),
        (httpx.Response(200, text="<html>maintenance</html>"), "$", "the body is not JSON"),
        (httpx.Response(200, content=b'{"id": 7, "name": "ru'), "$", "the body is not JSON"),
        (httpx.Response(200, json=[{"id": 7}]), "AccessRule", "an object is due, the answer has an array"),
    ],
    ids=["a required field missing", "HTML with 200", "truncated JSON", "an array where an object is due"],
)
def test_an_answer_off_its_schema_is_a_typed_validation_error_keeping_the_raw_answer(
    answer: httpx.Response, where: str, reason: str
) -> None:
    client, _ = narrative(lambda request: answer)
    with client, pytest.raises(APIResponseValidationError) as raised:
        client.access_rules.get(7)
    error = raised.value
    assert isinstance(error, APIError)
    assert error.status_code == 200
    assert error.operation_id == "get_access_rule"
    assert error.where == where
    assert reason in error.reason
    assert error.response is not None
    assert error.response.content == answer.content, "what the server said is kept"
    assert str(error).startswith(f"get_access_rule: the 200 answer does not match its schema at {where}")


def test_a_created_records_id_can_be_read_from_an_answer_off_its_schema() -> None:
    client, _ = narrative(lambda request: httpx.Response(200, json={"id": 99}))
    with client, pytest.raises(APIResponseValidationError) as raised:
        client.access_rules.create(body=AccessRuleCreate.from_dict(RULE))
    assert isinstance(raised.value.body, dict)
    assert raised.value.body["id"] == 99
