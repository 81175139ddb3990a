"""Comparing a fresh build with what is committed in `generated/`."""

from __future__ import annotations

import filecmp
from pathlib import Path

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _relative_files(root: Path) -> set[Path]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file()
        and not IGNORED_PARTS.intersection(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(root).parts)
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """One line per file that differs between the two trees, named relative to `actual`'s parent."""
    wanted, present = _relative_files(expected), _relative_files(actual)
    shown = actual.name
    lines = [f"{shown}/{path}: missing (the specs produce it)" for path in sorted(wanted - present)]
    lines += [f"{shown}/{path}: not produced by the specs" for path in sorted(present - wanted)]
    lines += [
        f"{shown}/{path}: differs from what the specs produce"
        for path in sorted(wanted & present)
        if not filecmp.cmp(expected / path, actual / path, shallow=False)
    ]
    return sorted(lines)
