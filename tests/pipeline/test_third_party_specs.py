"""Specs as partners publish them, through the whole path a vendor takes: the pipeline (`scripts.pipeline generate`,
what `make` runs), the generated client called against apimock over HTTP, and schemathesis against apimock.

`fixtures/kennel.yaml` is OpenAPI 3.0 (camelCase operationIds, an API key header, a `-SNAPSHOT` version, `nullable`,
boolean `exclusiveMinimum`, an unquoted date); `fixtures/ledger.yaml` is OpenAPI 3.1 with webhooks beside its
paths and a record identifier named `entryId`. Then what the pipeline refuses, each in one line.
"""

from __future__ import annotations

import datetime
import importlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import Case

import apimock

from ..servers import served
from .conftest import FIXTURES, REPOSITORY, Checkout, tree_digest

THIRD_PARTY = ("kennel", "ledger")
API_KEY = "kennel-key-1"
TOKEN = "ledger-token-1"


def _lay_out(root: Path, specs: dict[str, str]) -> Checkout:
    (root / "specs").mkdir(parents=True)
    (root / "requirements").mkdir()
    (root / "generated").mkdir()
    shutil.copy(REPOSITORY / "requirements" / "lock.txt", root / "requirements" / "lock.txt")
    # The shared overrides only: a vendor of this checkout that happens to share a fixture's name keeps its own.
    shutil.copytree(REPOSITORY / "overrides", root / "overrides", ignore=shutil.ignore_patterns("__pycache__", *specs))
    for name, text in specs.items():
        (root / "specs" / f"{name}.yaml").write_text(text)
    return Checkout(root)


@pytest.fixture(scope="module")
def third_party(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checkout]:
    """Both fixtures generated as `make` would, their packages importable for the module's tests."""
    checkout = _lay_out(
        tmp_path_factory.mktemp("third-party"), {name: (FIXTURES / f"{name}.yaml").read_text() for name in THIRD_PARTY}
    )
    result = checkout.run("generate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        line for name in THIRD_PARTY for line in result.stdout.splitlines() if line.startswith(f"{name}: regenerated")
    ]
    folders = [str(checkout.generated / name) for name in THIRD_PARTY]
    sys.path[:0] = folders
    yield checkout
    for folder in folders:
        sys.path.remove(folder)


def test_the_clients_are_typed_strictly(third_party: Checkout) -> None:
    packages = [str(third_party.generated / name / f"{name}_client") for name in THIRD_PARTY]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        cwd=third_party.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_a_non_pep_440_api_version_gives_a_derived_client_version(third_party: Checkout) -> None:
    meta = importlib.import_module("kennel_client._spec_meta").API
    assert (meta.client_version, meta.api_version) == ("1.0.27.dev0", "1.0.27-SNAPSHOT")
    assert 'version = "1.0.27.dev0"' in (third_party.generated / "kennel" / "pyproject.toml").read_text()
    assert importlib.import_module("ledger_client._spec_meta").API.client_version == "2023.10.1"


def test_an_openapi_30_client_keeps_state_in_the_mock_and_sends_its_api_key(third_party: Checkout) -> None:
    kennel: Any = importlib.import_module("kennel_client")
    models: Any = importlib.import_module("kennel_client.models")
    app = apimock.create_app(FIXTURES / "kennel.yaml", tokens={API_KEY}, validate_responses=True, strict=True)
    with served(app) as url, kennel.Kennel(auth=API_KEY, base_url=f"{url}/v2") as client:
        added = client.dogs.add(body=models.NewDog(name="Rex", born=datetime.date(2019, 4, 1), weight=12.5))
        assert added.name == "Rex"
        assert client.dogs.get_by_id(added.id).id == added.id
        assert [dog.id for dog in client.dogs.list()] == [added.id]
        client.dogs.delete(added.id)
        with pytest.raises(kennel.NotFoundError):
            client.dogs.get_by_id(added.id)
    with (
        served(app) as url,
        kennel.Kennel(auth="wrong-key", base_url=f"{url}/v2") as client,
        pytest.raises(kennel.AuthenticationError),
    ):
        client.dogs.list()


