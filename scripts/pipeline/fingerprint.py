"""What a vendor's client is generated from, summed up, so that only vendors whose inputs changed are rebuilt.

The inputs are: the vendor's spec; its overrides and the overrides every vendor shares (generator config,
templates, runtime modules); the pinned versions of the tools whose output lands in `generated/`; and the
pipeline's own code. The stamp lists each input's digest, so a reviewer can see which one changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .layout import Vendor, Workspace

STAMP_NAME = ".inputs.sha256"
# Tools whose versions change generated files. Bumping one in the lock regenerates every vendor.
GENERATING_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
_SKIPPED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _files_under(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not _SKIPPED_PARTS.intersection(path.parts) and path.suffix != ".pyc"
    )


# Overrides every vendor shares; anything else under overrides/ is a vendor's own or documentation.
SHARED_OVERRIDES = (
    "openapi-python-client.yaml",
    "ruff-generated.toml",
    "templates",
    "pydantic-templates",
    "runtime",
    "lib",
)


def input_files(vendor: Vendor) -> list[Path]:
    shared: list[Path] = []
    for name in SHARED_OVERRIDES:
        path = vendor.workspace.overrides / name
        shared += [path] if path.is_file() else _files_under(path)
    return [vendor.spec, *_files_under(vendor.overrides), *shared, *_files_under(vendor.workspace.pipeline_sources)]


def tool_pins(workspace: Workspace) -> list[str]:
    pins = []
    for line in workspace.lock_file.read_text(encoding="utf-8").splitlines():
        name = line.split("==", 1)[0].strip().lower()
        if name in GENERATING_TOOLS:
            pins.append(line.strip())
    missing = set(GENERATING_TOOLS) - {pin.split("==", 1)[0].lower() for pin in pins}
    if missing:
        raise ValueError(f"{workspace.lock_file}: no pinned version for {', '.join(sorted(missing))}")
    return sorted(pins)


def stamp(vendor: Vendor) -> str:
    """The text of the stamp file for the vendor's current inputs."""
    root = vendor.workspace.root
    pipeline_root = vendor.workspace.pipeline_sources.parent.parent
    entries = []
    for path in input_files(vendor):
        base = pipeline_root if path.is_relative_to(vendor.workspace.pipeline_sources) else root
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        entries.append(f"{digest}  {path.relative_to(base).as_posix()}")
    for pin in tool_pins(vendor.workspace):
        entries.append(f"{hashlib.sha256(pin.encode()).hexdigest()}  pin {pin}")
    total = hashlib.sha256("\n".join(entries).encode()).hexdigest()
    header = "# The inputs this client was generated from. Written by the pipeline; do not edit."
    return "\n".join([header, f"sha256:{total}", *entries]) + "\n"


def is_up_to_date(vendor: Vendor) -> bool:
    stamp_file = vendor.output / STAMP_NAME
    try:
        recorded = stamp_file.read_text(encoding="utf-8")
    except OSError:
        return False
    return recorded == stamp(vendor)
