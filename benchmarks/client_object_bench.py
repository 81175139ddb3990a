"""The client object's costs, measured side by side in this run.

1. Per call: `client.datafiles.search()` through `BettrData(...)` (typed method, per-call options, success
   check, model parsing, and the runtime's auth, retries and pacing) beside a bare `httpx.Client` GET of the same
   answer and beside the generated function on a `connect()` client, all on one in-process mock transport.
2. Import time: `import <package>` and a first resource touched, each in a fresh interpreter.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
from bettrdata_client import BettrData, connect
from bettrdata_client.api.datafiles import search_datafiles

BODY = b'[{"_id": "65f1c2a9e4b0a1b2c3d4e5f6", "fileName": "acme_customers.csv"}]'
BASE_URL = "https://acme.bettrdata.test"
PACKAGES = {"bettrdata_client": "BettrData", "narrative_client": "Narrative"}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"Content-Type": "application/json"})


def _per_call(action: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        action()
    return (time.perf_counter() - started) / calls


def per_call(calls: int = 2000, rounds: int = 7) -> dict[str, float]:
    mock = httpx.MockTransport(_answer)
    bare = httpx.Client(base_url=BASE_URL, transport=mock, headers={"Authorization": "Bearer t0ken"})
    connected = connect(BASE_URL, auth="t0ken", transport=mock, environ={})
    client = BettrData(base_url=BASE_URL, auth="t0ken", transport=mock, environ={})
    paths: dict[str, Callable[[], object]] = {
        "bare httpx GET": lambda: bare.get("/datafile"),
        "generated function on connect()": lambda: search_datafiles.sync(client=connected),
        "client object method": lambda: client.datafiles.search(),
    }
    times: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(rounds):  # interleaved, so every path sees the same machine
        for name, action in paths.items():
            times[name].append(_per_call(action, calls))
    client.close()
    return {name: statistics.median(values) for name, values in times.items()}


def import_seconds(package: str, touch: str, runs: int = 5) -> float:
    code = (
        f"import time; started = time.perf_counter(); import {package}; {touch}; print(time.perf_counter() - started)"
    )
    samples = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        samples.append(float(result.stdout.strip()))
    return statistics.median(samples)


def main() -> None:
    figures = per_call()
    bare = figures["bare httpx GET"]
    for name, seconds in figures.items():
        print(f"client call, {name}: {seconds * 1e6:.0f} us ({seconds / bare:.2f}x a bare httpx GET)")
    for package, name in PACKAGES.items():
        plain = import_seconds(package, "pass")
        with_client = import_seconds(package, f"{package}.{name}(base_url='https://x.test', environ={{}})")
        verdict = "met" if with_client < 0.3 else "NOT met"
        pydantic = "loaded" if _loads_pydantic_models(package, name) else "not loaded"
        print(
            f"import {package}: {plain:.3f} s; with its client object built: {with_client:.3f} s "
            f"(target under 0.3 s: {verdict}; pydantic_models {pydantic})"
        )


def _loads_pydantic_models(package: str, name: str) -> bool:
    code = f"import sys, {package}; {package}.{name}(base_url='https://x.test', environ={{}}); "
    code += f"print('{package}.pydantic_models' in sys.modules or 'pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip() == "True"


if __name__ == "__main__":
    main()
