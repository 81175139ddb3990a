"""The generated Narrative client sends each request the way the API expects it, and reads what it answers.

The URL encodings are the ones the spec's notes promise (slashes kept in `upload_path`, the literal `$` and
`name=` segments, dotted and repeated query names), checked on the raw request the generated code sends.
"""

from __future__ import annotations

import base64
import datetime
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from narrative_client import AuthenticatedClient, BadRequestError, connect
from narrative_client.api.access_rules import list_access_rules
from narrative_client.api.apps import get_profile_data
from narrative_client.api.auth import request_oauth_token
from narrative_client.api.datasets import find_dataset_snapshots, get_dataset
from narrative_client.api.destinations import list_subscription_destinations
from narrative_client.api.uploads import create_upload_url
from narrative_client.models import ApiToken, Dataset, OAuthTokenRequest, OAuthTokenRequestGrantType, UploadUrl

BASE_URL = "https://api.narrative.test"
PROFILE = uuid.UUID("d13867f7-a6c0-4f83-b129-f6c6f2de7c15")
SUBSCRIPTION = uuid.UUID("21691f26-f308-4e98-896c-579db27da04b")


class Recorder:
    """Answers every request with one canned JSON body, and keeps the requests."""

    def __init__(self, body: object, status: int = 200) -> None:
        self.body, self.status = body, status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    @property
    def raw_target(self) -> bytes:
        return self.requests[-1].url.raw_path


def client(recorder: Callable[[httpx.Request], httpx.Response], **options: object) -> AuthenticatedClient:
    settings: dict[str, Any] = {"auth": "token", "max_retries": 0, **options}
    return connect(BASE_URL, transport=httpx.MockTransport(recorder), **settings)


def test_upload_path_is_sent_with_its_slashes_and_other_characters_encoded() -> None:
    recorder = Recorder({"upload_url": "https://uploads.example/lists/idlist.csv?sig=1"})

    answer = create_upload_url.sync(upload_path="lists/2024 q1/id#list.csv", client=client(recorder))

    assert recorder.raw_target == b"/uploads/lists/2024%20q1/id%23list.csv"
    assert isinstance(answer, UploadUrl)
    assert answer.upload_url.startswith("https://uploads.example/")


def test_literal_dollar_before_the_profile_id_is_kept() -> None:
    recorder = Recorder({"id": str(PROFILE), "value": {}})
    get_profile_data.sync_detailed(app_slug="my-app", profile_id=PROFILE, client=client(recorder))
    assert recorder.raw_target == f"/apps/my-app/profile-store/${PROFILE}".encode()


def test_name_equals_segment_is_sent_as_written() -> None:
    recorder = Recorder({"records": []})
    list_subscription_destinations.sync_detailed(subscription_id=SUBSCRIPTION, client=client(recorder))
    assert recorder.raw_target == f"/destinations/subscription_id={SUBSCRIPTION}".encode()


def test_dotted_query_names_are_literal_names() -> None:
    recorder = Recorder({"snapshots": [], "has_next": False})

    find_dataset_snapshots.sync_detailed(
        dataset_id=7, client=client(recorder), timestamp_gte="2021-06-24T00:54:40", timestamp_lt="2021-06-25T00:00:00Z"
    )

    query = recorder.requests[-1].url.query
    assert b"timestamp.gte=2021-06-24T00%3A54%3A40" in query
    assert b"timestamp.lt=2021-06-25T00%3A00%3A00Z" in query


def test_repeated_query_parameters_are_one_pair_per_value() -> None:
    recorder = Recorder(
        {"prev_page": None, "current_page": 1, "next_page": None, "total_records": 0, "total_pages": 0, "records": []}
    )

    list_access_rules.sync_detailed(client=client(recorder), tag=["gold", "eu"], company_id=[1, 2])

    params = recorder.requests[-1].url.params
    assert params.get_list("tag") == ["gold", "eu"]
    assert params.get_list("company_id") == ["1", "2"]


def test_timestamps_with_and_without_a_zone_both_become_datetimes() -> None:
    dataset = {"id": 1, "name": "d", "created_at": "2021-06-24T00:54:40.029056Z", "updated_at": "2023-12-14T21:36:51"}
    recorder = Recorder(dataset)

    answer = get_dataset.sync(dataset_id=1, client=client(recorder))

    assert isinstance(answer, Dataset)
    assert answer.created_at == datetime.datetime(2021, 6, 24, 0, 54, 40, 29056, tzinfo=datetime.UTC)
    assert answer.updated_at == datetime.datetime(2023, 12, 14, 21, 36, 51), "zone-less stays naive, as sent"


def test_oauth_token_uses_basic_client_credentials_and_a_form_body() -> None:
    recorder = Recorder({"access_token": "tok", "access_token_expires_in": 3600})
    basic = client(recorder, auth=httpx.BasicAuth("client-id", "client-secret"))

    token = request_oauth_token.sync(
        client=basic, body=OAuthTokenRequest(grant_type=OAuthTokenRequestGrantType.CLIENT_CREDENTIALS)
    )

    sent = recorder.requests[-1]
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(b"client-id:client-secret").decode()
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.content == b"grant_type=client_credentials"
    assert isinstance(token, ApiToken)
    assert token.access_token_expires_in == 3600


def test_error_body_becomes_a_typed_error_with_the_vendors_explanation() -> None:
    recorder = Recorder({"error": "Bad Request", "error_description": "per_page: must be at least 1"}, status=400)

    with pytest.raises(BadRequestError) as raised:
        list_access_rules.sync_detailed(client=client(recorder), per_page=0)

    assert raised.value.status_code == 400
    assert "Bad Request: per_page: must be at least 1" in str(raised.value)
