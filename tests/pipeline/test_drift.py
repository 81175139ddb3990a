"""`check`: a fresh build compared with generated/, every differing file listed."""

from __future__ import annotations

import pytest

from .conftest import Checkout, tree_digest

pytestmark = pytest.mark.slow


def test_check_passes_when_generated_matches_the_specs(checkout: Checkout) -> None:
    result = checkout.run("check")

    assert result.returncode == 0, result.stderr
    assert "bettrdata: in step with its spec" in result.stdout
    assert "tiny: in step with its spec" in result.stdout


def test_check_lists_every_file_that_differs_and_changes_nothing(checkout: Checkout) -> None:
    package = checkout.generated / "tiny" / "tiny_client"
    (package / "client.py").write_text((package / "client.py").read_text() + "\n# edited by hand\n")
    (package / "models" / "thing.py").unlink()
    (package / "notes.py").write_text("X = 1\n")
    before = tree_digest(checkout.generated)

    result = checkout.run("check", "tiny")

    assert result.returncode == 1
    assert "generated/tiny/tiny_client/client.py: differs from what the specs produce" in result.stderr
    assert "generated/tiny/tiny_client/models/thing.py: missing (the specs produce it)" in result.stderr
    assert "generated/tiny/tiny_client/notes.py: not produced by the specs" in result.stderr
    assert tree_digest(checkout.generated) == before


def test_check_fails_when_a_spec_changed_without_regenerating(checkout: Checkout) -> None:
    spec = checkout.spec("tiny")
    spec.write_text(spec.read_text().replace("summary: Read a thing", "summary: Fetch a thing"))

    result = checkout.run("check", "tiny")

    assert result.returncode == 1
    assert "generated/tiny/.inputs.sha256: differs" in result.stderr
    assert "generated/tiny/tiny_client/api/default/get_thing.py: differs" in result.stderr

    assert checkout.run("generate").returncode == 0
    assert checkout.run("check").returncode == 0
