"""Reading the repository's files as they were at a git ref, without touching the work tree."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """A git command failed; the message says which and why."""


DEFAULT_BASES = ("main", "origin/main")


@dataclass(frozen=True)
class GitSource:
    root: Path
    commit: str  # the full hash the ref named
    ref: str  # what the user asked for, e.g. "main"

    @classmethod
    def at(cls, root: Path, ref: str | None) -> GitSource:
        """The files at `ref`; without one, at main (or origin/main in a clone without a local main)."""
        candidates = (ref,) if ref else DEFAULT_BASES
        for candidate in candidates:
            commit = _git(root, "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}", check=False)
            if commit:
                return cls(root=root, commit=commit.decode().strip(), ref=candidate)
        raise GitError(f"unknown git ref {' or '.join(repr(c) for c in candidates)} in {root}")

    @property
    def short(self) -> str:
        return self.commit[:10]

    def list_files(self, folder: str) -> list[str]:
        """Paths (relative to the repository) of the files under `folder` at the ref."""
        listing = _git(self.root, "ls-tree", "-r", "--name-only", "-z", self.commit, "--", folder)
        return sorted(name for name in listing.decode().split("\0") if name)

    def read(self, path: str) -> bytes | None:
        """The bytes of `path` at the ref, or None when it did not exist there."""
        return self.read_many([path]).get(path)

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        """The bytes of each path that existed at the ref, read by one `git cat-file --batch`."""
        if not paths:
            return {}
        request = "".join(f"{self.commit}:{path}\n" for path in paths).encode()
        output = _git(self.root, "cat-file", "--batch", stdin=request)
        found: dict[str, bytes] = {}
        position = 0
        for path in paths:
            end = output.index(b"\n", position)
            header = output[position:end].split()
            position = end + 1
            if header[-1] == b"missing":
                continue
            size = int(header[2])
            found[path] = output[position : position + size]
            position += size + 1
        return found


def _git(root: Path, *arguments: str, stdin: bytes | None = None, check: bool = True) -> bytes:
    try:
        result = subprocess.run(["git", *arguments], cwd=root, input=stdin, capture_output=True, check=False)
    except OSError as error:
        raise GitError(f"cannot run git: {error}") from error
    if result.returncode != 0:
        if not check:
            return b""
        message = result.stderr.decode(errors="replace").strip()
        raise GitError(f"`git {' '.join(arguments)}` failed: {message}")
    return result.stdout
