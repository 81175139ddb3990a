"""The Narrative flow modules together cover every tag of the spec, and walk every paginated operation."""

from __future__ import annotations

import re
from pathlib import Path

from .narrative_flow_support import paginated_operations, tags

FLOWS = sorted(Path(__file__).parent.glob("test_narrative_flows_*.py"))
SOURCES = "\n".join(path.read_text(encoding="utf-8") for path in FLOWS)


def test_every_tag_has_a_flow() -> None:
    used = set(re.findall(r"from narrative_client\.api\.(\w+) import", SOURCES))
    expected = {tag.lower().replace(" ", "_") for tag in tags()}
    assert len(expected) == 31
    assert expected <= used


def test_every_paginated_operation_is_walked_by_the_paginator() -> None:
    walked = set(re.findall(r"paginate\(\s*(\w+),", SOURCES))
    assert len(paginated_operations()) == 19
    assert paginated_operations() <= walked
