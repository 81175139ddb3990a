"""`make lint`'s promise for the real specs: every spec in specs/ has zero errors and zero warnings."""

from __future__ import annotations

import pytest

from scripts.pipeline.layout import Vendor, Workspace
from scripts.speclint.__main__ import REPOSITORY, lint

VENDORS = Workspace(REPOSITORY).vendors()


@pytest.mark.parametrize("vendor", VENDORS, ids=[vendor.name for vendor in VENDORS])
def test_spec_is_lint_clean(vendor: Vendor) -> None:
    findings = lint(REPOSITORY, vendor, "curated")
    failing = [finding.render() for finding in findings if finding.severity in ("error", "warning")]
    assert failing == []
