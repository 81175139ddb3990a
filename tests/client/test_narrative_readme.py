"""The README's client-object example (Narrative), run as written against apimock served over HTTP, the base URL
from the environment as a user would set `NARRATIVE_BASE_URL`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import apimock

from ..servers import served

README = Path(__file__).resolve().parents[2] / "README.md"
TOKEN = "<Narrative API token>"  # the example's placeholder, accepted by the mock as it is


def narrative_example() -> str:
    section = README.read_text(encoding="utf-8").split("## The clients", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the README's client section has no Python example"
    return block.group(1)


def test_the_readme_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with served(apimock.create_app("narrative", tokens={TOKEN}, validate_responses=True)) as url:
        monkeypatch.setenv("NARRATIVE_BASE_URL", url)
        exec(compile(narrative_example(), str(README), "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len([line for line in printed if line.startswith("rule ")]) == 2, "every stored rule, one per page"
    assert printed[-2] == "read 200 True"
    assert printed[-1] == "missing 404"
