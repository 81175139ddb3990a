"""The operation table each package hands its runtime (`_spec_meta.API`) is exactly what its spec says."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.pipeline.client_surface import function_name
from scripts.pipeline.spec_source import HTTP_METHODS

SPECS = Path(__file__).resolve().parents[2] / "specs"
VENDORS = sorted(path.stem for path in SPECS.glob("*.yaml"))


def _spec(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text(encoding="utf-8"))
    return loaded


def _traits_in_spec(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            limit = operation.get("x-rate-limit")
            stream = operation.get("x-streaming")
            pages = operation.get("x-pagination")
            found[function_name(operation["operationId"])] = {  # as the generated code names the operation
                "method": method.upper(),
                "path": path,
                "idempotent": bool(operation.get("x-idempotent", False)),
                "rate_limit": (limit["requests"], limit["period-seconds"]) if limit else None,
                "streaming": (stream.get("framing", "ndjson"), tuple(stream.get("final-statuses", ())))
                if stream
                else None,
                "pagination": {key.replace("-", "_"): value for key, value in pages.items()} if pages else None,
            }
    return found


def _traits_in_table(vendor: str) -> dict[str, dict[str, Any]]:
    api = importlib.import_module(f"{vendor}_client._spec_meta").API
    found: dict[str, dict[str, Any]] = {}
    for operation in api.operations:
        pages = operation.pagination
        found[operation.id] = {
            "method": operation.method,
            "path": operation.path,
            "idempotent": operation.idempotent,
            "rate_limit": (operation.rate_limit.requests, operation.rate_limit.period_seconds)
            if operation.rate_limit
            else None,
            "streaming": (operation.streaming.framing, operation.streaming.final_statuses)
            if operation.streaming
            else None,
            "pagination": {
                name: value
                for name, value in (
                    ("style", pages.style),
                    ("items", pages.items),
                    ("end", pages.end),
                    ("page_parameter", pages.page_parameter),
                    ("first_page", pages.first_page if pages.first_page != 1 else None),
                    ("offset_parameter", pages.offset_parameter),
                    ("cursor_parameter", pages.cursor_parameter),
                    ("cursor_member", pages.cursor_member),
                    ("size_parameter", pages.size_parameter),
                    ("fields", dict(pages.fields) or None),
                )
                if value is not None
            }
            if pages
            else None,
        }
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_and_its_traits_match_the_spec(vendor: str) -> None:
    in_spec = _traits_in_spec(_spec(vendor))
    for traits in in_spec.values():
        if traits["pagination"] and traits["pagination"].get("first_page") == 1:
            del traits["pagination"]["first_page"]
    assert _traits_in_table(vendor) == in_spec


@pytest.mark.parametrize("vendor", VENDORS)
def test_names_match_the_spec(vendor: str) -> None:
    document = _spec(vendor)
    api = importlib.import_module(f"{vendor}_client._spec_meta").API
    assert (api.title, api.api_version) == (document["info"]["title"], str(document["info"]["version"]))
    assert api.env_prefix == api.vendor.upper() == vendor.upper()
    assert api.server_url == document["servers"][0]["url"]
    assert api.distribution == f"{vendor.replace('_', '-')}-client"


def test_the_operation_table_finds_operations_whose_path_has_adjacent_parameters() -> None:
    operations = importlib.import_module("bettrdata_client._spec_meta").API.operations
    streamed = operations.match("GET", "/audience/streamresult/4x0jp02/SNOWFLAKE")
    canceled = operations.match("DELETE", "/audience/statement/count/4x0jp02/SNOWFLAKE")
    assert streamed is not None
    assert streamed.id == "stream_count_status"
    assert streamed.streaming is not None, "so the retry layer leaves its body to the stream reader"
    assert canceled is not None
    assert canceled.id == "cancel_count"
    assert operations.match("GET", "/audience/streamresult/4x0jp02") is None
