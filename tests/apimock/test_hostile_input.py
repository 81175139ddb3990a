"""Hostile input never breaks the mock: each gets a 4xx naming what was wrong and the bound, never a 5xx or a hang.

Every test talks HTTP to `python -m apimock` started as a process (raw sockets where httpx would refuse to send
the input, or would mend it). The mocks run with their default limits unless a test needs a smaller one.
"""

from __future__ import annotations

import contextlib
import json
import select
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
TOKEN = "hostile-token"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
# Backtracks exponentially in the `regex` module too: each character of a datafile's path (52 of them before the
# dot) is one or half of two, and the `$` after the dot never matches.
RUNAWAY_REGEX = r"^([\w/:-]|[\w/:-]{2})+\.$"
# The pattern from the attack: the `regex` module answers it at once (it fails fast where `re` backtracked).
ATTACK_REGEX = "^(([a-z_0-9-])+)+!"
SEEDED_ORDER = "66a1b2c3d4e5f6a7b8c9d0e1"


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=60)


@contextmanager
def mock(vendor: str, *options: str) -> Iterator[Served]:
    command = [sys.executable, "-m", "apimock", vendor, "--port", "0", "--token", TOKEN, *options]
    process = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        announced = process.stdout.readline()
        assert announced.startswith(f"apimock: serving {vendor} on http://127.0.0.1:"), announced
        yield Served(process, int(announced.rsplit(":", 1)[1]))
    finally:
        if process.poll() is None:
            process.terminate()
        process.communicate(timeout=30)


@pytest.fixture(scope="module")
def bettrdata() -> Iterator[Served]:
    # A regex bound far above what the probes of the regex test need, so that the runaway search is surely
    # still running while they are answered.
    with mock("bettrdata", "--regex-timeout-ms", "4000", "--max-body-bytes", "300000") as served:
        yield served


@pytest.fixture(scope="module")
def narrative() -> Iterator[Served]:
    with mock("narrative") as served:
        yield served


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=60)


def read_response(sock: socket.socket) -> RawResponse:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the connection closed before an answer: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "the connection closed in the middle of the body"
        body += chunk
    return RawResponse(int(status_line.split(" ")[1]), headers, body[:length])


def exchange(port: int, request: bytes) -> RawResponse:
    with connect(port) as sock:
        sock.sendall(request)
        return read_response(sock)


def request_bytes(method: str, target: str, headers: list[tuple[str, str]], body: bytes = b"") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def problems(response: httpx.Response | RawResponse) -> list[dict[str, str]]:
    body = response.json()
    assert isinstance(body, dict), body
    details = body.get("details", [])
    assert isinstance(details, list)
    return details


def message(response: httpx.Response | RawResponse) -> str:
    body = response.json()
    assert isinstance(body, dict), body
    return str(body["message"])


def a_valid_order(name: object) -> dict[str, object]:
    return {
        "name": name,
        "belongsTo": "64a7f0c2d1e2f3a4b5c6d701",
        "createdBy": "analyst@example.com",
        "dataSource": "64a7f0c2d1e2f3a4b5c6d7aa",
        "audienceSegments": [],
    }


