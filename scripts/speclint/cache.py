"""Each spec's lint result, kept in `.build/speclint/<vendor>.json` under the digest of everything that decides it.

That is the spec, the rulesets, the pinned tool versions (package-lock.json, requirements/lock.txt) and the code that
runs the linters. When none of them changed, `make` prints the stored summary without starting Node.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .findings import Finding

RULESET_FILES = (".spectral.yaml", "redocly.yaml", ".redocly.lint-ignore.yaml")
RULESET_FOLDER = "lint"
TOOL_PINS = ("package-lock.json", "requirements/lock.txt")
PIPELINE_CODE = ("errors.py", "spec_source.py", "validation.py", "openapi30.py", "vendor_settings.py")


def inputs_digest(root: Path, spec: Path, settings: Path) -> str:
    """The sha256 over the names and bytes of every input of a spec's lint result (`settings`: the vendor's
    pipeline.yaml, which chooses its lint profile)."""
    code = Path(__file__).resolve().parent
    files = [spec, settings, *(root / name for name in (*RULESET_FILES, *TOOL_PINS))]
    files += sorted(path for path in (root / RULESET_FOLDER).rglob("*") if path.is_file())
    files += sorted(code.glob("*.py")) + [code.parent / "pipeline" / name for name in PIPELINE_CODE]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<absent>")
        digest.update(b"\0")
    return digest.hexdigest()


def cache_file(root: Path, vendor: str) -> Path:
    return root / ".build" / "speclint" / f"{vendor}.json"


def load(root: Path, vendor: str, digest: str) -> list[Finding] | None:
    """The stored findings when they were computed from these exact inputs; otherwise None."""
    try:
        record = json.loads(cache_file(root, vendor).read_text(encoding="utf-8"))
        if record.get("digest") != digest:
            return None
        return [Finding.from_json(item) for item in record["findings"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(root: Path, vendor: str, digest: str, findings: list[Finding]) -> None:
    """Write atomically, so that a concurrent `make` never reads half a record."""
    target = cache_file(root, vendor)
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {"digest": digest, "findings": [finding.to_json() for finding in findings]}
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{vendor}-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(record, stream, indent=1)
    os.replace(temporary, target)
