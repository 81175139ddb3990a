"""The README's Celigo example, run as written against apimock served over HTTP (the base URL from the environment,
as a user would set `CELIGO_BASE_URL`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import apimock

from ..servers import served

README = Path(__file__).resolve().parents[2] / "README.md"
TOKEN = "<integrator.io API token>"  # the example's placeholder, accepted by the mock as it is


def celigo_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Celigo integrator.io", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the README's Celigo section has no Python example"
    return block.group(1)


def test_the_readme_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with served(apimock.create_app("celigo", tokens={TOKEN}, validate_responses=True)) as url:
        monkeypatch.setenv("CELIGO_BASE_URL", f"{url}/v1")
        exec(compile(celigo_example(), str(README), "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith(" •••••••")
    assert len([line for line in printed if line.startswith("{'recType': '813'")]) == 23
    assert printed[-2].startswith("create ['name', 'rest.authType'")
    assert printed[-1] == "update ['name']"