# ------------------------------------------------------------------------------------------------- JSON bounds
@pytest.mark.parametrize("depth", [300, 100_000], ids=["beyond-the-validator", "beyond-python-recursion"])
def test_deeply_nested_body_is_refused_naming_the_depth_limit(bettrdata: Served, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    body = json.dumps(a_valid_order("x")).replace('"x"', nested).encode()
    with bettrdata.client() as http:
        response = http.post("/audience/create", content=body, headers={**BEARER, "Content-Type": "application/json"})
    assert response.status_code == 400
    [problem] = problems(response)
    assert problem["in"] == "body"
    assert "max_json_depth=64" in problem["problem"]
    if depth == 300:  # read whole, so the member holding the nesting is known
        assert problem["name"] == "name"


def test_deeply_nested_json_query_parameter_is_refused(bettrdata: Served) -> None:
    where = '{"fileName": {"$in": ' + "[" * 300 + "]" * 300 + "}}"
    with bettrdata.client() as http:
        response = http.get("/datafile", params={"where": where}, headers=BEARER)
    assert response.status_code == 400
    [problem] = problems(response)
    assert (problem["in"], problem["name"]) == ("query", "where.fileName")
    assert "max_json_depth=64" in problem["problem"]


def test_lone_surrogate_in_a_body_is_refused(bettrdata: Served) -> None:
    body = json.dumps(a_valid_order("x")).replace('"x"', '"\\ud800"').encode()
    with bettrdata.client() as http:
        response = http.post("/audience/create", content=body, headers={**BEARER, "Content-Type": "application/json"})
    assert response.status_code == 400
    [problem] = problems(response)
    assert (problem["in"], problem["name"]) == ("body", "name")
    assert "unpaired UTF-16 surrogate" in problem["problem"]


def test_lone_surrogate_in_a_json_parameter_is_refused(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        response = http.get("/datafile", params={"where": '{"fileName": "\\udc00x"}'}, headers=BEARER)
    assert response.status_code == 400
    [problem] = problems(response)
    assert (problem["in"], problem["name"]) == ("query", "where.fileName")
    assert "unpaired UTF-16 surrogate" in problem["problem"]


def test_integer_of_5000_digits_in_a_query_is_refused(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        response = http.get("/datafile", params={"limit": "9" * 5000}, headers=BEARER)
    assert response.status_code == 400
    [problem] = problems(response)
    assert (problem["in"], problem["name"]) == ("query", "limit")
    assert problem["problem"] == "has an integer of 5000 digits, over max_integer_digits=1000"


def test_integer_of_5000_digits_in_a_path_is_refused(narrative: Served) -> None:
    with narrative.client() as http:
        response = http.get(f"/datasets/{'7' * 5000}", headers=BEARER)
    assert response.status_code == 400
    [problem] = problems(response)
    assert (problem["in"], problem["name"]) == ("path", "dataset_id")
    assert "over max_integer_digits=1000" in problem["problem"]


def test_integer_of_5000_digits_in_a_body_is_refused(bettrdata: Served) -> None:
    body = json.dumps(a_valid_order("x")).replace('"x"', "9" * 5000).encode()
    with bettrdata.client() as http:
        response = http.post("/audience/create", content=body, headers={**BEARER, "Content-Type": "application/json"})
    assert response.status_code == 400
    [problem] = problems(response)
    assert problem["problem"] == "has an integer of 5000 digits, over max_integer_digits=1000"


# ------------------------------------------------------------------------------------------ regular expressions
def test_runaway_regex_gets_a_400_while_other_clients_are_answered(bettrdata: Served) -> None:
    where = json.dumps({"path": {"$regex": RUNAWAY_REGEX}})
    target = "/datafile?" + str(httpx.QueryParams({"where": where}))
    with connect(bettrdata.port) as runaway:
        runaway.sendall(request_bytes("GET", target, list(BEARER.items())))
        with bettrdata.client() as http:
            probes = [http.get("/datafile", params={"limit": 1}, headers=BEARER) for _ in range(3)]
        readable, _, _ = select.select([runaway], [], [], 0)
        answered_meanwhile = bool(readable)
        refused = read_response(runaway)
    assert [probe.status_code for probe in probes] == [200, 200, 200]
    assert not answered_meanwhile, "the runaway search was answered before the other clients"
    assert refused.status == 400
    [problem] = problems(refused)
    assert (problem["in"], problem["name"]) == ("query", "where")
    assert problem["problem"] == "a $regex took longer than regex_timeout_ms=4000 to evaluate"


def test_the_attack_pattern_is_answered(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        response = http.get(
            "/datafile", params={"where": json.dumps({"fileName": {"$regex": ATTACK_REGEX}})}, headers=BEARER
        )
        usual = http.get("/datafile", params={"where": json.dumps({"fileName": {"$regex": "^acme_"}})}, headers=BEARER)
    assert response.status_code == 200
    assert response.json() == []
    assert usual.status_code == 200
    assert usual.json()
    assert all(record["fileName"].startswith("acme_") for record in usual.json())


# ---------------------------------------------------------------------------------------------------- faults
@pytest.mark.parametrize(
    ("fault", "named"),
    [
        ("status=599", "status 599 is neither documented for this operation nor a registered HTTP error status"),
        ("status=420", "status 420 is neither documented for this operation nor a registered HTTP error status"),
        ("status=299", "status must be an error status from 400 to 599, not 299"),
        ("status=100", "status must be an error status from 400 to 599, not 100"),
        ("latency-ms=1e400", "latency-ms must be a finite number from 0 to 30000"),
        ("latency-ms=30001", "latency-ms must be a finite number from 0 to 30000"),
        ("latency-ms=nan", "latency-ms must be a finite number from 0 to 30000"),
        ("retry-after=inf", "retry-after must be a finite number from 0 to 86400"),
        ("retry-after=-1", "retry-after must be a finite number from 0 to 86400"),
        ("cut-after=-1", "cut-after must be a count of events, 0 or more"),
    ],
)
def test_fault_values_are_validated(bettrdata: Served, fault: str, named: str) -> None:
    with bettrdata.client() as http:
        response = http.get("/datafile", headers={**BEARER, "X-Mock-Fault": fault})
    assert response.status_code == 400
    assert message(response) == f"Bad X-Mock-Fault header: {named}"


def test_a_documented_or_registered_fault_status_is_served(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        documented = http.get("/datafile", headers={**BEARER, "X-Mock-Fault": "status=500; retry-after=2"})
        registered = http.get("/datafile", headers={**BEARER, "X-Mock-Fault": "status=429; retry-after=0.5"})
    assert (documented.status_code, documented.headers["retry-after"]) == (500, "2")
    assert (registered.status_code, registered.headers["retry-after"]) == (429, "0.5")


def test_faults_come_after_the_credentials_check(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        anonymous = http.get("/datafile", headers={"X-Mock-Fault": "status=503; latency-ms=30000"})
        wrong = http.get("/datafile", headers={"Authorization": "Bearer nope", "X-Mock-Fault": "status=503"})
    assert anonymous.status_code == 401
    assert wrong.status_code == 401
    assert "retry-after" not in anonymous.headers


def test_sigterm_stops_the_mock_during_a_fault_latency() -> None:
    with mock("bettrdata", "--max-fault-latency-ms", "600000", "--shutdown-timeout", "1") as served:
        slow = connect(served.port)
        slow.sendall(request_bytes("GET", "/datafile", [*BEARER.items(), ("X-Mock-Fault", "latency-ms=600000")]))
        with served.client() as http:  # answered after the slow request was taken in: it is now sleeping
            assert http.get("/datafile", params={"limit": 1}, headers=BEARER).status_code == 200
        served.process.send_signal(signal.SIGTERM)
        # A mock deaf to SIGTERM would leave this wait to fail after 60 s; it exits after its 1 s of grace.
        served.process.wait(timeout=60)
        slow.close()
    assert served.process.returncode is not None


# ------------------------------------------------------------------------------------------- transport bounds
def test_a_body_over_the_limit_is_refused_before_it_is_read(bettrdata: Served) -> None:
    # 20 MB announced, not sent: the answer comes without the body, and before the credentials are looked at.
    headers = [("Content-Type", "application/json"), ("Content-Length", "20000000")]
    response = exchange(bettrdata.port, request_bytes("POST", "/audience/create", headers))
    assert response.status == 413
    assert message(response) == "Content Too Large: Content-Length is 20000000 bytes, over max_body_bytes=300000"
    assert response.headers["connection"] == "close"


def test_a_chunked_body_over_the_limit_is_refused(bettrdata: Served) -> None:
    chunk = b"x" * 100_000
    framed = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(4))
    head = request_bytes("POST", "/audience/create", [*BEARER.items(), ("Transfer-Encoding", "chunked")])
    with connect(bettrdata.port) as sock:
        sock.sendall(head + framed)
        response = read_response(sock)
    assert response.status == 413
    assert message(response) == "Content Too Large: the body sent, over max_body_bytes=300000"


def test_headers_over_the_limit_are_refused(bettrdata: Served) -> None:
    padding = [(f"X-Padding-{index}", "p" * 1000) for index in range(40)]
    response = exchange(bettrdata.port, request_bytes("GET", "/datafile", [*BEARER.items(), *padding]))
    assert response.status == 431
    assert message(response).startswith("Request Header Fields Too Large: ")
    assert message(response).endswith("bytes of header names and values, over max_header_bytes=32768")


def test_a_url_over_the_limit_is_refused(bettrdata: Served) -> None:
    with bettrdata.client() as http:
        response = http.get("/datafile", params={"where": "{}", "pad": "p" * 9000}, headers=BEARER)
    assert response.status_code == 414
    assert message(response).startswith("URI Too Long: the request target has ")
    assert message(response).endswith("bytes, over max_url_bytes=8192")


def test_lower_case_method_is_refused_by_the_parser_saying_why(bettrdata: Served) -> None:
    response = exchange(bettrdata.port, request_bytes("get", "/datafile", list(BEARER.items())))
    assert response.status == 400
    assert response.headers["connection"] == "close"
    assert response.body.decode() == (
        "Invalid HTTP request received: the method is not one HTTP defines (methods are case-sensitive: GET, not get)."
    )


def test_a_request_head_beyond_every_bound_is_cut_off_naming_the_bound(bettrdata: Served) -> None:
    bound = 8192 + 32768 + 16 * 1024  # the default max_url_bytes + max_header_bytes + 16 KiB
    with connect(bettrdata.port) as sock:
        sock.sendall(b"GET /datafile HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Endless: ")
        with contextlib.suppress(OSError):  # the mock may close while we still send
            for _ in range(bound // 4096 + 2):
                sock.sendall(b"p" * 4096)
        response = read_response(sock)
    assert response.status == 400
    assert response.body.decode() == (
        f"Invalid HTTP request received: the request line and headers run over {bound} bytes."
    )


@pytest.mark.parametrize("valid_first", [True, False], ids=["valid-then-invalid", "invalid-then-valid"])
def test_two_authorization_headers_are_refused(bettrdata: Served, valid_first: bool) -> None:
    pair = [("Authorization", f"Bearer {TOKEN}"), ("Authorization", "Bearer not-a-token")]
    headers = pair if valid_first else pair[::-1]
    with bettrdata.client() as http:
        response = http.get("/datafile", headers=headers)
    assert response.status_code == 400
    assert message(response) == "Bad Request: header 'authorization' was sent more than once; send it once"


# ---------------------------------------------------------------------------------------------------- tokens
def _oauth_token(http: httpx.Client, form: dict[str, str]) -> httpx.Response:
    return http.post("/oauth/token", data=form, auth=("client-id", "client-secret"))


def test_refresh_tokens_expire_with_their_announced_lifetime() -> None:
    with mock("narrative", "--token-lifetime", "0") as served, served.client() as http:
        issued = _oauth_token(http, {"grant_type": "client_credentials", "client_id": "client-id"})
        assert issued.status_code == 200
        assert issued.json()["refresh_token_expires_in"] == 0
        refreshed = _oauth_token(http, {"grant_type": "refresh_token", "refresh_token": issued.json()["refresh_token"]})
    assert refreshed.status_code == 400
    [problem] = problems(refreshed)
    assert (problem["name"], problem["problem"]) == ("refresh_token", "has expired (its announced lifetime is over)")


def test_a_refresh_token_within_its_lifetime_is_redeemed_once(narrative: Served) -> None:
    with narrative.client() as http:
        issued = _oauth_token(http, {"grant_type": "client_credentials", "client_id": "client-id"})
        refresh = {"grant_type": "refresh_token", "refresh_token": issued.json()["refresh_token"]}
        first, again = _oauth_token(http, refresh), _oauth_token(http, refresh)
    assert first.status_code == 200
    assert again.status_code == 400


def _first_tokens(*options: str) -> list[str]:
    """The first access and refresh tokens of two fresh processes started alike."""
    tokens = []
    with mock("narrative", *options) as one, mock("narrative", *options) as other:
        for served in (one, other):
            with served.client() as http:
                answer = _oauth_token(http, {"grant_type": "client_credentials", "client_id": "client-id"}).json()
            tokens.append(f"{answer['access_token']} {answer['refresh_token']}")
    return tokens


def test_tokens_differ_between_processes() -> None:
    first, second = _first_tokens()
    (first_access, first_refresh), (second_access, second_refresh) = first.split(), second.split()
    assert first_access != second_access
    assert first_refresh != second_refresh


def test_tokens_repeat_with_a_token_seed() -> None:
    first, second = _first_tokens("--token-seed", "7")
    assert first == second


# ------------------------------------------------------------------------------------------------ command line
@pytest.mark.parametrize(
    ("option", "named"),
    [
        (["--fault-status", "599"], "Faults.status must be a registered HTTP error status (400 to 599), not 599"),
        (["--max-body-bytes", "0"], "Limits.max_body_bytes must be a positive finite number, not 0"),
        (["--regex-timeout-ms", "inf"], "Limits.regex_timeout_ms must be a positive finite number, not inf"),
        (["--max-integer-digits", "5000"], "Limits.max_integer_digits cannot exceed Python's own limit of 4300"),
    ],
)
def test_the_command_line_refuses_bad_limits(option: list[str], named: str) -> None:
    command = [sys.executable, "-m", "apimock", "bettrdata", "--port", "0", *option]
    finished = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode == 2
    assert named in finished.stderr
