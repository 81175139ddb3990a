"""`make docs`: every spec rendered to a page that loads in headless Chromium and shows each operation, and a
landing page linking every vendor."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.pipeline.layout import Workspace
from scripts.pipeline.spec_source import HTTP_METHODS, load_spec

REPOSITORY = Path(__file__).resolve().parents[2]
VENDORS = [vendor.name for vendor in Workspace(REPOSITORY).vendors()]
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
    # Redoc renders the reference section by section after load; let its timers run before the DOM is read.
    "--virtual-time-budget=10000",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs-build")
    command = [sys.executable, "-m", "scripts.specdocs", "--output", str(output)]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium binary on PATH (Debian: `apt-get install chromium`): cannot load the rendered pages")


def rendered_text(chromium: str, page: Path, profile: Path) -> str:
    """The visible text of `page` once loaded and scripted by Chromium."""
    command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", result.stdout, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom)).split())


def test_landing_page_links_a_page_for_every_spec(site: Path) -> None:
    landing = (site / "index.html").read_text(encoding="utf-8")
    for vendor in VENDORS:
        assert f'href="{vendor}/index.html"' in landing
        assert (site / vendor / "index.html").stat().st_size > 0
    assert len(re.findall(r'<li id="vendor-', landing)) == len(VENDORS)


# Redoc 3 renders a long reference progressively, as the reader scrolls: a page dumped once shows the first
# sections only (about 20 operations of Narrative's 169; Celigo's first two tags, 11 of its 16 operations). Past
# this many operations the test checks that the browser rendered the first ones and that the page carries every
# operation for Redoc to render.
FULLY_RENDERED_UP_TO = 10


@pytest.mark.parametrize("vendor", VENDORS)
def test_page_loads_in_chromium_and_shows_its_operations(
    site: Path, chromium: str, tmp_path: Path, vendor: str
) -> None:
    document = load_spec(REPOSITORY / "specs" / f"{vendor}.yaml").document
    page = site / vendor / "index.html"
    text = rendered_text(chromium, page, tmp_path / "profile")
    assert str(document["info"]["title"]) in text
    operations = [
        (method, path) for path, item in document["paths"].items() for method in HTTP_METHODS if method in item
    ]
    assert operations
    missing = [f"{method} {path}" for method, path in operations if f"{method} {path}" not in text]
    if len(operations) <= FULLY_RENDERED_UP_TO:
        assert missing == [], f"not shown on the rendered page: {missing}"
        return
    assert len(missing) < len(operations) - 10, "Redoc rendered (almost) no operation"
    source = page.read_text(encoding="utf-8")
    absent = [f"{method} {path}" for method, path in operations if json.dumps(path) not in source]
    assert absent == [], f"not in the page's data: {absent}"


def test_landing_page_loads_in_chromium(site: Path, chromium: str, tmp_path: Path) -> None:
    text = rendered_text(chromium, site / "index.html", tmp_path / "profile")
    assert text.startswith("Partner API reference")
    for vendor in VENDORS:
        title = load_spec(REPOSITORY / "specs" / f"{vendor}.yaml").document["info"]["title"]
        assert title in text