def test_an_openapi_31_client_keeps_state_in_the_mock_by_the_specs_identifier(third_party: Checkout) -> None:
    ledger: Any = importlib.import_module("ledger_client")
    models: Any = importlib.import_module("ledger_client.models")
    app = apimock.create_app(FIXTURES / "ledger.yaml", tokens={TOKEN}, validate_responses=True, strict=True)
    with served(app) as url, ledger.Ledger(auth=TOKEN, base_url=f"{url}/api") as client:
        recorded = client.entries.create(body=models.EntryInput(amount=1250, currency=models.EntryInputCurrency.EUR))
        assert client.entries.get(recorded.entry_id).amount == 1250
        assert recorded.entry_id in [entry.entry_id for entry in client.entries.list().entries]


SCHEMATHESIS = hypothesis.settings(
    deadline=None, suppress_health_check=list(hypothesis.HealthCheck), database=None, max_examples=15
)


def _contract_schema(vendor: str, credentials: dict[str, str]) -> Any:
    app = apimock.create_app(FIXTURES / f"{vendor}.yaml", tokens=set(credentials.values()), validate_responses=True)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.update(headers=credentials)
    return schema


kennel_cases: Callable[[Callable[..., None]], Callable[..., None]] = _contract_schema(
    "kennel", {"X-Api-Key": API_KEY}
).parametrize()
ledger_cases: Callable[[Callable[..., None]], Callable[..., None]] = _contract_schema(
    "ledger", {"Authorization": f"Bearer {TOKEN}"}
).parametrize()


@kennel_cases
@SCHEMATHESIS
def test_kennel_contract(case: Case[Any]) -> None:
    case.call_and_validate()


@ledger_cases
@SCHEMATHESIS
def test_ledger_contract(case: Case[Any]) -> None:
    case.call_and_validate()


# ------------------------------------------------------------------------------------------- what is refused
TINY = (FIXTURES / "tiny.yaml").read_text()


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ("swagger: '2.0'", "specs/odd.yaml:1: Swagger 2.0 (OpenAPI 2): the pipeline takes OpenAPI 3.0.x or 3.1.x"),
        ("openapi: 3.2.0", "specs/odd.yaml:1: `openapi: 3.2.0`: the pipeline takes OpenAPI 3.0.x or 3.1.x documents"),
    ],
)
def test_a_version_the_pipeline_does_not_take_is_one_line(tmp_path: Path, declared: str, message: str) -> None:
    checkout = _lay_out(
        tmp_path / "checkout", {"odd": f"{declared}\ninfo: {{title: Odd, version: '1'}}\npaths: {{}}\n"}
    )
    result = checkout.run("generate")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_webhooks_only_document_is_told_what_it_lacks(tmp_path: Path) -> None:
    hooks = "openapi: 3.1.0\ninfo: {title: Hooks, version: '1'}\nwebhooks:\n  ping:\n    post:\n      responses:\n"
    hooks += "        '200': {description: Received.}\n"
    checkout = _lay_out(tmp_path / "checkout", {"hooks": hooks})
    result = checkout.run("generate")
    assert result.returncode == 1
    assert "specs/hooks.yaml:3: the document describes only webhooks" in result.stderr


def test_an_unforeseen_failure_is_one_line_and_the_other_vendors_are_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from scripts.pipeline import __main__ as pipeline
    from scripts.pipeline import build as build_module

    checkout = _lay_out(tmp_path / "checkout", {"alpha": TINY, "tiny": TINY})
    real_build = build_module.build

    def failing_for_alpha(vendor: Any, destination: Path) -> list[Any]:
        if vendor.name == "alpha":
            raise KeyError("x-something")
        return real_build(vendor, destination)

    monkeypatch.setattr(build_module, "build", failing_for_alpha)
    returncode = pipeline.main(["--root", str(checkout.root), "generate"])
    out, err = capsys.readouterr()
    assert returncode == 1
    assert err.splitlines() == [
        "alpha: failed, generated/alpha left as it was:",
        "  specs/alpha.yaml: unexpected KeyError: 'x-something' (a pipeline bug; PIPELINE_TRACEBACK=1 shows where)",
    ]
    assert "tiny: regenerated" in out
    assert not (checkout.generated / "alpha").exists()


