"""The vendor facts the runtime uses (`_spec_meta`) are exactly what specs/bettrdata.yaml says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from bettrdata_client import _spec_meta

from scripts.pipeline.spec_source import HTTP_METHODS

SPEC = Path(__file__).resolve().parents[2] / "specs" / "bettrdata.yaml"
RUNTIME_EXTENSIONS = ("x-idempotent", "x-rate-limit", "x-streaming", "x-pagination")


def _from_spec() -> dict[str, dict[str, Any]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                entry: dict[str, Any] = {"method": method.upper(), "path": path}
                entry.update({key: operation[key] for key in RUNTIME_EXTENSIONS if key in operation})
                operations[operation["operationId"]] = entry
    return dict(sorted(operations.items()))


def test_operations_match_the_spec() -> None:
    assert _from_spec() == _spec_meta.OPERATIONS


def test_names_match_the_spec() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert document["info"]["title"] == _spec_meta.TITLE
    assert _spec_meta.ENV_PREFIX == _spec_meta.VENDOR.upper() == SPEC.stem.upper()
