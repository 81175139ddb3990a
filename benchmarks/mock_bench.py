"""apimock beside other spec-driven mocks, on the same spec and the same raw-socket keep-alive request loop.

- Narrative (specs/narrative.yaml, `GET /v2/access-rules/1` with a bearer token): apimock, Prism 5.14.2 and
  Steady 0.22.2 (npm `@stdy/cli`, the mock Stainless's SDKs are tested against). For each: the time from spawning
  the process to the first 2xx answer, the resident memory of its process tree right after that answer (npm
  launchers fork the server), and requests/s from one connection and from 8.
- BettrData (specs/bettrdata.yaml): apimock beside Prism on a small GET and on a POST whose body is validated.
- The memory of one apimock process after many requests, and the contract suite's wall time.

Every mock runs as separate processes on 127.0.0.1, one mock at a time, all in this run, so the ratios do not
depend on the machine. A mock whose npm package is missing (run `make`) is left out. Settings:
MOCK_BENCH_SECONDS (per throughput measurement, default 3), MOCK_BENCH_MEMORY_REQUESTS (default 100000),
MOCK_BENCH_SUITE=0 to skip timing the contract suite.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
NODE_BIN = REPOSITORY / "node_modules" / ".bin"
TOKEN = "bench-token"
CONCURRENCY = 8
START_DEADLINE_SECONDS = 60
START_POLL_SECONDS = 0.01
MERGE_RUN = json.dumps(
    {
        "convertType": "consumer_standard_v2",
        "description": "bench",
        "convertsToMerge": [
            {
                "fileId": "65f1c2a9e4b0a1b2c3d4e501",
                "path": "s3://bettrdata-acme/converted/vendor_a.csv",
                "mergeInputType": "UNION",
                "mergeDetails": {"priority": 1, "segments": [{"name": "a", "window": 10, "take": {"strategy": "ALL"}}]},
            }
        ],
    }
).encode()


class Connection:
    """A keep-alive HTTP/1.1 connection that sends prepared bytes and reads a Content-Length or chunked answer.

    Far cheaper than a full client, so that on a small machine the load generator costs little beside the
    server it measures; every mock is measured with this same loop.
    """

    def __init__(self, base_url: str) -> None:
        host, port = base_url.removeprefix("http://").split(":")
        self._socket = socket.create_connection((host, int(port)), timeout=30)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = b""

    def exchange(self, request: bytes) -> int:
        self._socket.sendall(request)
        head = self._take_until(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        fields = {
            name.strip().lower(): value.strip() for name, _, value in (line.partition(b":") for line in lines[1:])
        }
        if b"content-length" in fields:
            self._take(int(fields[b"content-length"]))
        elif fields.get(b"transfer-encoding") == b"chunked":
            self._skip_chunked_body()
        else:
            raise SystemExit(f"answer without Content-Length or chunked body: {head!r}")
        return int(lines[0].split()[1])

    def _skip_chunked_body(self) -> None:
        while size := int(self._take_until(b"\r\n").split(b";")[0], 16):
            self._take(size + len(b"\r\n"))
        while self._take_until(b"\r\n"):  # trailer fields, up to the empty line that ends the answer
            pass

    def _take_until(self, separator: bytes) -> bytes:
        while separator not in self._buffer:
            self._receive()
        taken, self._buffer = self._buffer.split(separator, 1)
        return taken

    def _take(self, size: int) -> None:
        while len(self._buffer) < size:
            self._receive()
        self._buffer = self._buffer[size:]

    def _receive(self) -> None:
        chunk = self._socket.recv(65536)
        if not chunk:
            raise SystemExit("the server closed the connection")
        self._buffer += chunk

    def close(self) -> None:
        self._socket.close()


def _request(method: str, target: str, body: bytes = b"", content_type: str | None = None) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {TOKEN}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


SMALL_GET = _request("GET", "/datafile?limit=1")
VALIDATED_POST = _request("POST", "/mergerun", MERGE_RUN, "application/json")
ACCESS_RULE_GET = _request("GET", "/v2/access-rules/1")
Request = Callable[[Connection], None]


def answered_200(request: bytes) -> Request:
    """A step of the load loop: sends `request` and stops the benchmark on any answer but 200."""
    request_line = request.split(b"\r\n", 1)[0].decode()

    def send(connection: Connection) -> None:
        status = connection.exchange(request)
        if status != 200:
            raise SystemExit(f"{request_line} answered {status}")

    return send


small_get = answered_200(SMALL_GET)
validated_post = answered_200(VALIDATED_POST)
access_rule_get = answered_200(ACCESS_RULE_GET)


@dataclass(frozen=True)
class Target:
    """A spec served by a mock, and the request whose first 2xx answer shows that the mock serves it."""

    vendor: str
    probe: bytes

    @property
    def spec(self) -> Path:
        return REPOSITORY / "specs" / f"{self.vendor}.yaml"


BETTRDATA = Target("bettrdata", SMALL_GET)
NARRATIVE = Target("narrative", ACCESS_RULE_GET)


@dataclass(frozen=True)
class Server:
    """A mock process serving on `base_url`, and how its start went."""

    command: list[str]
    base_url: str
    pid: int
    start_seconds: float  # from spawning the process to the first 2xx answer of its target's probe
    first_status: int


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _status_on_new_connection(base_url: str, request: bytes) -> int | None:
    """The status answered to `request` on a connection of its own; None while nothing listens on the port."""
    try:
        connection = Connection(base_url)
    except ConnectionRefusedError:
        return None
    try:
        return connection.exchange(request)
    finally:
        connection.close()


def _first_success(base_url: str, process: subprocess.Popen[str], name: str, probe: bytes) -> int:
    """Sends `probe` every few milliseconds until it is answered 2xx, and returns that status."""
    deadline = time.monotonic() + START_DEADLINE_SECONDS
    status = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited at start (exit status {process.returncode})")
        status = _status_on_new_connection(base_url, probe)
        if status is not None and 200 <= status < 300:
            return status
        time.sleep(START_POLL_SECONDS)
    last = "nothing listened" if status is None else f"last answer {status}"
    raise SystemExit(f"{name} answered no 2xx within {START_DEADLINE_SECONDS} s ({last})")


@contextmanager
def _process(command: list[str], name: str, port: int, probe: bytes) -> Iterator[Server]:
    spawned = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        status = _first_success(base_url, process, name, probe)
        yield Server(command, base_url, process.pid, time.perf_counter() - spawned, status)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class Mock:
    """A mock server program: its executable, and its arguments to serve a target on a port."""

    name: str
    executable: Path
    arguments: Callable[[Target, int], list[str]]

    def installed(self) -> bool:
        return self.executable.exists()

    def serve(self, target: Target) -> AbstractContextManager[Server]:
        port = _free_port()
        return _process([str(self.executable), *self.arguments(target, port)], self.name, port, target.probe)


APIMOCK = Mock(
    "apimock",
    Path(sys.executable),
    lambda target, port: ["-m", "apimock", target.vendor, "--port", str(port), "--token", TOKEN],
)
PRISM = Mock(
    "Prism", NODE_BIN / "prism", lambda target, port: ["mock", str(target.spec), "-h", "127.0.0.1", "-p", str(port)]
)
# Steady needs no flag to serve narrative.yaml (its default host, localhost, is 127.0.0.1 here); -q drops its log
# line per request, as apimock runs without an access log.
STEADY = Mock(
    "Steady",
    NODE_BIN / "steady",
    lambda target, port: ["--host", "127.0.0.1", "-p", str(port), "-q", str(target.spec)],
)


def installed(mocks: list[Mock]) -> list[Mock]:
    """The mocks whose program is there; says which are not."""
    for mock in mocks:
        if not mock.installed():
            print(f"  {mock.name} is not installed (run `make`): no figures or ratios for it")
    return [mock for mock in mocks if mock.installed()]


def requests_per_second(base_url: str, request: Request, clients: int, seconds: float) -> float:
    """Each client (a thread) sends `request` back to back on one keep-alive connection for `seconds`."""
    counts = [0] * clients
    start = threading.Barrier(clients + 1)
    stop = time.monotonic() + seconds + 0.5

    def loop(index: int) -> None:
        connection = Connection(base_url)
        try:
            request(connection)
            start.wait()
            while time.monotonic() < stop:
                request(connection)
                counts[index] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=loop, args=(index,)) for index in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.monotonic()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.monotonic() - began)


def _status_field(pid: int, field: str) -> str:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return line.split(":", 1)[1].strip()
    return ""


def _process_tree(pid: int) -> list[int]:
    """The process and its descendants, parents first."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue  # the process ended meanwhile
    tree = [pid]
    for member in tree:  # grows while it is walked: each member's children are walked in turn
        tree.extend(child for child, parent in parents.items() if parent == member)
    return tree


