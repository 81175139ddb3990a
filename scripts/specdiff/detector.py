"""The detector: Redocly CLI's `diff`, run on a spec's base and revised versions, its report read into `Change`s.

Redocly rates each change by the semver bump it needs for the API's users, looking at the direction data flows
(a value an API stops sending is harmless, one it stops accepting is not). Here `major` is breaking for a client
user; `minor` and `patch` are not.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BREAKING_IMPACT = "major"


class DetectorError(Exception):
    """Redocly's diff could not run or answered something that is not its report."""


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a spec, as it affects one operation (or the whole document)."""

    pointer: str  # where it takes effect, e.g. "#/paths/~1x/get/responses/200/content/application~1json/schema"
    impact: str  # "major", "minor" or "patch"
    rule: str  # the detector's rule, e.g. "property-removed"; "" for changes no rule comments on
    message: str
    location: str  # where it is written: `pointer` itself, or e.g. the component the changed schema is defined in
    side: str  # "base" when `location` is in the base version (a removal), else "revision"

    @property
    def breaking(self) -> bool:
        return self.impact == BREAKING_IMPACT


def redocly(root: Path) -> Path:
    executable = root / "node_modules" / ".bin" / "redocly"
    if not executable.exists():
        raise DetectorError(f"{executable} is missing: run `make` (it installs the pinned npm tools)")
    return executable


def compare(root: Path, base: Path, revision: Path) -> list[Change]:
    """Every change from `base` to `revision`, breaking ones first, each group in the report's order."""
    command = [str(redocly(root)), "diff", str(base), str(revision), "--format=json", "--fail-on=none"]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    try:
        raw_changes = json.loads(result.stdout)["changes"]
    except (ValueError, KeyError, TypeError):
        detail = (result.stderr.strip() or result.stdout.strip() or "no output").splitlines()[-5:]
        raise DetectorError(
            f"redocly diff {base.name} {revision.name} failed (exit {result.returncode}): " + " / ".join(detail)
        ) from None
    rated = {raw.get("path") for raw in raw_changes if raw.get("verdicts")}
    changes = [
        change
        for raw in raw_changes
        # Redocly also lists, unrated, a place one of its rules already reported: keep the rule's line only.
        if raw.get("verdicts") or raw.get("path") not in rated
        for change in _read_change(raw, base)
    ]
    return sorted(changes, key=lambda change: not change.breaking)


def _read_change(raw: dict[str, Any], base: Path) -> list[Change]:
    pointer = str(raw.get("path", "#"))
    impact = str(raw.get("impact", "patch"))
    verdicts = raw.get("verdicts") or []
    if not verdicts:
        side = "revision" if raw.get("revision") else "base"
        written = (raw.get(side) or {}).get("pointer") or pointer
        return [Change(pointer, impact, "", _describe(raw), str(written), side)]
    changes = []
    for verdict in verdicts:
        location = verdict.get("location") or {}
        side = "base" if Path(str(location.get("file", ""))).name == base.name else "revision"
        changes.append(
            Change(
                pointer=pointer,
                impact=str(verdict.get("impact", impact)),
                rule=str(verdict.get("ruleId", "")),
                message=str(verdict.get("message", "")),
                location=str(location.get("pointer") or pointer),
                side=side,
            )
        )
    return changes


def _describe(raw: dict[str, Any]) -> str:
    """A sentence for a change no rule commented on, e.g. "Parameter added." or "Schema `description` modified."."""
    what = str(raw.get("typeName") or "value")
    kind = str(raw.get("kind", "modified"))
    prop = raw.get("property")
    if not prop:
        return f"{what} {kind}."
    before = (raw.get("base") or {}).get("value")
    after = (raw.get("revision") or {}).get("value")
    values = f": {json.dumps(before)} -> {json.dumps(after)}" if _short(before) and _short(after) else ""
    return f"{what} `{prop}` {kind}{values}."


def _short(value: Any) -> bool:
    return value is not None and not isinstance(value, dict) and len(json.dumps(value)) <= 60
