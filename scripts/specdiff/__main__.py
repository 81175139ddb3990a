"""Command line: `python -m scripts.specdiff [REF] [--fail-on-breaking]` (`make diff`, `make diff REF=...`).

For each spec in specs/ now or at REF: the spec's changes since REF, each marked breaking or not for a client user
with the operation and JSON pointer it affects, then the generated client's public names that disappeared or
changed signature. Exit 0 (a report), or 1 with --fail-on-breaking when anything is breaking; 2 when the
comparison itself cannot run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from scripts.pipeline.errors import InvalidSpec
from scripts.pipeline.spec_source import SpecSource, load_spec

from . import client_api, detector
from .detector_view import write_view
from .git_source import GitError, GitSource
from .report import VendorReport

REPOSITORY = Path(__file__).resolve().parent.parent.parent


def vendor_report(root: Path, source: GitSource, vendor: str, scratch: Path) -> VendorReport:
    spec_path = f"specs/{vendor}.yaml"
    report = VendorReport(vendor=vendor, against=f"{source.ref} ({source.short})")
    base = source.read(spec_path)
    current = root / spec_path
    if base is None:
        report.status = "new"
        return report
    if not current.exists():
        report.status = "removed"
        return report
    report.api_changes = client_api.compare(
        client_api.api_at(source, f"generated/{vendor}"), client_api.api_in(root / "generated" / vendor)
    )
    if base == current.read_bytes():
        report.status = "unchanged"
        return report
    base_file = scratch / f"{vendor}.yaml"
    base_file.write_bytes(base)
    report.base, report.revision = _load(base_file, f"{spec_path} at {source.ref}"), _load(current, spec_path)
    report.spec_changes = detector.compare(
        root,
        write_view(report.base.document, scratch / f"{vendor}.base.json"),
        write_view(report.revision.document, scratch / f"{vendor}.revision.json"),
    )
    return report


def _load(path: Path, shown: str) -> SpecSource:
    try:
        return load_spec(path)
    except InvalidSpec as error:
        raise detector.DetectorError(
            f"{shown} does not load: line {error.problems[0].line}: {error.problems[0].message}"
        ) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.specdiff", description=__doc__)
    parser.add_argument("ref", nargs="?", default="", help="the git ref to compare with (default: main)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    parser.add_argument("--root", type=Path, default=REPOSITORY, help="the checkout to work on (default: this one)")
    arguments = parser.parse_args(argv)
    root = arguments.root.resolve()
    try:
        source = GitSource.at(root, arguments.ref or None)
        vendors = sorted(
            {Path(path).stem for path in source.list_files("specs") if path.endswith(".yaml")}
            | {path.stem for path in (root / "specs").glob("*.yaml")}
        )
        (root / ".build").mkdir(exist_ok=True)
        reports = []
        with tempfile.TemporaryDirectory(dir=root / ".build", prefix="specdiff-") as scratch:
            for vendor in vendors:
                report = vendor_report(root, source, vendor, Path(scratch))
                reports.append(report)
                print("\n".join(report.lines(source.ref)))
    except (GitError, detector.DetectorError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    breaking = any(report.has_breaking for report in reports)
    return 1 if breaking and arguments.fail_on_breaking else 0


if __name__ == "__main__":
    sys.exit(main())