def test_a_build_whose_package_does_not_import_is_not_swapped_in(tmp_path: Path) -> None:
    checkout = _lay_out(tmp_path / "checkout", {"tiny": TINY})
    assert checkout.run("generate").returncode == 0
    before = tree_digest(checkout.generated)
    broken = checkout.root / "overrides" / "tiny" / "lib"
    broken.mkdir(parents=True)
    (broken / "helpers.py").write_text("VALUE = undefined_name\n")
    result = checkout.run("generate")
    assert result.returncode == 1
    assert "tiny_client.lib.helpers: NameError: name 'undefined_name' is not defined" in result.stderr
    assert tree_digest(checkout.generated) == before


PHOTO_OPERATION = """  /dogs/{dogId}/photo:
    post:
      tags: [dogs]
      summary: Upload a photo of the dog
      operationId: uploadDogPhoto
      parameters:
        - {name: dogId, in: path, required: true, schema: {type: integer, format: int64}}
      requestBody:
        content:
          image/png:
            schema: {type: string, format: binary}
      responses:
        '204':
          description: Stored.
components:
"""


def _kennel_with_a_photo_upload(tmp_path: Path) -> Checkout:
    text = (FIXTURES / "kennel.yaml").read_text().replace("components:\n", PHOTO_OPERATION, 1)
    return _lay_out(tmp_path / "checkout", {"kennel": text, "tiny": TINY})


def test_a_generator_warning_fails_a_curated_vendor_at_its_operations_line(tmp_path: Path) -> None:
    checkout = _kennel_with_a_photo_upload(tmp_path)
    result = checkout.run("generate")
    assert result.returncode == 1
    line = checkout.spec("kennel").read_text().splitlines().index("  /dogs/{dogId}/photo:") + 2
    assert (
        f"specs/kennel.yaml:{line}: uploadDogPhoto (POST /dogs/{{dogId}}/photo) is not generated: "
        "Unsupported content type image/png"
    ) in result.stderr
    assert not (checkout.generated / "kennel").exists()


def test_a_published_vendor_is_generated_with_its_warnings_listed(tmp_path: Path) -> None:
    checkout = _kennel_with_a_photo_upload(tmp_path)
    (checkout.root / "overrides" / "kennel").mkdir()
    (checkout.root / "overrides" / "kennel" / "pipeline.yaml").write_text("profile: published\n")
    result = checkout.run("generate")
    assert result.returncode == 0, result.stderr
    assert "kennel: regenerated" in result.stdout
    assert "1 generator warning(s) its profile tolerates:" in result.stdout
    assert "uploadDogPhoto (POST /dogs/{dogId}/photo) is not generated" in result.stdout
    assert not (checkout.generated / "kennel" / "kennel_client" / "api" / "dogs" / "upload_dog_photo.py").exists()


def test_a_vendors_own_generator_settings_change_that_vendor_alone(tmp_path: Path) -> None:
    checkout = _kennel_with_a_photo_upload(tmp_path)
    own = checkout.root / "overrides" / "kennel"
    own.mkdir()
    (own / "openapi-python-client.yaml").write_text("content_type_overrides:\n  image/png: application/octet-stream\n")
    assert checkout.run("generate").returncode == 0
    assert (checkout.generated / "kennel" / "kennel_client" / "api" / "dogs" / "upload_dog_photo.py").exists()
    (own / "openapi-python-client.yaml").write_text(
        "content_type_overrides:\n  image/png: application/octet-stream\n  image/jpeg: application/octet-stream\n"
    )
    again = checkout.run("generate")
    assert "kennel: regenerated" in again.stdout
    assert "tiny: up to date" in again.stdout


def test_settings_the_pipeline_owns_are_refused_in_a_vendors_generator_settings(tmp_path: Path) -> None:
    checkout = _lay_out(tmp_path / "checkout", {"tiny": TINY})
    (checkout.root / "overrides" / "tiny").mkdir()
    (checkout.root / "overrides" / "tiny" / "openapi-python-client.yaml").write_text("package_name_override: other\n")
    result = checkout.run("generate")
    assert result.returncode == 1
    assert (
        "overrides/tiny/openapi-python-client.yaml: package_name_override is set by the pipeline for every vendor"
        in result.stderr
    )
