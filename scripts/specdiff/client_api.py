"""The public API of a generated client package, read with `ast`, and what disappears or changes between two.

Public names are module-level functions, classes and assignments whose names (and module path) do not start with
`_`, the names a package `__init__` re-exports, and within each class its fields, enum members and methods. Each
maps to its signature as source text, so a renamed parameter, a new required argument or a changed type shows.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from .git_source import GitSource


@dataclass(frozen=True)
class ApiChange:
    name: str  # e.g. "bettrdata_client.models.datafile.Datafile.file_name"
    kind: str  # "removed" or "changed"
    before: str
    after: str  # "" when removed

    def render(self) -> str:
        if self.kind == "removed":
            return f"removed  {self.name}: was `{self.before}`"
        return f"changed  {self.name}: `{self.before}` is now `{self.after}`"


def public_api(files: dict[str, str]) -> dict[str, str]:
    """Public names of the modules in `files` (path relative to the vendor folder -> source) and their signatures."""
    api: dict[str, str] = {}
    for path, source in sorted(files.items()):
        parts = path.removesuffix(".py").split("/")
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if not parts or any(part.startswith("_") for part in parts):
            continue
        module = ".".join(parts)
        try:
            tree = ast.parse(source, filename=path)
        except SyntaxError as error:
            api[f"{module}"] = f"<does not parse: {error.msg} at line {error.lineno}>"
            continue
        if path.endswith("__init__.py"):
            api.update(_reexports(module, tree))
        for name, signature in _members(tree.body):
            api[f"{module}.{name}"] = signature
    return api


def compare(before: dict[str, str], after: dict[str, str]) -> list[ApiChange]:
    """Names that disappear, and names whose signature changed, in name order."""
    removed = {name for name in before if name not in after}
    changes = []
    for name, signature in sorted(before.items()):
        if name in removed and not _inside(name, removed):
            changes.append(ApiChange(name, "removed", signature, ""))
        elif name not in removed and after[name] != signature:
            changes.append(ApiChange(name, "changed", signature, after[name]))
    return changes


def _inside(name: str, removed: set[str]) -> bool:
    """Whether something that holds `name` (its class or module) is itself listed as removed."""
    parts = name.split(".")
    return any(".".join(parts[:end]) in removed for end in range(1, len(parts)))


def api_at(source: GitSource, folder: str) -> dict[str, str]:
    """The public API of the Python files under `folder` (e.g. "generated/bettrdata") at the git ref."""
    paths = [path for path in source.list_files(folder) if path.endswith(".py")]
    contents = source.read_many(paths)
    return public_api({path[len(folder) + 1 :]: data.decode("utf-8") for path, data in contents.items()})


def api_in(folder: Path) -> dict[str, str]:
    """The public API of the Python files under `folder` as they are on disk."""
    if not folder.is_dir():
        return {}
    files = {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*.py"))
        if not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }
    return public_api(files)


def _reexports(module: str, tree: ast.Module) -> dict[str, str]:
    exported: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            origin = "." * node.level + (node.module or "")
            for alias in node.names:
                name = alias.asname or alias.name
                if not name.startswith("_"):
                    exported[f"{module}.{name}"] = f"from {origin} import {alias.name}"
    return exported


def _members(body: list[ast.stmt], prefix: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if node.name.startswith("_") and node.name != "__init__":
                continue
            decorators = "".join(f"@{ast.unparse(decorator)} " for decorator in node.decorator_list)
            keyword = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
            returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
            found.append((prefix + node.name, f"{decorators}{keyword} {node.name}({ast.unparse(node.args)}){returns}"))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            bases = ", ".join(ast.unparse(base) for base in [*node.bases, *node.keywords])
            found.append((prefix + node.name, f"class {node.name}({bases})"))
            found += _members(node.body, f"{prefix}{node.name}.")
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if not node.target.id.startswith("_"):
                default = f" = {ast.unparse(node.value)}" if node.value else ""
                found.append((prefix + node.target.id, f"{node.target.id}: {ast.unparse(node.annotation)}{default}"))
        elif isinstance(node, ast.Assign) and not _is_type_variable(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name) and not target.id.startswith("_"):
                    found.append((prefix + target.id, f"{target.id} = {ast.unparse(node.value)}"))
    return found


def _is_type_variable(value: ast.expr) -> bool:
    """`T = TypeVar(...)`: a typing helper in every generated model, not something users call."""
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "TypeVar"
