"""Where the pipeline's inputs and outputs are, and which vendors exist.

A vendor exists when `specs/<vendor>.yaml` does. Its client is the distribution `<vendor>-client` holding the
package `<vendor>_client`, generated into `generated/<vendor>/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

VENDOR_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Workspace:
    """A checkout of the project: the folders the pipeline reads and writes."""

    root: Path

    @property
    def specs(self) -> Path:
        return self.root / "specs"

    @property
    def overrides(self) -> Path:
        return self.root / "overrides"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def build_area(self) -> Path:
        """Scratch space on the same file system as `generated/`, so that a finished build can be renamed in."""
        return self.root / ".build"

    @property
    def lock_file(self) -> Path:
        return self.root / "requirements" / "lock.txt"

    @property
    def pipeline_sources(self) -> Path:
        return Path(__file__).resolve().parent

    def vendors(self) -> list[Vendor]:
        found = []
        for spec in sorted(self.specs.glob("*.yaml")):
            if not VENDOR_NAME.match(spec.stem):
                raise ValueError(f"{spec}: a spec's file name must be a lowercase identifier, e.g. `acme.yaml`")
            found.append(Vendor(name=spec.stem, workspace=self))
        return found

    def vendor(self, name: str) -> Vendor:
        for vendor in self.vendors():
            if vendor.name == name:
                return vendor
        known = ", ".join(v.name for v in self.vendors()) or "none"
        raise ValueError(f"no spec for vendor {name!r} in {self.specs} (known: {known})")


@dataclass(frozen=True)
class Vendor:
    name: str
    workspace: Workspace

    @property
    def spec(self) -> Path:
        return self.workspace.specs / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        return f"{self.name}_client"

    @property
    def distribution(self) -> str:
        return f"{self.name.replace('_', '-')}-client"

    @property
    def overrides(self) -> Path:
        """Hand-written modules added to this vendor's package only."""
        return self.workspace.overrides / self.name

    @property
    def output(self) -> Path:
        return self.workspace.generated / self.name
