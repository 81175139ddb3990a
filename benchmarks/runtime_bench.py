"""The client runtime's costs, as ratios and latencies measured in this run.

1. Per-request overhead: the same GET through a client built with `connect` (auth, retries, rate limiting,
   typed errors) and through a bare `httpx.Client`, both on the same in-process mock. Target: within 10%.
2. Stream latency: from an event leaving a local HTTP server to the caller of `stream_count_status`.
   Target: under 50 ms (no buffering).
3. Resilience: 1,000 calls with 30% of answers 503 or 429 (fake clock: back-off costs no real time).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx
from bettrdata_client import RetryPolicy, connect
from bettrdata_client.api.datafiles import search_datafiles
from bettrdata_client.lib.counts import CountUnknownEvent, stream_count_status

from tests.runtime.standin import FakeBettrData, FakeClock, LocalServer, StreamPlan

BODY = b'[{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", "fileName": "acme_customers.csv"}]'


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"Content-Type": "application/json"})


def _per_call(action: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        action()
    return (time.perf_counter() - started) / calls


def overhead(calls: int = 2000, rounds: int = 7) -> tuple[float, float, float]:
    mock = httpx.MockTransport(_answer)
    bare = httpx.Client(
        base_url="https://acme.bettrdata.test", transport=mock, headers={"Authorization": "Bearer t0ken"}
    )
    runtime = connect("https://acme.bettrdata.test", auth="t0ken", transport=mock, environ={}).get_httpx_client()
    bare_times, runtime_times = [], []
    for _ in range(rounds):  # interleaved, so both sides see the same machine
        bare_times.append(_per_call(lambda: bare.get("/datafile"), calls))
        runtime_times.append(_per_call(lambda: runtime.get("/datafile"), calls))
    bare_median, runtime_median = statistics.median(bare_times), statistics.median(runtime_times)
    return runtime_median / bare_median, bare_median, runtime_median


def stream_latency(events: int = 100, interval: float = 0.01) -> list[float]:
    def stamp(data: bytes) -> list[bytes]:
        time.sleep(interval)  # a server that emits an event every `interval` seconds
        return [data.replace(b'"SENT"', f'"{time.perf_counter()!r}"'.encode())]

    plan = [{"status": "in progress", "sent": "SENT"} for _ in range(events)] + [{"status": "end", "sent": "SENT"}]
    fake = FakeBettrData(accept_token=lambda token: token == "t0ken")
    fake.streams["bench"] = StreamPlan(plan, chunks=stamp)
    latencies = []
    with LocalServer(fake) as server, connect(server.base_url, auth="t0ken", environ={}) as client:
        for event in stream_count_status(client, "bench", "SNOWFLAKE"):
            sent = event.raw["sent"] if isinstance(event, CountUnknownEvent) else event["sent"]
            latencies.append(time.perf_counter() - float(str(sent)))
    return latencies


def resilience(calls: int = 1000, fault_rate: float = 0.3) -> tuple[int, int, float]:
    clock = FakeClock()
    fake = FakeBettrData(clock, accept_token=lambda token: token == "t0ken")
    fake.fault_rate = fault_rate
    client = connect(
        fake.base_url,
        auth="t0ken",
        transport=fake.transport,
        clock=clock,
        max_retries=10,
        retry_policy=RetryPolicy(budget_seconds=3600.0),
        environ={},
    )
    started = time.perf_counter()
    succeeded = sum(isinstance(search_datafiles.sync(client=client), list) for _ in range(calls))
    return succeeded, fake.count("GET", "/datafile"), time.perf_counter() - started


def main() -> None:
    ratio, bare, runtime = overhead()
    verdict = "target at most 1.05x: " + ("met" if ratio <= 1.05 else "NOT met")
    timings = f"{runtime * 1e6:.0f} vs {bare * 1e6:.0f} us"
    print(f"runtime overhead per request: {ratio:.3f}x a bare httpx client ({timings}; {verdict})")
    latencies = stream_latency()
    worst = max(latencies)
    print(
        f"stream event latency: median {statistics.median(latencies) * 1000:.2f} ms, "
        f"max {worst * 1000:.2f} ms over {len(latencies)} events ({'ok' if worst < 0.05 else 'over the 50 ms target'})"
    )
    succeeded, attempts, seconds = resilience()
    print(f"1000 calls with 30% injected 503/429: {succeeded} succeeded in {attempts} attempts ({seconds:.2f} s)")


if __name__ == "__main__":
    main()
