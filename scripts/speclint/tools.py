"""The three linters, each run on one spec and its problems read back as `Finding`s.

Redocly and Spectral are the versions pinned in package.json, run from `node_modules/.bin` (never through `npx`,
which could download another version), with the repository as working directory so that `redocly.yaml`,
`.redocly.lint-ignore.yaml` and `.spectral.yaml` apply.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from scripts.pipeline.errors import InvalidSpec
from scripts.pipeline.spec_source import SpecSource, load_spec

from .findings import Finding, ToolError

# The rulesets of each lint profile (`profile` in overrides/<vendor>/pipeline.yaml): our own specs are held to the
# house rules; a spec taken as its vendor publishes it, to OpenAPI validity and correctness only.
SPECTRAL_RULESETS = {"curated": ".spectral.yaml", "published": "lint/published/spectral.yaml"}
REDOCLY_CONFIGS = {"curated": "redocly.yaml", "published": "lint/published/redocly.yaml"}

_SPECTRAL_SEVERITIES = {0: "error", 1: "warning", 2: "info", 3: "info"}
_REDOCLY_SEVERITIES = {"error": "error", "warn": "warning"}


def node_tool(root: Path, name: str) -> Path:
    executable = root / "node_modules" / ".bin" / name
    if not executable.exists():
        raise ToolError(f"{executable.relative_to(root)} is missing: run `make` (it installs the pinned npm tools)")
    return executable


def run_validator(root: Path, spec: Path) -> list[Finding]:
    """The pipeline's validation: `$ref`s, openapi-spec-validator, examples against schemas, links."""
    from scripts.pipeline.validation import validate_spec

    try:
        problems = validate_spec(load_spec(spec))
    except InvalidSpec as error:
        problems = error.problems
    shown = _relative(root, spec)
    return [Finding("validator", "openapi", "error", shown, problem.line, problem.message) for problem in problems]


def run_redocly(root: Path, spec: Path, source: SpecSource | None, profile: str = "curated") -> list[Finding]:
    command = [str(node_tool(root, "redocly")), "lint", _relative(root, spec), "--format=json", "--max-problems=1000"]
    command += ["--config", REDOCLY_CONFIGS[profile]]
    report = _run_json(root, command, "redocly lint")
    if not isinstance(report, dict) or not isinstance(report.get("problems"), list):
        raise ToolError(f"redocly lint answered no list of problems for {_relative(root, spec)}")
    findings = []
    for problem in report["problems"]:
        severity = _REDOCLY_SEVERITIES.get(problem.get("severity"), "info")
        locations = problem.get("location") or [{}]
        pointer = str(locations[0].get("pointer", "#"))
        line = source.line_of(pointer.lstrip("#")) if source else 0
        findings.append(
            Finding("redocly", str(problem.get("ruleId")), severity, _relative(root, spec), line, problem["message"])
        )
    return findings


def run_spectral(root: Path, spec: Path, profile: str = "curated") -> list[Finding]:
    command = [
        str(node_tool(root, "spectral")),
        "lint",
        _relative(root, spec),
        "--ruleset",
        SPECTRAL_RULESETS[profile],
        "--format=json",
        "--quiet",
        "--fail-severity=error",
    ]
    report = _run_json(root, command, "spectral lint")
    if not isinstance(report, list):
        raise ToolError(f"spectral lint answered no list of results for {_relative(root, spec)}")
    return [
        Finding(
            "spectral",
            str(result.get("code")),
            _SPECTRAL_SEVERITIES.get(result.get("severity"), "info"),
            _relative(root, spec),
            int(result.get("range", {}).get("start", {}).get("line", -1)) + 1,
            str(result.get("message")),
        )
        for result in report
    ]


def _run_json(root: Path, command: list[str], what: str) -> Any:
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    # Both tools exit 1 when they find errors; their report is on stdout either way.
    try:
        return json.loads(result.stdout)
    except ValueError:
        detail = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-5:]
        raise ToolError(f"{what} failed (exit {result.returncode}): " + " / ".join(detail)) from None


def _relative(root: Path, spec: Path) -> str:
    try:
        return spec.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(spec)
