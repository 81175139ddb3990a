"""Each generated vendor folder is an installable, typed distribution, with pydantic models beside the client."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

REPOSITORY = Path(__file__).resolve().parents[2]
DISTRIBUTION = REPOSITORY / "generated" / "bettrdata"


@pytest.mark.slow
def test_the_bettrdata_client_builds_into_a_typed_wheel(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(DISTRIBUTION, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    command = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        "out",
        "./source",
    ]

    subprocess.run(command, cwd=tmp_path, check=True, capture_output=True)

    (wheel,) = (tmp_path / "out").glob("*.whl")
    assert wheel.name == "bettrdata_client-2.0-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "bettrdata_client/py.typed",
        "bettrdata_client/client.py",
        "bettrdata_client/pydantic_models.py",
        "bettrdata_client/api/counts/run_count.py",
        "bettrdata_client/models/bds_order.py",
    ):
        assert expected in names
    metadata = zipfile.ZipFile(wheel).read("bettrdata_client-2.0.dist-info/METADATA").decode()
    assert "Requires-Dist: httpx<0.29.0,>=0.23.0" in metadata
    assert "Provides-Extra: pydantic" in metadata


def _request_examples(operation_path: str, method: str) -> list[tuple[str, Any]]:
    spec = yaml.safe_load((REPOSITORY / "specs" / "bettrdata.yaml").read_text())
    media = spec["paths"][operation_path][method]["requestBody"]["content"]["application/json"]
    return [(name, entry["value"]) for name, entry in media["examples"].items()]


@pytest.mark.parametrize(
    ("operation_path", "model_name"),
    [("/mergerun", "MergeRun"), ("/audience/create", "BDSOrder")],
)
def test_pydantic_models_accept_every_request_example(operation_path: str, model_name: str) -> None:
    from bettrdata_client import pydantic_models

    model = getattr(pydantic_models, model_name)
    examples = _request_examples(operation_path, "post")
    assert examples
    for name, value in examples:
        parsed = model.model_validate(value)
        assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == value, name


def test_pydantic_models_reject_what_the_spec_forbids() -> None:
    from bettrdata_client.pydantic_models import MergeRun, TokenAuthParameters
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="strategy"):
        MergeRun.model_validate(
            {
                "convertType": "x",
                "convertsToMerge": [
                    {
                        "fileId": "f",
                        "path": "p",
                        "mergeInputType": "UNION",
                        "mergeDetails": {
                            "priority": 1,
                            "segments": [{"name": "s", "window": 1, "take": {"strategy": "SOME"}}],
                        },
                    }
                ],
            }
        )
    credentials = TokenAuthParameters.model_validate({"USERNAME": "u", "PASSWORD": "hunter2-secret"})
    assert "hunter2-secret" not in repr(credentials)
