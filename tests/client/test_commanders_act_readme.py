"""The README's Commanders Act example, run against apimock served over HTTP (the mock's URL and token swapped in)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import apimock

from ..servers import served

README = Path(__file__).resolve().parents[2] / "README.md"
DOCUMENTED_URL = 'site_id="1234"'
DOCUMENTED_TOKEN = '"<user or Data Account token>"'


def _example() -> str:
    section = README.read_text(encoding="utf-8").split("## Commanders Act", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README's Commanders Act section has no Python example"
    return found.group(1)


def test_the_readme_example_runs_against_the_mock() -> None:
    code = _example()
    assert DOCUMENTED_URL in code
    assert DOCUMENTED_TOKEN in code
    with served(apimock.create_app("commanders_act", tokens={"readme-token"}, validate_responses=True)) as url:
        base_url = f"base_url={url + '/v2/1234'!r}"
        code = code.replace(DOCUMENTED_URL, base_url).replace(DOCUMENTED_TOKEN, '"readme-token"')
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, "README.md (Commanders Act)", "exec"), {})
    assert printed.getvalue().splitlines() == [
        "Javascript SDK ['Advertising']",
        "1 Javascript SDK ['98']",
        "NOT_FOUND {'parameter': 'id'}",
    ]
