"""apimock beside Prism 5.14.2 on the same spec and the same request loop; the contract suite's wall time; the
memory of one mock process after many requests.

Both mocks run as separate processes on 127.0.0.1 and are measured in this run, so the ratios do not depend on
the machine. Settings: MOCK_BENCH_SECONDS (per measurement, default 3), MOCK_BENCH_MEMORY_REQUESTS (default
100000), MOCK_BENCH_SUITE=0 to skip timing the contract suite.
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
from pathlib import Path

import httpx

REPOSITORY = Path(__file__).resolve().parent.parent
SPEC = REPOSITORY / "specs" / "bettrdata.yaml"
PRISM = REPOSITORY / "node_modules" / ".bin" / "prism"
TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}
CONCURRENCY = 8
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
    """A keep-alive HTTP/1.1 connection that sends prepared bytes and reads a Content-Length answer.

    Far cheaper than a full client, so that on a small machine the load generator costs little beside the
    server it measures; both mocks are measured with this same loop.
    """

    def __init__(self, base_url: str) -> None:
        host, port = base_url.removeprefix("http://").split(":")
        self._socket = socket.create_connection((host, int(port)), timeout=30)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = b""

    def exchange(self, request: bytes) -> int:
        self._socket.sendall(request)
        while b"\r\n\r\n" not in self._buffer:
            self._receive()
        head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = next(
            (int(line.split(b":", 1)[1]) for line in lines if line.lower().startswith(b"content-length:")), None
        )
        if length is None:
            raise SystemExit(f"answer without Content-Length: {head!r}")
        while len(self._buffer) < length:
            self._receive()
        self._buffer = self._buffer[length:]
        return status

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
Request = Callable[[Connection], None]


def small_get(connection: Connection) -> None:
    status = connection.exchange(SMALL_GET)
    if status != 200:
        raise SystemExit(f"GET /datafile answered {status}")


def validated_post(connection: Connection) -> None:
    status = connection.exchange(VALIDATED_POST)
    if status != 200:
        raise SystemExit(f"POST /mergerun answered {status}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(base_url: str, process: subprocess.Popen[str], name: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited at start")
        try:
            httpx.get(base_url + "/datafile", headers=HEADERS, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"{name} did not start within 60 s")


@contextmanager
def _process(command: list[str], name: str, port: int) -> Iterator[tuple[str, int]]:
    process = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, process, name)
        yield base_url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def apimock_server() -> AbstractContextManager[tuple[str, int]]:
    port = _free_port()
    command = [sys.executable, "-m", "apimock", "bettrdata", "--port", str(port), "--token", TOKEN]
    return _process(command, "apimock", port)


def prism_server() -> AbstractContextManager[tuple[str, int]]:
    port = _free_port()
    return _process([str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)], "Prism", port)


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


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def throughput(seconds: float) -> None:
    cases: list[tuple[str, Request, int]] = [
        ("small GET, sequential keep-alive", small_get, 1),
        (f"small GET, {CONCURRENCY} concurrent clients", small_get, CONCURRENCY),
        ("POST with body validation, sequential", validated_post, 1),
        (f"POST with body validation, {CONCURRENCY} concurrent", validated_post, CONCURRENCY),
    ]
    figures: dict[str, dict[str, float]] = {"apimock": {}, "prism": {}}
    servers = [("apimock", apimock_server)] + ([("prism", prism_server)] if PRISM.exists() else [])
    for name, server in servers:
        with server() as (base_url, _):
            for label, request, clients in cases:
                figures[name][label] = requests_per_second(base_url, request, clients, seconds)
    if not PRISM.exists():
        print("  Prism is not installed (run `make`): apimock's figures only, no ratios")
    print(f"  {'requests/s':46} {'apimock':>9} {'Prism':>9} {'ratio':>7}")
    for label, _, _ in cases:
        ours, theirs = figures["apimock"][label], figures["prism"].get(label)
        if theirs is None:
            print(f"  {label:46} {ours:9.0f} {'-':>9} {'-':>7}")
        else:
            print(f"  {label:46} {ours:9.0f} {theirs:9.0f} {ours / theirs:6.2f}x")


def memory(total: int) -> None:
    with apimock_server() as (base_url, pid):
        per_client = total // CONCURRENCY
        requests_per_second(base_url, small_get, CONCURRENCY, 1.0)
        before = rss_kib(pid)

        def loop() -> None:
            connection = Connection(base_url)
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
        after = rss_kib(pid)
    print(f"  apimock RSS after warm-up:               {before / 1024:7.1f} MiB")
    print(f"  apimock RSS after {per_client * CONCURRENCY:,} more GETs:      {after / 1024:7.1f} MiB")
    print(f"  growth:                                  {(after - before) / 1024:7.1f} MiB (reads add no data)")


def contract_suite() -> None:
    started = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "tests/contract", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-200:]
    print(f"  contract suite, every spec (tests/contract): {elapsed:6.1f} s   ({summary}; target under 180 s)")


def main() -> None:
    seconds = float(os.environ.get("MOCK_BENCH_SECONDS", "3"))
    print("mock (apimock beside Prism 5.14.2, specs/bettrdata.yaml)")
    throughput(seconds)
    memory(int(os.environ.get("MOCK_BENCH_MEMORY_REQUESTS", "100000")))
    if os.environ.get("MOCK_BENCH_SUITE", "1") != "0":
        contract_suite()


if __name__ == "__main__":
    main()
