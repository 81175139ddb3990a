"""Generating one vendor's client distribution into a folder of its own.

The folder receives: the attrs/httpx client from openapi-python-client, its pydantic v2 models from
datamodel-code-generator (`<package>/pydantic_models.py`), the spec facts the runtime reads (`_spec_meta.py`),
the overrides, `py.typed`, a `pyproject.toml` and a
README, all formatted by ruff, and the stamp of the inputs. Nothing outside the folder is written; a failure
leaves it incomplete and the caller discards it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .client_surface import surface_facts
from .distribution import PYDANTIC_MODULE, client_version, guard_pydantic_module, pyproject, readme
from .errors import InvalidSpec, PipelineError, SpecProblem
from .fingerprint import STAMP_NAME, stamp
from .generator_view import generator_view, template_facts
from .generator_warnings import generator_warnings
from .layout import Vendor
from .spec_meta import spec_meta_module
from .spec_source import SpecSource, load_spec
from .validation import validate_spec
from .vendor_settings import generator_config, vendor_settings

_CACHES = ("__pycache__", ".ruff_cache", ".mypy_cache")


def build(vendor: Vendor, destination: Path) -> list[SpecProblem]:
    """Validate the vendor's spec and write its whole distribution into `destination`, which must not exist.
    Returns the generator's warnings a `published` vendor tolerates (a `curated` one fails on them)."""
    settings = vendor_settings(vendor)
    source = load_spec(vendor.spec)
    problems = validate_spec(source)
    if problems:
        raise InvalidSpec(problems)
    version = client_version(source)  # refuses a spec whose client version is not PEP 440, before any work
    destination.mkdir(parents=True)
    package = destination / vendor.package
    vendor.workspace.build_area.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=vendor.workspace.build_area, prefix="scratch-") as scratch:
        warnings = _generate_attrs_client(vendor, source, package, Path(scratch))
    if warnings and settings.warnings_fail:
        raise InvalidSpec(warnings)
    _generate_pydantic_models(vendor, package / f"{PYDANTIC_MODULE}.py")
    guard_pydantic_module(vendor, package / f"{PYDANTIC_MODULE}.py")
    (package / "_spec_meta.py").write_text(spec_meta_module(vendor, source.document, version), encoding="utf-8")
    _add_overrides(vendor, package)
    (package / "py.typed").write_text("", encoding="utf-8")
    (destination / "pyproject.toml").write_text(pyproject(vendor, source), encoding="utf-8")
    (destination / "README.md").write_text(readme(vendor, source), encoding="utf-8")
    _format(vendor, package)
    _check_imports(vendor, destination)
    _remove_caches(destination)
    (destination / STAMP_NAME).write_text(stamp(vendor), encoding="utf-8")
    return warnings


