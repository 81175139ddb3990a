"""Command line: `python -m scripts.specdocs [--output DIR] [VENDOR ...]` (`make docs`).

Renders every spec (or the ones named) with `redocly build-docs` into DIR/<vendor>/index.html and writes
DIR/index.html listing them. DIR defaults to docs-build/ (git-ignored). Prints one line per page.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from scripts.pipeline.errors import InvalidSpec
from scripts.pipeline.layout import Vendor, Workspace
from scripts.pipeline.spec_source import load_spec

from .landing import VendorPage, render

REPOSITORY = Path(__file__).resolve().parent.parent.parent


class DocsError(Exception):
    """A page could not be rendered; the message names the spec and what the renderer said."""


def build_page(root: Path, vendor: Vendor, output: Path) -> VendorPage:
    redocly = root / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        raise DocsError(f"{redocly.relative_to(root)} is missing: run `make` (it installs the pinned npm tools)")
    try:
        document = load_spec(vendor.spec).document
    except InvalidSpec as error:
        raise DocsError(f"{vendor.spec.relative_to(root)} does not load: {error.problems[0].message}") from error
    target = output / vendor.name / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    title = str((document.get("info") or {}).get("title") or vendor.name)
    command = [
        str(redocly),
        "build-docs",
        str(vendor.spec.relative_to(root)),
        "--inlineBundle",  # Redoc's scripts in the page itself: it opens from disk, offline
        f"--title={title}",
        f"--output={target}",
    ]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not target.is_file():
        detail = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-5:]
        raise DocsError(f"redocly build-docs {vendor.spec.relative_to(root)} failed: " + " / ".join(detail))
    return VendorPage(vendor=vendor.name, link=f"{vendor.name}/index.html", document=document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.specdocs", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="only these vendors (default: every spec in specs/)")
    parser.add_argument("--output", type=Path, help="where to write the pages (default: docs-build/)")
    parser.add_argument("--root", type=Path, default=REPOSITORY, help="the checkout to work on (default: this one)")
    arguments = parser.parse_args(argv)
    workspace = Workspace(arguments.root.resolve())
    output = (arguments.output or workspace.root / "docs-build").resolve()
    try:
        vendors = [workspace.vendor(name) for name in arguments.vendors] or workspace.vendors()
        pages = []
        for vendor in vendors:
            pages.append(build_page(workspace.root, vendor, output))
            print(f"{vendor.name}: {_shown(workspace.root, output / pages[-1].link)}")
    except (ValueError, DocsError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    landing = output / "index.html"
    landing.write_text(render(pages), encoding="utf-8")
    print(f"landing page: {_shown(workspace.root, landing)}")
    return 0


def _shown(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
