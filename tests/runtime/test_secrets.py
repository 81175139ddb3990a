"""No secret in any log record, repr or exception message during a whole session."""

from __future__ import annotations

import logging

import httpx
import pytest
from bettrdata_client import APIError, APIStatusError, connect
from bettrdata_client._runtime._logging import Secret, redact_headers, redact_text
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.lib.cognito import CognitoAuth
from bettrdata_client.lib.counts import count_rows, stream_count_status

from .conftest import CLIENT_ID, PASSWORD, USER
from .standin import ORDER_RECORD_ID, FakeBettrData, FakeClock, Fault, StreamPlan

CLIENT_SECRET = "app-client-secret-Zq9"


def test_a_full_session_leaks_nothing(caplog: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    fake = FakeBettrData(clock, client_secret=CLIENT_SECRET, answer="cognito")
    seen: list[str] = []
    auth = CognitoAuth(USER, PASSWORD, CLIENT_ID, client_secret=CLIENT_SECRET)
    with caplog.at_level(logging.DEBUG):
        client = connect(fake.base_url, auth=auth, transport=fake.transport, clock=clock, environ={})
        fake.faults.extend(
            [Fault(status=503, path="/auth/token"), Fault(status=429, retry_after="1", path="/datafile")]
        )
        search_datafiles.sync(client=client)
        fake.revoke_all()  # 401, refresh, replay
        search_datafiles.sync(client=client)
        clock.advance(4000)  # expiry, refresh
        rows = list(count_rows(client, ORDER_RECORD_ID, "default", current_user="me@example.com"))
        fake.streams["broken"] = StreamPlan([{"status": "started"}], truncate_at=5)
        for failing in (
            lambda: search_datafiles.sync(
                client=connect(fake.base_url, auth="static-" + PASSWORD, transport=fake.transport, environ={})
            ),
            lambda: list(stream_count_status(client, "broken", "SNOWFLAKE")),
            lambda: search_datafiles.sync(
                client=connect(
                    fake.base_url,
                    auth=CognitoAuth(USER, "bad-" + PASSWORD, CLIENT_ID, client_secret=CLIENT_SECRET),
                    transport=fake.transport,
                    environ={},
                )
            ),
        ):
            with pytest.raises(APIError) as raised:
                failing()
            seen += [str(raised.value), repr(raised.value), repr(raised.value.args)]
        seen += [repr(client), repr(auth), str(auth), repr(client.get_httpx_client()), repr(fake.requests)]
    assert len(rows) == 2500
    secrets = {PASSWORD, CLIENT_SECRET, "bad-" + PASSWORD, "static-" + PASSWORD} | fake.secret_values
    assert len(secrets) > 6  # passwords, secret hashes, access and refresh tokens
    text = caplog.text + "\n".join(seen) + "\n".join(r.getMessage() for r in caplog.records)
    leaked = sorted(secret for secret in secrets if secret in text)
    assert leaked == []
    assert "[REDACTED]" in caplog.text  # the Authorization headers were logged, redacted


def test_redaction_rules() -> None:
    assert redact_text('{"PASSWORD": "p@ss", "USERNAME": "u"}') == '{"PASSWORD": "[REDACTED]", "USERNAME": "u"}'
    assert redact_text("client_secret=abc&x=1") == "client_secret=[REDACTED]&x=1"
    assert redact_text("Authorization: Bearer abc.def") == "Authorization: Bearer [REDACTED]"
    assert redact_text("got eyJhbGciOi.eyJzdWIiOi.c2ln") == "got [REDACTED]"
    assert redact_headers(httpx.Headers({"Authorization": "Bearer x", "X-Id": "1"})) == {
        "authorization": "[REDACTED]",
        "x-id": "1",
    }
    assert repr(Secret("hunter2")) == str(Secret("hunter2")) == "Secret('**********')"


def test_the_logger_redacts_what_slips_through(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bettrdata_client"):
        logging.getLogger("bettrdata_client").info("oops %s", "Bearer s3cr3t-token")
    assert "s3cr3t-token" not in caplog.text


def test_an_error_body_echoing_a_bare_token_is_scrubbed_by_value() -> None:
    token = "plain9token8without7shape"
    transport = httpx.MockTransport(lambda request: httpx.Response(500, text=f"upstream said: {token} is bad"))
    client = connect(base_url="https://bd.test", auth=token, transport=transport, max_retries=0, environ={})
    with client, pytest.raises(APIStatusError) as raised:
        search_datafiles.sync(client=client)
    assert token not in str(raised.value)
    assert token not in repr(raised.value)
    assert "upstream said: [REDACTED] is bad" in str(raised.value)
    assert raised.value.body == f"upstream said: {token} is bad", "the body stays what the server sent"


def test_a_sign_in_error_echoing_the_password_is_scrubbed_by_value() -> None:
    password = "correct horse battery staple"
    answer = httpx.Response(503, json={"message": f"backend down while checking {password}"})
    transport = httpx.MockTransport(lambda request: answer)
    auth = CognitoAuth("analyst", password, "client-id")
    client = connect(base_url="https://bd.test", auth=auth, transport=transport, max_retries=0, environ={})
    with client, pytest.raises(APIStatusError) as raised:
        search_datafiles.sync(client=client)
    assert password not in str(raised.value)
    assert password not in repr(raised.value)
