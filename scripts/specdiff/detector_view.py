"""The spec as the detector is given it: with each operation's security written out.

Redocly's diff compares an operation's own `security` only, so an operation that loses `security: []` (and so starts
needing the document-level credentials) or a change of the document-level requirement would be missed or reported
once for the whole document. Writing the effective requirement into every operation makes each such change a change
of that operation. Nothing else is altered, so every JSON pointer still means the same place in the spec.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from scripts.pipeline.spec_source import HTTP_METHODS


def detector_view(document: dict[str, Any]) -> dict[str, Any]:
    view = copy.deepcopy(document)
    inherited = view.get("security")
    if inherited is None:
        return view
    for item in (view.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "security" not in operation:
                operation["security"] = copy.deepcopy(inherited)
    return view


def write_view(document: dict[str, Any], target: Path) -> Path:
    """Write the detector's view as JSON (Redocly reads JSON as well as YAML)."""
    target.write_text(json.dumps(detector_view(document), indent=1, default=str), encoding="utf-8")
    return target
