"""`connect`: configuration from arguments and vendor-named environment variables, and the wiring."""

from __future__ import annotations

import logging

import httpx
import pytest
from bettrdata_client import DEFAULT_TIMEOUT, connect
from bettrdata_client._runtime._connect import RuntimeAuth
from bettrdata_client._runtime._retry import RetryTransport
from bettrdata_client.api.datafiles import search_datafiles

from .standin import FakeBettrData


def _transport(client: object) -> RetryTransport:
    transport = client._httpx_args["transport"]  # type: ignore[attr-defined]
    assert isinstance(transport, RetryTransport)
    return transport


def test_defaults() -> None:
    client = connect("https://acme.bettrdata.io:1337", environ={})
    http = client.get_httpx_client()
    assert http.timeout == DEFAULT_TIMEOUT == httpx.Timeout(30.0, connect=5.0)
    assert _transport(client).policy.max_retries == 2
    assert isinstance(http.auth, RuntimeAuth)
    assert client.get_async_httpx_client().timeout == DEFAULT_TIMEOUT


def test_settings_from_the_environment() -> None:
    environ = {
        "BETTRDATA_BASE_URL": "https://env.bettrdata.io:1337",
        "BETTRDATA_TIMEOUT": "12.5",
        "BETTRDATA_CONNECT_TIMEOUT": "2",
        "BETTRDATA_MAX_RETRIES": "4",
    }
    client = connect(environ=environ)
    assert str(client.get_httpx_client().base_url) == "https://env.bettrdata.io:1337"
    assert client.get_httpx_client().timeout == httpx.Timeout(12.5, connect=2.0)
    assert _transport(client).policy.max_retries == 4


def test_arguments_win_over_the_environment() -> None:
    environ = {"BETTRDATA_BASE_URL": "https://env.test", "BETTRDATA_MAX_RETRIES": "4", "BETTRDATA_TIMEOUT": "9"}
    client = connect("https://arg.test", timeout=3.0, max_retries=0, environ=environ)
    assert str(client.get_httpx_client().base_url) == "https://arg.test"
    assert client.get_httpx_client().timeout == httpx.Timeout(3.0, connect=3.0)
    assert _transport(client).policy.max_retries == 0


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "BETTRDATA_BASE_URL"),
        ({"BETTRDATA_BASE_URL": "https://x", "BETTRDATA_TIMEOUT": "soon"}, "BETTRDATA_TIMEOUT='soon'"),
        ({"BETTRDATA_BASE_URL": "https://x", "BETTRDATA_MAX_RETRIES": "-1"}, "BETTRDATA_MAX_RETRIES='-1'"),
        ({"BETTRDATA_BASE_URL": "https://x", "BETTRDATA_LOG": "loud"}, "BETTRDATA_LOG='loud'"),
    ],
)
def test_bad_settings_are_named(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        connect(environ=environ)


def test_log_level_from_the_environment() -> None:
    logger = logging.getLogger("bettrdata_client")
    before = logger.level, list(logger.handlers)
    try:
        connect("https://x", environ={"BETTRDATA_LOG": "debug"})
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(before[1]) + 1
        connect("https://x", environ={"BETTRDATA_LOG": "debug"})
        assert len(logger.handlers) == len(before[1]) + 1  # not twice
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]


def test_a_static_token_and_no_auth() -> None:
    fake = FakeBettrData(accept_token=lambda token: token == "t0ken")
    seen: list[httpx.Headers] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return fake.handle(request)

    transport = httpx.MockTransport(handle)
    assert isinstance(
        search_datafiles.sync(client=connect(fake.base_url, auth="t0ken", transport=transport, environ={})), list
    )
    assert seen[-1]["Authorization"] == "Bearer t0ken"
    no_auth = connect(fake.base_url, transport=transport, environ={}, raise_errors=False)
    search_datafiles.sync(client=no_auth)
    assert "Authorization" not in seen[-1]  # the generated client's empty placeholder is not sent


def test_evolved_clients_keep_the_runtime() -> None:
    fake = FakeBettrData(accept_token=lambda token: token == "t0ken")
    client = connect(fake.base_url, auth="t0ken", transport=fake.transport, environ={}).with_headers({"X-Team": "a"})
    assert isinstance(search_datafiles.sync(client=client), list)
    assert isinstance(client.get_httpx_client().auth, RuntimeAuth)
