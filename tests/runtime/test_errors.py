"""Typed errors: one class per status family, carrying status, parsed body and request id; raised or returned."""

from __future__ import annotations

import httpx
import pytest
from bettrdata_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    connect,
)
from bettrdata_client._runtime._errors import make_status_error
from bettrdata_client.api.audiences import create_audience
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.api.merge_runs import create_merge_run
from bettrdata_client.errors import UnexpectedStatus
from bettrdata_client.models import Error, MergeRun

from .conftest import Connector
from .standin import FakeBettrData, Fault

MERGE_RUN = MergeRun.from_dict(
    {
        "convertType": "consumer_standard_v2",
        "convertsToMerge": [
            {
                "fileId": "f1",
                "path": "s3://b/f1.csv",
                "fileName": "f1.csv",
                "mergeInputType": "UNION",
                "mergeDetails": {"priority": 1},
            },
        ],
    }
)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_each_status_raises_its_class(
    fake: FakeBettrData, make_client: Connector, status: int, kind: type[APIStatusError]
) -> None:
    client = make_client(max_retries=0)
    # Twice: a 401 makes the auth renew its token and replay the request once.
    fake.faults.extend(
        Fault(status=status, path="/mergerun", body={"message": "Data Source Is Disabled"}) for _ in "12"
    )
    with pytest.raises(kind) as raised:
        create_merge_run.sync(client=client, body=MERGE_RUN)
    error = raised.value
    assert type(error) is kind
    assert error.status_code == status
    assert error.body == {"message": "Data Source Is Disabled"}
    assert error.request_id is not None
    assert error.request_id.startswith("req-")
    assert f"{status} Data Source Is Disabled" in str(error)
    assert "POST /mergerun" in str(error)


def test_401_after_renewal_is_an_authentication_error(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client()
    fake.faults.extend(Fault(status=401, path="/datafile", body={"message": "Unauthorized"}) for _ in range(3))
    with pytest.raises(AuthenticationError):
        search_datafiles.sync(client=client)
    assert fake.count("GET", "/datafile") == 2  # the request, and one replay after renewing: never a loop
    assert fake.count("POST", "/auth/token") == 2  # the first sign-in, and the renewal


def test_errors_can_be_returned_as_the_generated_client_does(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(raise_errors=False, max_retries=0)
    fake.faults.append(Fault(status=403, path="/mergerun", body={"message": "Forbidden"}))
    assert create_merge_run.sync(client=client, body=MERGE_RUN) == Error(message="Forbidden")


def test_a_refused_connection_is_an_api_connection_error(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=1)
    fake.faults.extend(Fault(error=httpx.ConnectError, path="/datafile") for _ in range(2))
    with pytest.raises(APIConnectionError) as raised:
        search_datafiles.sync(client=client)
    assert isinstance(raised.value, httpx.TransportError)  # code catching httpx's errors keeps working
    assert "after 2 attempts" in str(raised.value)
    assert raised.value.request.url.path == "/datafile"


def test_a_timeout_is_an_api_timeout_error_and_an_httpx_timeout(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=0)
    fake.faults.append(Fault(error=httpx.ReadTimeout, path="/datafile"))
    with pytest.raises(APITimeoutError) as raised:
        search_datafiles.sync(client=client)
    assert isinstance(raised.value, httpx.TimeoutException)
    assert isinstance(raised.value, APIConnectionError)


@pytest.mark.asyncio
async def test_async_calls_raise_the_same_errors(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=0)
    fake.faults.append(Fault(status=400, path="/audience/create", body={"message": "Bad Request"}))
    from .test_counts import ORDER

    with pytest.raises(BadRequestError, match="400 Bad Request"):
        await create_audience.asyncio(client=client, body=ORDER)


def test_error_messages_never_carry_credentials(fake: FakeBettrData, make_client: Connector) -> None:
    client = make_client(max_retries=0)
    leaked = '{"message": "bad token Bearer abc.def.ghi", "password": "hunter2"}'
    fake.faults.append(Fault(status=400, path="/datafile", body={"message": leaked}))
    with pytest.raises(BadRequestError) as raised:
        search_datafiles.sync(client=client)
    assert "abc.def.ghi" not in str(raised.value)
    assert "hunter2" not in str(raised.value)
    assert "hunter2" not in repr(raised.value)


def test_an_errors_envelope_is_read_into_typed_error_details() -> None:
    body = (
        b'{"errors": [{"code": "INVALID_FIELD", "detail": "label is required",'
        b' "meta": {"error_count": 3, "line_numbers": [34, 45], "ids": ["a", "b"]}},'
        b' {"code": "TOO_LONG", "detail": "label is too long"}],'
        b' "data": {"accepted_object_count": 4, "rejected_object_count": 3}}'
    )

    error = make_status_error(422, {"x-request-id": "r1"}, body, what="POST /sources")

    assert isinstance(error, APIStatusError)
    assert error.errors == [
        ErrorDetail(
            "INVALID_FIELD", "label is required", {"error_count": 3, "line_numbers": [34, 45], "ids": ["a", "b"]}
        ),
        ErrorDetail("TOO_LONG", "label is too long", {}),
    ]
    assert error.errors[0].meta["error_count"] == 3
    assert str(error) == "422 INVALID_FIELD: label is required (and 1 more) from POST /sources (request id r1)"
    assert isinstance(error.body, dict)
    assert error.body["data"] == {"accepted_object_count": 4, "rejected_object_count": 3}


def test_a_body_without_an_errors_envelope_has_no_error_details() -> None:
    assert make_status_error(400, {}, b'{"message": "bad"}').errors == []
    assert make_status_error(400, {}, b'{"errors": "not a list"}').errors == []
    assert make_status_error(500, {}, b"<html>oops</html>").errors == []


def test_an_undocumented_status_is_an_api_status_error_with_its_message_redacted() -> None:
    error = UnexpectedStatus(302, b'{"message": "moved", "password": "hunter2-secret"}')
    assert isinstance(error, APIStatusError)
    assert error.status_code == 302
    assert error.content == b'{"message": "moved", "password": "hunter2-secret"}'
    assert "hunter2-secret" not in str(error)
    assert str(error).startswith("Unexpected status code: 302")


def test_a_connected_client_raises_an_undocumented_status_inside_the_hierarchy() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(302, headers={"Location": "/elsewhere"}))
    client = connect(base_url="https://bd.test", auth="t", transport=transport, environ={})
    with client, pytest.raises(APIStatusError) as raised:
        search_datafiles.sync(client=client)
    assert isinstance(raised.value, UnexpectedStatus)
    assert raised.value.status_code == 302
