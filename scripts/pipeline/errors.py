"""Errors the pipeline reports to people: each names the file and, where it can, the line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with a spec, at a line of its file (1-based; 0 when unknown)."""

    path: Path
    line: int
    message: str

    def render(self, root: Path) -> str:
        try:
            shown = self.path.relative_to(root)
        except ValueError:
            shown = self.path
        location = f"{shown}:{self.line}" if self.line else f"{shown}"
        return f"{location}: {self.message}"


class PipelineError(Exception):
    """A step failed; `generated/` has not been touched."""


class InvalidSpec(PipelineError):
    """A spec failed validation. Carries every problem found, not only the first."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in spec")
        self.problems = problems
