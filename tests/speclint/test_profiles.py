"""Lint profiles: a spec taken as its vendor publishes it is held to OpenAPI validity and correctness, not to the
house rules our curated specs follow; the profile is chosen in overrides/<vendor>/pipeline.yaml and named in the
lint line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.speclint.__main__ import main

from .conftest import REPOSITORY

KENNEL = REPOSITORY / "tests" / "pipeline" / "fixtures" / "kennel.yaml"


def _with_kennel(checkout: Path, profile: str | None) -> None:
    shutil.copy(KENNEL, checkout / "specs" / "kennel.yaml")
    if profile is not None:
        (checkout / "overrides" / "kennel").mkdir(parents=True)
        (checkout / "overrides" / "kennel" / "pipeline.yaml").write_text(f"profile: {profile}\n")


def test_a_published_spec_is_not_held_to_the_house_rules(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_kennel(checkout, "published")
    assert main(["--root", str(checkout), "--fresh"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "kennel: lint clean (published profile: openapi-spec-validator, redocly, spectral)"


def test_the_same_spec_curated_breaks_the_house_rules(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_kennel(checkout, None)
    assert main(["--root", str(checkout), "--fresh"]) == 1
    captured = capsys.readouterr()
    assert "operationId `listDogs` is not snake_case" in captured.err
    assert "error-responses-use-error-schema" in captured.err


def test_a_published_spec_still_gets_correctness_errors(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_kennel(checkout, "published")
    spec = checkout / "specs" / "kennel.yaml"
    spec.write_text(spec.read_text().replace("nickname: null, weight: 12.5", "nickname: 5, weight: 12.5"))
    assert main(["--root", str(checkout), "--fresh"]) == 1
    captured = capsys.readouterr()
    assert "specs/kennel.yaml:" in captured.err
    assert "kennel: lint found" in captured.out
    assert "published profile" in captured.out


def test_an_unknown_profile_is_named(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_kennel(checkout, "relaxed")
    assert main(["--root", str(checkout)]) == 1
    assert "profile 'relaxed' is not one of curated, published" in capsys.readouterr().err
