"""On the wire: array query parameters declared `style: form, explode: false` go out as one comma-separated value,
and JSON:API bodies with JSON:API's media type."""

from __future__ import annotations

import json

import httpx
from commanders_act_client import CommandersAct, connect
from commanders_act_client._runtime._query import query_string
from commanders_act_client.api.sources import create_source, get_source, list_source_categories, list_sources
from commanders_act_client.models import (
    GetSourceIncludeItem,
    ListSourcesIncludeItem,
    SourceCreateDocument,
    SourceDocument,
)

SITE_URL = "https://api.commander1.com/v2/1234"


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"data": {"type": "integrations", "id": 1} if "/sources/" in request.url.path else []}
        return httpx.Response(200, json=body, headers={"Content-Type": "application/vnd.api+json"})

    return seen, httpx.MockTransport(answer)


def test_include_is_one_comma_separated_parameter_under_the_site_path() -> None:
    seen, transport = _recording()
    with connect(base_url=SITE_URL, auth="token", transport=transport) as client:
        list_sources.sync(client=client, include=[ListSourcesIncludeItem.CONNECTOR, ListSourcesIncludeItem.HEALTH])
        get_source.sync(7, client=client, include=[GetSourceIncludeItem.ENVIRONMENT])
        list_sources.sync(client=client)
        list_source_categories.sync(client=client)
    assert [request.url.raw_path for request in seen] == [
        b"/v2/1234/sources?include=connector,health",
        b"/v2/1234/sources/7?include=environment",
        b"/v2/1234/sources",
        b"/v2/1234/source-categories",
    ]
    assert {request.url.host for request in seen} == {"api.commander1.com"}


def test_query_string_joins_only_the_named_lists_and_encodes_each_value() -> None:
    params = {"include": ["a b", "c,d"], "tag": ["x", "y"], "flag": True, "off": False, "q": "1&2"}
    assert query_string(params, comma_joined=["include"]) == (
        "?include=a%20b,c%2Cd&tag=x&tag=y&flag=true&off=false&q=1%262"
    )
    assert query_string({}, comma_joined=["include"]) == ""


def test_bodies_are_sent_as_json_api_documents() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        document = {"data": {"type": "integrations", "id": 9, "attributes": {"label": "New"}}}
        return httpx.Response(201, json=document, headers={"Content-Type": "application/vnd.api+json"})

    body = SourceCreateDocument.from_dict({"data": {"type": "integrations", "attributes": {"label": "New"}}})
    with connect(base_url=SITE_URL, auth="token", transport=httpx.MockTransport(answer)) as client:
        created = create_source.sync(client=client, body=body)
    assert isinstance(created, SourceDocument)
    assert created.data.id == 9
    (request,) = seen
    assert request.headers["Content-Type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {"data": {"type": "integrations", "attributes": {"label": "New"}}}


def test_the_client_object_keeps_the_commas_when_a_call_adds_query_parameters() -> None:
    seen, transport = _recording()
    with CommandersAct(base_url=SITE_URL, auth="token", transport=transport) as client:
        client.sources.list(include=["connector", "health"], extra_query={"page[size]": 10, "debug": True})
        client.sources.list(include=["environment"], extra_query={"include": "connector"})
    assert [request.url.raw_path for request in seen] == [
        b"/v2/1234/sources?include=connector,health&page%5Bsize%5D=10&debug=true",
        b"/v2/1234/sources?include=connector",  # a call's own query parameter replaces the operation's
    ]


def test_the_site_comes_from_site_id_or_the_environment() -> None:
    seen, transport = _recording()
    with CommandersAct(site_id="77", auth="token", transport=transport, environ={}) as client:
        client.sources.list_categories()
    with CommandersAct(auth="token", transport=transport, environ={"COMMANDERS_ACT_SITE_ID": "88"}) as client:
        client.sources.list_categories()
    assert [str(request.url) for request in seen] == [
        "https://api.commander1.com/v2/77/source-categories",
        "https://api.commander1.com/v2/88/source-categories",
    ]
