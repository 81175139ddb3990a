"""What linting reports: one problem found by a linter, how problems are shown and counted, a linter that failed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

# Errors and warnings fail `make lint`: the rule is zero errors, and every warning fixed or disabled with a reason.
FAILING = ("error", "warning")


@dataclass(frozen=True)
class Finding:
    """A linter's problem at a line of a spec (1-based; 0 when the tool gave no location)."""

    tool: str
    rule: str
    severity: str  # "error", "warning" or "info"
    spec: str  # the spec's path relative to the repository, e.g. "specs/bettrdata.yaml"
    line: int
    message: str

    def render(self) -> str:
        location = f"{self.spec}:{self.line}" if self.line else self.spec
        return f"{location}: {self.severity} [{self.tool} {self.rule}] {self.message}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(**{name: data[name] for name in ("tool", "rule", "severity", "spec", "line", "message")})


class ToolError(Exception):
    """A linter could not run, or answered something that is not its report."""


def summary(vendor: str, findings: Iterable[Finding], tools: Iterable[str], profile: str = "curated") -> str:
    """The one line `make` prints for a spec (naming its lint profile when it is not the house one)."""
    counts = Counter(finding.severity for finding in findings)
    failing = [f"{counts[severity]} {severity}{'s' if counts[severity] != 1 else ''}" for severity in FAILING]
    rules = "" if profile == "curated" else f"{profile} profile: "
    if not any(counts[severity] for severity in FAILING):
        return f"{vendor}: lint clean ({rules}{', '.join(tools)})"
    return f"{vendor}: lint found {', '.join(failing)} ({rules}`make lint` lists them)"


def fails(findings: Iterable[Finding]) -> bool:
    return any(finding.severity in FAILING for finding in findings)
