"""`python -m scripts.specdiff` (`make diff`) on a branch of a scratch repository that removes a response field."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MODEL = "class Thing:\n    id: str\n    name: str\n    size: float | Unset = UNSET\n"


def git(root: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=root, check=True, capture_output=True)


def specdiff(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scripts.specdiff", "--root", str(root), *arguments]
    return subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)


@pytest.fixture
def branch(tmp_path: Path) -> Path:
    """main holds the `acme` spec and its client; the checked-out branch removes `Thing.size` from both."""
    (tmp_path / "node_modules").symlink_to(REPOSITORY / "node_modules")
    shutil.copy(REPOSITORY / "redocly.yaml", tmp_path / "redocly.yaml")
    (tmp_path / ".gitignore").write_text("/node_modules\n/.build/\n")
    (tmp_path / "specs").mkdir()
    shutil.copy(FIXTURES / "base.yaml", tmp_path / "specs" / "acme.yaml")
    model = tmp_path / "generated" / "acme" / "acme_client" / "models" / "thing.py"
    model.parent.mkdir(parents=True)
    model.write_text(MODEL)
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "base")
    git(tmp_path, "checkout", "--quiet", "-b", "remove-size")
    shutil.copy(FIXTURES / "response_field_removed.yaml", tmp_path / "specs" / "acme.yaml")
    model.write_text(MODEL.replace("    size: float | Unset = UNSET\n", ""))
    return tmp_path


def test_a_removed_field_is_printed_as_breaking(branch: Path) -> None:
    result = specdiff(branch)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("acme: 1 breaking, 0 not breaking in the spec; 1 client name(s) removed or changed")
    pointer = "#/paths/~1things/get/responses/200/content/application~1json/schema/items/properties/size"
    assert any(
        line.startswith("  BREAKING") and "list_things (GET /things)" in line and pointer in line for line in lines
    )
    assert (
        "  BREAKING      client removed  acme_client.models.thing.Thing.size: was `size: float | Unset = UNSET`"
        in lines
    )


def test_fail_on_breaking_exits_1(branch: Path) -> None:
    assert specdiff(branch, "--fail-on-breaking").returncode == 1


def test_no_change_against_the_branch_itself(branch: Path) -> None:
    git(branch, "add", ".")
    git(branch, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "remove size")
    result = specdiff(branch, "HEAD")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("acme: no change since HEAD (")


def test_an_unknown_ref_is_an_error_naming_it(branch: Path) -> None:
    result = specdiff(branch, "no-such-branch")
    assert result.returncode == 2
    assert "unknown git ref 'no-such-branch'" in result.stderr
