"""The lines `make diff` prints for one vendor."""

from __future__ import annotations

from dataclasses import dataclass, field

from scripts.pipeline.spec_source import SpecSource

from .client_api import ApiChange
from .detector import Change
from .operations import component_of, operation_label, operations_using


@dataclass
class VendorReport:
    vendor: str
    against: str  # e.g. "main (1a2b3c4d5e)"
    status: str = "changed"  # "changed", "unchanged", "new" or "removed"
    spec_changes: list[Change] = field(default_factory=list)
    api_changes: list[ApiChange] = field(default_factory=list)
    base: SpecSource | None = None
    revision: SpecSource | None = None

    @property
    def breaking(self) -> int:
        """Breaking changes in the spec (every client name removed or changed is breaking too, counted apart)."""
        return sum(change.breaking for change in self.spec_changes)

    @property
    def has_breaking(self) -> bool:
        return self.status == "removed" or self.breaking > 0 or bool(self.api_changes)

    def lines(self, ref: str) -> list[str]:
        spec = f"specs/{self.vendor}.yaml"
        if self.status == "new":
            return [f"{self.vendor}: new spec, not in {self.against}; nothing to compare"]
        if self.status == "removed":
            return [f"{self.vendor}: BREAKING: {spec} was removed since {self.against}; every operation is gone"]
        if self.status == "unchanged" and not self.api_changes:
            return [f"{self.vendor}: no change since {self.against}"]
        not_breaking = len(self.spec_changes) - self.breaking
        head = f"{self.vendor}: {self.breaking} breaking, {not_breaking} not breaking in the spec; "
        head += f"{len(self.api_changes)} client name(s) removed or changed (against {self.against})"
        lines = [head]
        for change in self.spec_changes:
            verdict = "BREAKING    " if change.breaking else "not breaking"
            lines.append(f"  {verdict}  {self._operations(change)}  {change.pointer}: {change.message}")
            lines[-1] += self._where(change, spec, ref)
        lines += [f"  BREAKING      client {api_change.render()}" for api_change in self.api_changes]
        return lines

    def _operations(self, change: Change) -> str:
        """The operation the change is reported at, and any others that use the same component."""
        documents = [source.document for source in (self.revision, self.base) if source]
        label = operation_label(change.pointer, *documents)
        component = component_of(change.location)
        source = self.base if change.side == "base" else self.revision
        if component and source:
            others = [name for name in operations_using(source.document, component) if not label.startswith(name)]
            if others:
                label += f" (also {', '.join(others)})"
        return label

    def _where(self, change: Change, spec: str, ref: str) -> str:
        parts = [change.rule] if change.rule else []
        if change.location != change.pointer:
            parts.append(change.location)
        source = self.base if change.side == "base" else self.revision
        if source:
            line = source.line_of(change.location.lstrip("#"))
            parts.append(f"{spec}:{line}" + (f" at {ref}" if change.side == "base" else ""))
        return f" [{'; '.join(parts)}]" if parts else ""
