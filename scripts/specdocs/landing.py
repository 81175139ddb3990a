"""The landing page: every vendor's title, version and summary, linking to its reference page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from scripts.pipeline.spec_source import HTTP_METHODS

TEMPLATE = Path(__file__).resolve().parent / "landing.html"


@dataclass(frozen=True)
class VendorPage:
    vendor: str
    link: str  # relative to the landing page, e.g. "bettrdata/index.html"
    document: dict[str, Any]

    @property
    def operations(self) -> int:
        paths = self.document.get("paths") or {}
        return sum(1 for item in paths.values() if isinstance(item, dict) for method in HTTP_METHODS if method in item)

    def entry(self) -> str:
        info = self.document.get("info") or {}
        title = html.escape(str(info.get("title") or self.vendor))
        summary = html.escape(str(info.get("summary") or ""))
        version = html.escape(str(info.get("version") or "?"))
        return (
            f'<li id="vendor-{html.escape(self.vendor)}"><a href="{html.escape(self.link)}">{title}</a>'
            f'<div class="meta">{html.escape(self.vendor)} · version {version} · {self.operations} operations</div>'
            f"<p>{summary}</p></li>"
        )


def render(pages: list[VendorPage]) -> str:
    entries = "\n".join(page.entry() for page in sorted(pages, key=lambda page: page.vendor))
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(vendors=entries)
