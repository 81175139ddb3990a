"""The runtime tested where it is written (overrides/runtime), apart from any generated package: it is given an
operation table and a client class of the test's own, as a generated package gives it its `_spec_meta.API` and its
`AuthenticatedClient`."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import attrs
import httpx
import pytest

from overrides.runtime import (
    ApiSpec,
    APIStatusError,
    Clock,
    Connector,
    NotFoundError,
    Operation,
    OperationTable,
    Paginate,
    Pagination,
    RateLimit,
    RetryPolicy,
    SyncClientObject,
    model_repr,
)
from overrides.runtime._logging import logger
from overrides.runtime._types import UNSET, Response, Unset

OPERATIONS = OperationTable(
    [
        Operation("get_thing", "GET", "/things/{thing_id}"),
        Operation("create_thing", "POST", "/things"),
        Operation("put_thing", "PUT", "/things/{thing_id}", rate_limit=RateLimit(requests=100, period_seconds=1.0)),
        Operation(
            "list_things",
            "GET",
            "/things",
            pagination=Pagination(
                style="page", items="records", end="next-page-null", page_parameter="page", fields={"next-page": "next"}
            ),
        ),
    ]
)
API = ApiSpec(
    vendor="tiny",
    title="Tiny API",
    distribution="tiny-client",
    client_version="0.3.1",
    api_version="2024-01",
    env_prefix="TINY",
    server_url="https://{region}.tiny.example/v1",
    operations=OPERATIONS,
)


class TinyClient:
    """Stands in for a generated `AuthenticatedClient`: the arguments `connect` passes, and an httpx client."""

    def __init__(self, **arguments: Any) -> None:
        self.arguments = arguments
        self._base_url: str = arguments["base_url"]
        self.raise_on_unexpected_status: bool = arguments["raise_on_unexpected_status"]
        httpx_args = arguments["httpx_args"]
        self._http = httpx.Client(
            base_url=self._base_url,
            timeout=arguments["timeout"],
            headers=arguments["headers"],
            transport=httpx_args["transport"],
            auth=httpx_args["auth"],
        )

    def get_httpx_client(self) -> httpx.Client:
        return self._http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise NotImplementedError


class InstantClock(Clock):
    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


connect: Connector[TinyClient] = Connector(API, TinyClient)


class Tiny(SyncClientObject[TinyClient]):
    def __init__(self, *, region: str | None = None, **settings: Any) -> None:
        defaults: dict[str, Any] = dict.fromkeys(
            ("auth", "base_url", "timeout", "max_retries", "headers", "transport", "http_client", "environ")
        )
        super().__init__(
            connect=connect,
            **{**defaults, **settings},
            server_variables={"region": (region, "eu")},
            server_arguments={"region": region},
        )


def served(answers: Mapping[str, list[httpx.Response]]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers[request.url.path].pop(0)

    return httpx.MockTransport(answer), sent


def test_connect_names_the_client_and_reads_the_api_s_own_environment_variables() -> None:
    transport, sent = served({"/v1/things/1": [httpx.Response(200, json={"id": 1})]})
    client = connect(transport=transport, environ={"TINY_BASE_URL": "https://tiny.test/v1", "TINY_TIMEOUT": "7"})

    client.get_httpx_client().get("/things/1")

    assert sent[0].headers["User-Agent"] == f"tiny-client/0.3.1 python-httpx/{httpx.__version__}"
    assert str(sent[0].url) == "https://tiny.test/v1/things/1"
    assert client.arguments["timeout"].read == 7.0
    with pytest.raises(ValueError, match="TINY_BASE_URL"):
        connect(environ={})
    with pytest.raises(ValueError, match="TINY_MAX_RETRIES='x'"):
        connect("https://tiny.test", environ={"TINY_MAX_RETRIES": "x"})
    with pytest.raises(ValueError, match="unknown operations: delete_thing"):
        connect("https://tiny.test", retry_operations=["delete_thing"])


def test_the_table_decides_what_is_retried() -> None:
    busy = [httpx.Response(503), httpx.Response(200, json={})]
    transport, sent = served({"/things/1": list(busy), "/things": list(busy)})
    clock = InstantClock()
    client = connect("https://tiny.test", transport=transport, clock=clock, retry_policy=RetryPolicy(max_retries=1))
    http = client.get_httpx_client()

    assert http.get("/things/1").status_code == 200, "a GET is retried"
    with pytest.raises(APIStatusError) as refused:
        http.post("/things", json={})

    assert [request.method for request in sent] == ["GET", "GET", "POST"], "a POST is not"
    assert refused.value.status_code == 503
    assert len(clock.sleeps) == 1


def test_errors_are_typed_and_the_logger_is_the_package_s() -> None:
    transport, _ = served({"/things/9": [httpx.Response(404, json={"message": "no thing 9"})]})
    client = connect("https://tiny.test", transport=transport)

    with pytest.raises(NotFoundError, match="no thing 9"):
        client.get_httpx_client().get("/things/9")
    assert logger is logging.getLogger("overrides.runtime")


def test_the_client_object_fills_the_server_from_arguments_environment_or_default() -> None:
    assert Tiny().base_url == "https://eu.tiny.example/v1"
    assert Tiny(region="us").base_url == "https://us.tiny.example/v1"
    assert Tiny(environ={"TINY_REGION": "ap"}).base_url == "https://ap.tiny.example/v1"
    assert Tiny(base_url="https://user:pw@tiny.test").base_url == "https://user:pw@tiny.test"
    assert "pw" not in repr(Tiny(base_url="https://user:pw@tiny.test"))
    copy = Tiny(max_retries=0).with_options(headers={"X-Team": "data"})
    assert isinstance(copy, Tiny)


class _Module:
    """Stands in for a generated operation module."""

    __name__ = "tiny_client.api.things.list_things"

    def __init__(self, pages: dict[int, dict[str, Any]]) -> None:
        self.pages = pages
        self.asked: list[int] = []

    def sync_detailed(self, *, client: object, page: int) -> Response[dict[str, Any]]:
        self.asked.append(page)
        return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=self.pages[page])


def test_pagination_comes_from_the_table_it_is_given() -> None:
    paginate = Paginate(OPERATIONS)
    module = _Module({1: {"records": [1, 2], "next": 2}, 2: {"records": [3], "next": None}})

    assert list(paginate(module, object())) == [1, 2, 3]  # type: ignore[arg-type]
    assert module.asked == [1, 2]
    not_paged = _Module({})
    not_paged.__name__ = "tiny_client.api.things.get_thing"
    with pytest.raises(TypeError, match="get_thing is not a paginated operation \\(the paginated ones: list_things\\)"):
        paginate(not_paged, object())  # type: ignore[arg-type]


@attrs.define
class _Model:
    name: str = "a"
    password: str = "hunter2-secret"
    note: str | Unset = UNSET


def test_model_reprs_leave_out_unset_fields_and_hide_secrets() -> None:
    assert model_repr(_Model(), ("password",)) == "_Model(name='a', password='[REDACTED]')"
