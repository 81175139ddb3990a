"""`python -m apimock` serves a spec over HTTP on the port it announces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

REPOSITORY = Path(__file__).resolve().parents[2]


def test_cli_serves_the_spec_on_a_free_port() -> None:
    command = [sys.executable, "-m", "apimock", "bettrdata", "--port", "0", "--token", "cli-token"]
    process = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        announced = process.stdout.readline()
        assert announced.startswith("apimock: serving bettrdata on http://127.0.0.1:"), announced
        base_url = announced.split(" on ", 1)[1].strip()
        with httpx.Client(base_url=base_url, timeout=10) as http:
            spec = http.get("/openapi.json")
            files = http.get("/datafile", params={"limit": 2}, headers={"Authorization": "Bearer cli-token"})
            refused = http.get("/datafile")
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert spec.json()["info"]["title"] == "BettrData API"
    assert len(files.json()) == 2
    assert refused.status_code == 401
