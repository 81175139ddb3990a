"""A scratch checkout holding the project's rulesets and pinned npm tools, and specs a test puts in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
COPIED = (".spectral.yaml", "redocly.yaml", ".redocly.lint-ignore.yaml", "package-lock.json", "lint")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    if not (REPOSITORY / "node_modules" / ".bin" / "spectral").exists():
        pytest.fail("node_modules/.bin/spectral is missing: run `make` first (it installs the pinned npm tools)")
    for name in COPIED:
        source = REPOSITORY / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(REPOSITORY / "node_modules")
    (tmp_path / "specs").mkdir()
    return tmp_path


def add_spec(checkout: Path, fixture: str, vendor: str) -> Path:
    target = checkout / "specs" / f"{vendor}.yaml"
    shutil.copy(FIXTURES / f"{fixture}.yaml", target)
    return target
