"""Typing is tested, not hoped for: typed user code passes `mypy --strict --disallow-any-expr`, and the mistakes
a user can make are rejected by mypy, each on its line with the expected error code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
CACHE = REPOSITORY / ".mypy_cache"
_EXPECT = re.compile(r"#\s*expect:\s*([a-z-]+)")
_REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def run_mypy(*arguments: str) -> tuple[str, int]:
    stdout, stderr, status = api.run(["--strict", "--cache-dir", str(CACHE), "--no-error-summary", *arguments])
    return stdout + stderr, status


@pytest.mark.parametrize("usage", sorted((HERE / "usage").glob("*.py")), ids=lambda path: path.stem)
def test_typed_usage_passes_strict_with_no_any(usage: Path) -> None:
    output, status = run_mypy("--disallow-any-expr", str(usage))
    assert status == 0, output


@pytest.mark.parametrize("mistakes", sorted((HERE / "mistakes").glob("*.py")), ids=lambda path: path.stem)
def test_each_mistake_is_rejected_on_its_line(mistakes: Path) -> None:
    expected = {
        number: match.group(1)
        for number, line in enumerate(mistakes.read_text().splitlines(), start=1)
        if (match := _EXPECT.search(line))
    }
    assert expected, f"{mistakes.name} marks no mistake"
    output, _ = run_mypy(str(mistakes))
    reported: dict[int, set[str]] = {}
    for line in output.splitlines():
        match = _REPORTED.match(line.strip())
        if match and Path(match.group("file")).name == mistakes.name:
            reported.setdefault(int(match.group("line")), set()).add(match.group("code"))
    missed = {number: code for number, code in expected.items() if code not in reported.get(number, set())}
    assert not missed, f"mypy accepted these mistakes (line: expected code): {missed}\n{output}"
    unexpected = sorted(set(reported) - set(expected))
    assert not unexpected, f"mypy reported lines not marked as mistakes: {unexpected}\n{output}"
