"""Command line: `python -m scripts.speclint [--summary] [VENDOR ...]` (the Makefile calls it).

Without `--summary` (`make lint`): every problem as `specs/<vendor>.yaml:<line>: <severity> [<tool> <rule>] ...`, then
one line per spec; exit 1 when any spec has an error or a warning. With `--summary` (`make`): only the line per spec,
exit 0 whatever the linters found. Either way a spec whose inputs did not change is not linted again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.pipeline.errors import PipelineError
from scripts.pipeline.layout import Vendor, Workspace
from scripts.pipeline.vendor_settings import SETTINGS_FILE, vendor_settings

from . import cache
from .findings import Finding, ToolError, fails, summary

TOOLS = ("openapi-spec-validator", "redocly", "spectral")
REPOSITORY = Path(__file__).resolve().parent.parent.parent


def lint(root: Path, vendor: Vendor, profile: str, *, fresh: bool = False) -> list[Finding]:
    """The spec's findings from all three linters under its profile, from the cache when its inputs are unchanged."""
    digest = cache.inputs_digest(root, vendor.spec, vendor.overrides / SETTINGS_FILE)
    stored = None if fresh else cache.load(root, vendor.name, digest)
    if stored is not None:
        return stored
    from concurrent.futures import ThreadPoolExecutor

    from scripts.pipeline.errors import InvalidSpec
    from scripts.pipeline.spec_source import load_spec

    from .tools import run_redocly, run_spectral, run_validator

    try:
        source = load_spec(vendor.spec)
    except InvalidSpec:
        source = None  # the validator reports the YAML error; the Node tools' findings then go without lines
    with ThreadPoolExecutor(max_workers=2) as pool:
        redocly = pool.submit(run_redocly, root, vendor.spec, source, profile)
        spectral = pool.submit(run_spectral, root, vendor.spec, profile)
        findings = run_validator(root, vendor.spec) + redocly.result() + spectral.result()
    findings.sort(key=lambda finding: (finding.line, finding.tool, finding.rule))
    cache.store(root, vendor.name, digest, findings)
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.speclint", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="only these vendors (default: every spec in specs/)")
    parser.add_argument("--summary", action="store_true", help="print one line per spec and never fail on findings")
    parser.add_argument("--fresh", action="store_true", help="lint again even when the stored result is current")
    parser.add_argument("--root", type=Path, default=REPOSITORY, help="the checkout to work on (default: this one)")
    arguments = parser.parse_args(argv)
    workspace = Workspace(arguments.root.resolve())
    try:
        vendors = [workspace.vendor(name) for name in arguments.vendors] or workspace.vendors()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failed = False
    for vendor in vendors:
        try:
            profile = vendor_settings(vendor).profile
            findings = lint(workspace.root, vendor, profile, fresh=arguments.fresh)
        except (ToolError, OSError, PipelineError) as error:
            print(f"{vendor.name}: lint could not run: {error}", file=sys.stderr)
            return 1
        if not arguments.summary:
            for finding in findings:
                print(finding.render(), file=sys.stderr if finding.severity != "info" else sys.stdout)
        print(summary(vendor.name, findings, TOOLS, profile))
        failed = failed or fails(findings)
    return 1 if failed and not arguments.summary else 0


if __name__ == "__main__":
    sys.exit(main())
