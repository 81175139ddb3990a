"""Regenerate-on-change: only vendors whose inputs changed are rebuilt, and output is reproducible."""

from __future__ import annotations

import pytest

from scripts.pipeline.fingerprint import is_up_to_date
from scripts.pipeline.layout import Workspace

from .conftest import Checkout, tree_digest

pytestmark = pytest.mark.slow


def test_nothing_changed_means_every_vendor_is_up_to_date(checkout: Checkout) -> None:
    before = tree_digest(checkout.generated)

    result = checkout.run("generate")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("bettrdata: up to date ("), lines
    assert lines[1].startswith("tiny: up to date ("), lines
    assert tree_digest(checkout.generated) == before


def test_editing_one_spec_regenerates_only_that_vendor(checkout: Checkout) -> None:
    spec = checkout.spec("tiny")
    spec.write_text(spec.read_text().replace("summary: Read a thing", "summary: Read one thing"))
    tiny_before = tree_digest(checkout.generated / "tiny")
    bettrdata_before = tree_digest(checkout.generated / "bettrdata")

    result = checkout.run("generate")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bettrdata: up to date ("), lines
    assert lines[1].startswith("tiny: regenerated ("), lines
    assert tree_digest(checkout.generated / "bettrdata") == bettrdata_before
    changed = {
        name for name, digest in tree_digest(checkout.generated / "tiny").items() if tiny_before.get(name) != digest
    }
    assert "tiny_client/api/default/get_thing.py" in changed
    assert ".inputs.sha256" in changed
    assert "Read one thing" in (checkout.generated / "tiny/tiny_client/api/default/get_thing.py").read_text()
    assert checkout.run("generate").stdout.count("up to date") == 2


def test_a_vendor_override_regenerates_only_its_vendor(checkout: Checkout) -> None:
    override = checkout.root / "overrides" / "tiny" / "lib" / "extras.py"
    override.parent.mkdir(parents=True)
    override.write_text('"""Hand-written addition."""\n\nANSWER = 42\n')

    result = checkout.run("generate")

    assert result.returncode == 0, result.stderr
    assert "bettrdata: up to date" in result.stdout
    assert "tiny: regenerated" in result.stdout
    assert (checkout.generated / "tiny/tiny_client/lib/extras.py").read_text() == override.read_text()


def test_a_new_generator_pin_makes_every_vendor_stale(checkout: Checkout) -> None:
    lock = checkout.root / "requirements" / "lock.txt"
    vendors = Workspace(checkout.root).vendors()
    assert [is_up_to_date(vendor) for vendor in vendors] == [True, True]

    lock.write_text(lock.read_text().replace("openapi-python-client==0.29.1", "openapi-python-client==0.29.2"))

    assert [is_up_to_date(vendor) for vendor in vendors] == [False, False]


def test_an_unrelated_pin_changes_nothing(checkout: Checkout) -> None:
    lock = checkout.root / "requirements" / "lock.txt"
    lock.write_text(lock.read_text().replace("pytest==9.2.0", "pytest==9.2.1"))

    assert all(is_up_to_date(vendor) for vendor in Workspace(checkout.root).vendors())


def test_generating_twice_gives_identical_files(checkout: Checkout) -> None:
    first = checkout.run("generate", "--force", "tiny")
    digest = tree_digest(checkout.generated / "tiny")
    second = checkout.run("generate", "--force", "tiny")

    assert first.returncode == second.returncode == 0
    assert tree_digest(checkout.generated / "tiny") == digest


def test_output_holds_no_machine_specific_content(checkout: Checkout) -> None:
    for path in (checkout.generated / "bettrdata").rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert str(checkout.root) not in text, path
            assert "/tmp/" not in text, path
            assert "/home/" not in text, path


def test_a_spec_removed_removes_its_output(checkout: Checkout) -> None:
    checkout.spec("tiny").unlink()

    result = checkout.run("generate")

    assert result.returncode == 0, result.stderr
    assert "tiny: removed (no spec in specs/)" in result.stdout
    assert not (checkout.generated / "tiny").exists()