def rss_by_process(pid: int) -> list[tuple[str, int]]:
    """The name and resident memory (KiB) of the process and of each of its descendants."""
    return [
        (_status_field(member, "Name"), int((_status_field(member, "VmRSS") or "0 kB").split()[0]))
        for member in _process_tree(pid)
    ]


def rss_kib(pid: int) -> int:
    """The resident memory of the process and its descendants, in KiB."""
    return sum(kib for _, kib in rss_by_process(pid))


@dataclass(frozen=True)
class Column:
    """A column of the start-up table; `better` and `worse` word apimock's ratio to another mock."""

    title: str
    value_format: str
    lower_is_better: bool
    better: str
    worse: str

    def ratio(self, ours: float, theirs: float) -> str:
        advantage = theirs / ours if self.lower_is_better else ours / theirs
        return f"{advantage:.1f}x {self.better}" if advantage >= 1 else f"{1 / advantage:.1f}x {self.worse}"


STARTUP_COLUMNS = (
    Column("start to first answer (s)", ".2f", True, "faster", "slower"),
    Column("RSS after start (MiB)", ".1f", True, "lighter", "heavier"),
    Column("sequential req/s", ".0f", False, "faster", "slower"),
    Column(f"{CONCURRENCY} connections req/s", ".0f", False, "faster", "slower"),
)


