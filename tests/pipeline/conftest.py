"""A throwaway copy of the project's pipeline inputs, so tests can edit specs and break things freely."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class PipelineRun:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Checkout:
    """A workspace holding the real BettrData spec, its committed output, and the tiny fixture vendor."""

    root: Path

    def run(self, *arguments: str) -> PipelineRun:
        command = [sys.executable, "-m", "scripts.pipeline", "--root", str(self.root), *arguments]
        result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)
        return PipelineRun(result.returncode, result.stdout, result.stderr)

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def spec(self, vendor: str) -> Path:
        return self.root / "specs" / f"{vendor}.yaml"


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` mapped to the digest of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="session")
def generated_tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny vendor generated once per session; tests copy it instead of regenerating."""
    root = tmp_path_factory.mktemp("tiny-source")
    _lay_out(root, with_bettrdata_output=False)
    checkout = Checkout(root)
    result = checkout.run("generate", "tiny")
    assert result.returncode == 0, result.stderr
    return root / "generated" / "tiny"


@pytest.fixture
def checkout(tmp_path: Path, generated_tiny: Path) -> Checkout:
    root = tmp_path / "checkout"
    _lay_out(root, with_bettrdata_output=True)
    shutil.copytree(generated_tiny, root / "generated" / "tiny")
    return Checkout(root)


def _lay_out(root: Path, *, with_bettrdata_output: bool) -> None:
    (root / "specs").mkdir(parents=True)
    (root / "requirements").mkdir()
    shutil.copy(REPOSITORY / "specs" / "bettrdata.yaml", root / "specs" / "bettrdata.yaml")
    shutil.copy(FIXTURES / "tiny.yaml", root / "specs" / "tiny.yaml")
    shutil.copy(REPOSITORY / "requirements" / "lock.txt", root / "requirements" / "lock.txt")
    shutil.copytree(
        REPOSITORY / "overrides",
        root / "overrides",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    (root / "generated").mkdir()
    if with_bettrdata_output:
        shutil.copytree(
            REPOSITORY / "generated" / "bettrdata",
            root / "generated" / "bettrdata",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache"),
        )
