"""Command line of the pipeline: `python -m scripts.pipeline {generate,check,validate} [VENDOR ...]`."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .errors import InvalidSpec, PipelineError, SpecProblem
from .fingerprint import is_up_to_date
from .layout import Vendor, Workspace
from .swap import replace_directory

# `build`, `drift` and `validation` import the generators' and validators' libraries, which take a while to
# load; they are imported only when a vendor needs work, so that `make` with nothing to do returns at once.

REPOSITORY = Path(__file__).resolve().parent.parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.pipeline", description=__doc__)
    parser.add_argument("--root", type=Path, default=REPOSITORY, help="the checkout to work on (default: this one)")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="regenerate the clients whose inputs changed")
    generate.add_argument("vendors", nargs="*", help="only these vendors (default: every spec in specs/)")
    generate.add_argument("--force", action="store_true", help="regenerate even when up to date")
    check = commands.add_parser("check", help="fail when generated/ differs from what the specs produce")
    check.add_argument("vendors", nargs="*")
    validate = commands.add_parser("validate", help="only validate the specs")
    validate.add_argument("vendors", nargs="*")
    arguments = parser.parse_args(argv)
    workspace = Workspace(arguments.root.resolve())
    try:
        vendors = [workspace.vendor(name) for name in arguments.vendors] or workspace.vendors()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    handlers: dict[str, Callable[[], int]] = {
        "generate": lambda: _generate(workspace, vendors, force=arguments.force, prune=not arguments.vendors),
        "check": lambda: _check(workspace, vendors),
        "validate": lambda: _validate(workspace, vendors),
    }
    return handlers[arguments.command]()


def _report_failure(workspace: Workspace, vendor: Vendor, error: PipelineError, consequence: str) -> None:
    print(f"{vendor.name}: failed, {consequence}", file=sys.stderr)
    if isinstance(error, InvalidSpec):
        for problem in error.problems:
            print(f"  {problem.render(workspace.root)}", file=sys.stderr)
    else:
        for line in str(error).splitlines():
            print(f"  {line}", file=sys.stderr)


def _generate(workspace: Workspace, vendors: list[Vendor], *, force: bool, prune: bool) -> int:
    failed = False
    for vendor in vendors:
        started = time.perf_counter()
        if not force and is_up_to_date(vendor):
            print(f"{vendor.name}: up to date ({time.perf_counter() - started:.2f} s)")
            continue
        workspace.build_area.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=workspace.build_area, prefix=f"{vendor.name}-") as staging:
            staged = Path(staging) / vendor.name
            warnings = _built(workspace, vendor, staged, f"generated/{vendor.name} left as it was:")
            if warnings is None:
                failed = True
                continue
            replace_directory(staged, vendor.output, workspace.build_area)
        tolerated = f", {len(warnings)} generator warning(s) its profile tolerates:" if warnings else ""
        print(f"{vendor.name}: regenerated ({time.perf_counter() - started:.1f} s){tolerated}")
        for warning in warnings:
            print(f"  {warning.render(workspace.root)}")
    if prune:
        known = {vendor.name for vendor in vendors}
        for stale in sorted(workspace.generated.glob("*/")):
            if stale.name not in known and not stale.name.startswith("."):
                shutil.rmtree(stale)
                print(f"{stale.name}: removed (no spec in specs/)")
    return 1 if failed else 0


def _built(workspace: Workspace, vendor: Vendor, destination: Path, consequence: str) -> list[SpecProblem] | None:
    """Build the vendor into `destination`: the warnings its profile tolerates; None after reporting a failure (one
    line, or one per spec problem).

    An exception the pipeline did not foresee is a bug in it, but still one vendor's failure: reported in a line
    naming the spec, not a traceback, and the other vendors are built (PIPELINE_TRACEBACK=1 shows it)."""
    from .build import build

    try:
        return build(vendor, destination)
    except PipelineError as error:
        _report_failure(workspace, vendor, error, consequence)
        return None
    except Exception as error:  # reported, not raised: see the docstring
        _report_failure(workspace, vendor, PipelineError(_unforeseen(workspace, vendor, error)), consequence)
        return None


def _unforeseen(workspace: Workspace, vendor: Vendor, error: Exception) -> str:
    """The one line for an exception the pipeline did not foresee (the traceback too with PIPELINE_TRACEBACK=1)."""
    if os.environ.get("PIPELINE_TRACEBACK"):
        traceback.print_exception(error)
    spec = vendor.spec.relative_to(workspace.root)
    return f"{spec}: unexpected {type(error).__name__}: {error} (a pipeline bug; PIPELINE_TRACEBACK=1 shows where)"


def _check(workspace: Workspace, vendors: list[Vendor]) -> int:
    from .drift import differences

    problems: list[str] = []
    workspace.build_area.mkdir(parents=True, exist_ok=True)
    for vendor in vendors:
        with tempfile.TemporaryDirectory(dir=workspace.build_area, prefix=f"check-{vendor.name}-") as staging:
            expected = Path(staging) / vendor.name
            if _built(workspace, vendor, expected, "cannot build it to compare:") is None:
                return 1
            found = differences(expected, vendor.output)
        problems += [f"generated/{line}" for line in found]
        print(f"{vendor.name}: {'out of step' if found else 'in step'} with its spec")
    known = {vendor.name for vendor in vendors}
    problems += [
        f"generated/{stale.name}/: no spec in specs/ produces it"
        for stale in sorted(workspace.generated.glob("*/"))
        if stale.name not in known and not stale.name.startswith(".")
    ]
    if problems:
        print("generated/ is out of step with the specs; run `make` and commit the result:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


def _validate(workspace: Workspace, vendors: list[Vendor]) -> int:
    from .spec_source import load_spec
    from .validation import validate_spec

    failed = False
    for vendor in vendors:
        try:
            problems = validate_spec(load_spec(vendor.spec))
        except InvalidSpec as error:
            problems = error.problems
        except Exception as error:  # one line per vendor, as `generate` reports it
            print(_unforeseen(workspace, vendor, error), file=sys.stderr)
            failed = True
            continue
        for problem in problems:
            print(problem.render(workspace.root), file=sys.stderr)
        print(f"{vendor.name}: {'invalid' if problems else 'valid'}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