@dataclass(frozen=True)
class StartupFigures:
    """One mock's figures on the Narrative request, in the order of STARTUP_COLUMNS."""

    server: Server
    rss: list[tuple[str, int]]
    sequential: float
    concurrent: float

    def values(self) -> tuple[float, float, float, float]:
        rss_mib = sum(kib for _, kib in self.rss) / 1024
        return self.server.start_seconds, rss_mib, self.sequential, self.concurrent


def measure_startup(mock: Mock, seconds: float) -> StartupFigures:
    with mock.serve(NARRATIVE) as server:
        rss = rss_by_process(server.pid)
        sequential = requests_per_second(server.base_url, access_rule_get, 1, seconds)
        concurrent = requests_per_second(server.base_url, access_rule_get, CONCURRENCY, seconds)
    return StartupFigures(server, rss, sequential, concurrent)


def _row(label: str, answer: str, cells: list[str]) -> str:
    widths = [len(column.title) for column in STARTUP_COLUMNS]
    return f"  {label:16} {answer:>6}  " + "  ".join(
        cell.rjust(width) for cell, width in zip(cells, widths, strict=True)
    )


def _shown(command: list[str]) -> str:
    return " ".join(command).replace(f"{REPOSITORY}/", "")


def print_startup_table(figures: dict[str, StartupFigures]) -> None:
    print(_row("mock", "answer", [column.title for column in STARTUP_COLUMNS]))
    for name, figure in figures.items():
        cells = [
            format(value, column.value_format) for value, column in zip(figure.values(), STARTUP_COLUMNS, strict=True)
        ]
        print(_row(name, str(figure.server.first_status), cells))
    ours = figures.get(APIMOCK.name)
    for name, theirs in figures.items():
        if ours is not None and name != APIMOCK.name:
            pairs = zip(ours.values(), theirs.values(), STARTUP_COLUMNS, strict=True)
            print(_row(f"apimock/{name}", "", [column.ratio(our, their) for our, their, column in pairs]))
    print("  (apimock/X: how apimock compares with X; answer: the status of the first 2xx answer of the request)")
    if ours is not None:
        print_startup_targets(figures)
    for name, figure in figures.items():
        processes = " + ".join(f"{process} {kib / 1024:.1f}" for process, kib in figure.rss)
        print(f"  {name}: `{_shown(figure.server.command)}`; RSS MiB by process: {processes}")


def _verdict(holds: bool) -> str:
    return "met" if holds else "NOT met"


