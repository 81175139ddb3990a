"""The README's script, run as a user would: against BettrData (the stand-in, served over HTTP) and moto's Cognito."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import bettrdata_client

from .conftest import MOTO_PASSWORD, Pool
from .standin import FakeBettrData, LocalServer

SCRIPT = Path(__file__).with_name("readme_example.py")


def _run(pool: Pool, server: LocalServer, password: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "BETTRDATA_BASE_URL": server.base_url,
        "BETTRDATA_USERNAME": "analyst",
        "BETTRDATA_PASSWORD": password,
        "BETTRDATA_CLIENT_ID": pool.client_id,
        "BETTRDATA_COGNITO_ENDPOINT": pool.endpoint,
    }
    # The script runs against the same package as these tests, wherever it was imported from.
    package_root = Path(bettrdata_client.__file__).parent.parent
    launcher = f"import runpy, sys; sys.path.insert(0, {str(package_root)!r}); runpy.run_path({str(SCRIPT)!r})"
    command = [sys.executable, "-c", launcher]
    return subprocess.run(command, env=environ, capture_output=True, text=True, timeout=60, check=False)


def test_the_readme_script_runs(pool: Pool) -> None:
    fake = FakeBettrData(accept_token=lambda token: token.count(".") == 2)  # moto's JWTs
    with LocalServer(fake) as server:
        result = _run(pool, server, MOTO_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "count: started",
        "count: in progress",
        "count: in progress",
        "count: end",
        "order 66a1b2c3d4e5f6a7b8c9d0e1: 2500 rows, the first {'segment': 'High spenders', 'row': 0}",
    ]


def test_the_readme_script_reports_a_wrong_password_readably(pool: Pool) -> None:
    with LocalServer(FakeBettrData()) as server:
        result = _run(pool, server, "not-the-password")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "BettrData: sign-in (USER_PASSWORD_AUTH) failed with 400: "
        "NotAuthorizedException: Incorrect username or password."
    )
    assert "not-the-password" not in result.stderr


def test_the_readme_shows_this_very_script() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    script = SCRIPT.read_text(encoding="utf-8")
    assert script[script.index("import sys\n") :] in readme
