"""Putting a finished build in place of the old one, so that `generated/` is never left half-written."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path


def replace_directory(staged: Path, target: Path, scratch: Path) -> None:
    """Move `staged` to `target`. The old `target` is set aside first and restored if the move fails.

    `staged`, `target` and `scratch` must be on one file system, so that each step is a rename.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    previous = scratch / f"previous-{target.name}-{uuid.uuid4().hex}"
    had_previous = target.exists()
    if had_previous:
        os.rename(target, previous)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(staged, target)
    except BaseException:
        if had_previous:
            os.rename(previous, target)
        raise
    if had_previous:
        shutil.rmtree(previous)
