"""The vendor facts the runtime uses (`_spec_meta`) are exactly what specs/bettrdata.yaml says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from bettrdata_client import _spec_meta
from bettrdata_client._connect import OPERATIONS

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


def test_the_operation_table_finds_operations_whose_path_has_adjacent_parameters() -> None:
    streamed = OPERATIONS.match("GET", "/audience/streamresult/4x0jp02/SNOWFLAKE")
    canceled = OPERATIONS.match("DELETE", "/audience/statement/count/4x0jp02/SNOWFLAKE")
    assert streamed is not None
    assert streamed.id == "stream_count_status"
    assert streamed.streaming is not None, "so the retry layer leaves its body to the stream reader"
    assert canceled is not None
    assert canceled.id == "cancel_count"
    assert OPERATIONS.match("GET", "/audience/streamresult/4x0jp02") is None