def print_startup_targets(figures: dict[str, StartupFigures]) -> None:
    """Issue 14's targets for the Narrative figures, each with whether this run meets it."""
    start, rss, sequential, concurrent = figures[APIMOCK.name].values()
    lines = [f"start under 1 s: {_verdict(start < 1.0)}", f"RSS under 200 MiB: {_verdict(rss < 200)}"]
    if STEADY.name in figures:
        _, _, steady_sequential, steady_concurrent = figures[STEADY.name].values()
        at_least = sequential >= steady_sequential and concurrent >= steady_concurrent
        lines.append(f"req/s at least Steady's, sequential and {CONCURRENCY} connections: {_verdict(at_least)}")
    if PRISM.name in figures:
        _, _, prism_sequential, prism_concurrent = figures[PRISM.name].values()
        tenfold = sequential >= 10 * prism_sequential and concurrent >= 10 * prism_concurrent
        lines.append(f"req/s at least 10x Prism's: {_verdict(tenfold)}")
    print("  targets: " + "; ".join(lines))


def narrative_side_by_side(seconds: float) -> None:
    print(
        f"  GET /v2/access-rules/1 with a bearer token, keep-alive, {seconds:g} s per req/s figure, one mock at a time"
    )
    figures = {mock.name: measure_startup(mock, seconds) for mock in installed([APIMOCK, PRISM, STEADY])}
    print_startup_table(figures)


def throughput(seconds: float) -> None:
    cases: list[tuple[str, Request, int]] = [
        ("small GET, sequential keep-alive", small_get, 1),
        (f"small GET, {CONCURRENCY} concurrent clients", small_get, CONCURRENCY),
        ("POST with body validation, sequential", validated_post, 1),
        (f"POST with body validation, {CONCURRENCY} concurrent", validated_post, CONCURRENCY),
    ]
    figures: dict[str, dict[str, float]] = {APIMOCK.name: {}, PRISM.name: {}}
    for mock in installed([APIMOCK, PRISM]):
        with mock.serve(BETTRDATA) as server:
            for label, request, clients in cases:
                figures[mock.name][label] = requests_per_second(server.base_url, request, clients, seconds)
    print(f"  {'requests/s':46} {'apimock':>9} {'Prism':>9} {'ratio':>7}")
    for label, _, _ in cases:
        ours, theirs = figures[APIMOCK.name][label], figures[PRISM.name].get(label)
        if theirs is None:
            print(f"  {label:46} {ours:9.0f} {'-':>9} {'-':>7}")
        else:
            print(f"  {label:46} {ours:9.0f} {theirs:9.0f} {ours / theirs:6.2f}x")
    posts = [label for label, request, _ in cases if request is validated_post]
    if all(label in figures[PRISM.name] for label in posts):
        fivefold = all(figures[APIMOCK.name][label] >= 5 * figures[PRISM.name][label] for label in posts)
        print(f"  target: POST with body validation at least 5x Prism: {_verdict(fivefold)}")


def memory(total: int) -> None:
    with APIMOCK.serve(BETTRDATA) as server:
        per_client = total // CONCURRENCY
        requests_per_second(server.base_url, small_get, CONCURRENCY, 1.0)
        before = rss_kib(server.pid)

        def loop() -> None:
            connection = Connection(server.base_url)
            try:
                for _ in range(per_client):
                    small_get(connection)
            finally:
                connection.close()

        threads = [threading.Thread(target=loop) for _ in range(CONCURRENCY)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        after = rss_kib(server.pid)
    print(f"  apimock RSS after warm-up:               {before / 1024:7.1f} MiB")
    print(f"  apimock RSS after {per_client * CONCURRENCY:,} more GETs:      {after / 1024:7.1f} MiB")
    print(f"  growth:                                  {(after - before) / 1024:7.1f} MiB (reads add no data)")


def contract_suite() -> None:
    started = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "tests/contract", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-200:]
    verdict = f"target under 120 s: {_verdict(elapsed < 120)}"
    print(f"  contract suite, every spec (tests/contract): {elapsed:6.1f} s   ({summary}; {verdict})")


def main() -> None:
    seconds = float(os.environ.get("MOCK_BENCH_SECONDS", "3"))
    print("mock (apimock beside Prism 5.14.2 and Steady 0.22.2, specs/narrative.yaml)")
    narrative_side_by_side(seconds)
    print("mock (apimock beside Prism 5.14.2, specs/bettrdata.yaml)")
    throughput(seconds)
    memory(int(os.environ.get("MOCK_BENCH_MEMORY_REQUESTS", "100000")))
    if os.environ.get("MOCK_BENCH_SUITE", "1") != "0":
        contract_suite()


if __name__ == "__main__":
    main()
