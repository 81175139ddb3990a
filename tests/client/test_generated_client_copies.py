"""The generated `Client` / `AuthenticatedClient`: `with_*` return copies, and reprs show no credentials."""

from __future__ import annotations

import httpx
from narrative_client import AuthenticatedClient, Client


def test_with_headers_cookies_and_timeout_leave_the_original_as_it_was() -> None:
    original = AuthenticatedClient(base_url="https://api.test", token="t", headers={"X-Team": "data"})
    http = original.get_httpx_client()

    with_headers = original.with_headers({"X-Run": "1"})
    with_cookies = original.with_cookies({"session": "c"})
    with_timeout = original.with_timeout(httpx.Timeout(3.0))

    assert "X-Run" not in http.headers
    assert "session" not in http.cookies
    assert http.timeout == httpx.Timeout(None)  # as constructed: no timeout given
    assert with_headers.get_httpx_client().headers["X-Run"] == "1"
    assert with_headers.get_httpx_client().headers["X-Team"] == "data"
    assert with_cookies.get_httpx_client().cookies["session"] == "c"
    assert with_timeout.get_httpx_client().timeout == httpx.Timeout(3.0)
    assert with_headers.get_httpx_client() is not http


def test_reprs_show_no_credentials() -> None:
    authenticated = AuthenticatedClient(
        base_url="https://user:pa55@api.test",
        token="t0ken-value",
        headers={"Authorization": "Bearer t0ken-value", "X-Api-Key": "k3y"},
        cookies={"session": "c00kie"},
    )
    plain = Client(base_url="https://user:pa55@api.test", headers={"X-Api-Key": "k3y"})
    for shown in (repr(authenticated), repr(plain)):
        for secret in ("pa55", "t0ken-value", "k3y", "c00kie"):
            assert secret not in shown
        assert "https://api.test" in shown
