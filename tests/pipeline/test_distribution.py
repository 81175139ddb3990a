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
    assert wheel.name == "bettrdata_client-1.0.0-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "bettrdata_client/py.typed",
        "bettrdata_client/client.py",
        "bettrdata_client/pydantic_models.py",
        "bettrdata_client/api/counts/run_count.py",
        "bettrdata_client/models/bds_order.py",
    ):
        assert expected in names
    metadata = zipfile.ZipFile(wheel).read("bettrdata_client-1.0.0.dist-info/METADATA").decode()
    assert "Requires-Dist: httpx<0.30.0,>=0.23.0" in metadata
    assert "Provides-Extra: pydantic" in metadata
    assert "Classifier: Typing :: Typed" in metadata


SMOKE = """
import httpx
from bettrdata_client import BettrData, NotFoundError, __version__

assert httpx.__version__ == "0.29.0", httpx.__version__

def answer(request):
    if "X-Missing" in request.headers:
        return httpx.Response(404, json={"message": "No such datafile"})
    return httpx.Response(200, json=[])

with BettrData(auth="t", base_url="https://bd.test", transport=httpx.MockTransport(answer), environ={}) as client:
    assert client.datafiles.search() == []
    try:
        client.datafiles.search(extra_headers={"X-Missing": "1"})
    except NotFoundError as error:
        assert "No such datafile" in str(error)
    else:
        raise AssertionError("no error raised")
try:
    import bettrdata_client.pydantic_models
except ImportError as error:
    assert "pip install 'bettrdata-client[pydantic]'" in str(error), error
else:
    raise AssertionError("pydantic_models imported without pydantic")
print("ok", __version__)
"""


@pytest.mark.slow
def test_the_client_works_with_the_current_httpx_release(tmp_path: Path) -> None:
    """The wheel installed from PyPI's dependencies with httpx 0.29 (which the project's own tools cannot use
    yet), without pydantic, in a fresh virtual environment."""
    source = tmp_path / "source"
    shutil.copytree(DISTRIBUTION, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], check=True, capture_output=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    install = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "httpx==0.29.0", "./source"]
    installed = subprocess.run(install, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    smoke = tmp_path / "smoke.py"
    smoke.write_text(SMOKE)
    result = subprocess.run([python, str(smoke)], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok 1.0.0"


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

    run = {
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
    with pytest.raises(ValidationError, match="convertType"):
        MergeRun.model_validate({key: value for key, value in run.items() if key != "convertType"})
    # An enum value the spec does not list is kept, as in the attrs models (forward-compatible enums).
    kept = MergeRun.model_validate(run).model_dump(mode="json", by_alias=True)
    assert kept["convertsToMerge"][0]["mergeDetails"]["segments"][0]["take"]["strategy"] == "SOME"
    credentials = TokenAuthParameters.model_validate({"USERNAME": "u", "PASSWORD": "hunter2-secret"})
    assert "hunter2-secret" not in repr(credentials)