def _tool(name: str) -> str:
    """A tool installed beside the running interpreter (the project's venv), else one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise PipelineError(f"{name} is not installed: run `make` to set up .venv")
    return found


def _run(vendor: Vendor, what: str, command: list[str], cwd: Path) -> str:
    """Run a tool; its output when it succeeds, a `PipelineError` with its output when it does not."""
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment, check=False)
    output = "\n".join(part.strip() for part in (result.stdout, result.stderr) if part.strip())
    if result.returncode != 0:
        raise PipelineError(f"{vendor.spec.name}: {what} failed:\n{output}")
    return output


def _generate_attrs_client(vendor: Vendor, source: SpecSource, package: Path, scratch: Path) -> list[SpecProblem]:
    view_file = scratch / f"{vendor.name}.json"
    view_file.write_text(json.dumps(generator_view(source.document), indent=1), encoding="utf-8")
    config_file = scratch / "openapi-python-client.yaml"
    config = generator_config(vendor)
    config.update(project_name_override=vendor.distribution, package_name_override=vendor.package)
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    command = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(view_file),
        "--meta",
        "none",
        "--config",
        str(config_file),
        "--output-path",
        str(package),
    ]
    templates = scratch / "templates"
    shared_templates = vendor.workspace.overrides / "templates"
    if shared_templates.is_dir():
        shutil.copytree(shared_templates, templates)
    templates.mkdir(exist_ok=True)
    facts = template_facts(source.document) + surface_facts(source.document, vendor.name, vendor.overrides)
    (templates / "spec_facts.jinja").write_text(facts, encoding="utf-8")
    command += ["--custom-template-path", str(templates)]
    return generator_warnings(_run(vendor, "openapi-python-client", command, cwd=scratch), source)


def _generate_pydantic_models(vendor: Vendor, output: Path) -> None:
    # Run from specs/ with a bare file name: the tool writes the input's path into its header.
    command = [
        _tool("datamodel-codegen"),
        "--input",
        vendor.spec.name,
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--output",
        str(output),
        "--disable-timestamp",
        "--field-constraints",
        "--use-annotated",
        "--target-python-version",
        "3.11",
        "--set-default-enum-member",
        # Our Enum template: `_missing_` keeps values the spec does not list (overrides/pydantic-templates).
        "--custom-template-dir",
        str(vendor.workspace.overrides / "pydantic-templates"),
        # Configuration found around the working directory must not shape the output: no pyproject.toml, and
        # no formatter of the tool's own (its ruff would read the nearest ruff config); `_format` formats.
        "--ignore-pyproject",
        "--no-formatters",
    ]
    _run(vendor, "datamodel-codegen", command, cwd=vendor.spec.parent)


def _add_overrides(vendor: Vendor, package: Path) -> None:
    """The hand-written code: the runtime as `<package>/_runtime/`, the shared and the vendor's own `lib/` (public
    helpers, vendor flows, resource extensions) as `<package>/lib/`."""
    overrides = vendor.workspace.overrides
    stray = sorted(vendor.overrides.glob("*.py")) if vendor.overrides.is_dir() else []
    if stray:
        raise PipelineError(
            f"{stray[0].relative_to(vendor.workspace.root)}: hand-written modules go in "
            f"overrides/{vendor.name}/lib/ (copied as {vendor.package}/lib/)"
        )
    copies = ((overrides / "runtime", "_runtime"), (overrides / "lib", "lib"), (vendor.overrides / "lib", "lib"))
    for folder, destination in copies:
        if not folder.is_dir():
            continue
        for source in sorted(folder.rglob("*")):
            relative = source.relative_to(folder)
            if source.is_dir() or set(relative.parts) & set(_CACHES) or source.suffix == ".pyc":
                continue
            target = package / destination / relative
            if target.exists():
                raise PipelineError(
                    f"{source.relative_to(vendor.workspace.root)}: would replace {target.relative_to(package.parent)}; "
                    "overrides add modules, they never patch generated ones or each other"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def _format(vendor: Vendor, package: Path) -> None:
    config = str(vendor.workspace.overrides / "ruff-generated.toml")
    ruff = _tool("ruff")
    _run(vendor, "ruff check --fix", [ruff, "check", "--config", config, "--fix-only", "--quiet", "."], cwd=package)
    _run(vendor, "ruff format", [ruff, "format", "--config", config, "--quiet", "."], cwd=package)


# Imports every module of a package (its name, then the folder holding it) in a fresh interpreter; prints each failure.
_IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
package = sys.argv[1]
sys.path.insert(0, sys.argv[2])
failures = []
for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
    try:
        importlib.import_module(module.name)
    except Exception as error:
        failures.append(f"{module.name}: {type(error).__name__}: {error}")
print("\\n".join(failures))
sys.exit(1 if failures else 0)
"""


def _check_imports(vendor: Vendor, destination: Path) -> None:
    """Every module of the new package imports (a template mistake shows here, not in the user's program)."""
    command = [sys.executable, "-I", "-c", _IMPORT_EVERY_MODULE, vendor.package, str(destination)]
    result = subprocess.run(command, cwd=destination, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        found = result.stdout.strip() or result.stderr.strip().splitlines()[-1]
        raise PipelineError(f"{vendor.spec.name}: the generated package does not import:\n{found}")


def _remove_caches(folder: Path) -> None:
    for name in _CACHES:
        for cache in sorted(folder.rglob(name), reverse=True):
            shutil.rmtree(cache, ignore_errors=True)
