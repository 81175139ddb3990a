"""The pipeline's speed: `make` with nothing changed, and a full regeneration beside the bare generator.

The full regeneration validates the spec, runs both generators, adds overrides and formats; the bare
`openapi-python-client generate` of the same spec is its floor. Both run here, in this process's run, so the
ratio does not depend on the machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scripts.pipeline.build import build
from scripts.pipeline.layout import Workspace

REPOSITORY = Path(__file__).resolve().parent.parent
VENDOR = "bettrdata"


def _median_seconds(action: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _nothing_changed() -> None:
    command = [sys.executable, "-m", "scripts.pipeline", "generate"]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=True)
    if "regenerated" in result.stdout:
        raise SystemExit("generated/ was out of date: run `make` first, then the benchmark")


def _full_regeneration(scratch: Path) -> None:
    workspace = Workspace(REPOSITORY)
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        build(workspace.vendor(VENDOR), Path(folder) / VENDOR)


def _bare_generator(scratch: Path) -> None:
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(REPOSITORY / "specs" / f"{VENDOR}.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(Path(folder) / "out"),
        ]
        subprocess.run(command, capture_output=True, check=True)


def main() -> None:
    scratch = REPOSITORY / ".build"
    scratch.mkdir(exist_ok=True)
    nothing = _median_seconds(_nothing_changed, repeats=7)
    ours = _median_seconds(lambda: _full_regeneration(scratch), repeats=3)
    bare = _median_seconds(lambda: _bare_generator(scratch), repeats=3)
    print("pipeline")
    print(f"  make with nothing changed (whole pipeline CLI):  {nothing * 1000:7.0f} ms")
    print(f"  full regeneration of {VENDOR}:                   {ours:7.2f} s")
    print(f"  bare openapi-python-client generate, same spec:  {bare:7.2f} s")
    print(f"  ratio full / bare:                               {ours / bare:7.2f}x")
