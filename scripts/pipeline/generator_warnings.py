"""openapi-python-client's warnings, told where they belong: the operation and its line in the spec.

The generator prints a warning per operation it could not wholly type (a body or answer of a content type it does
not read, such as `image/png` or `application/xml`): `WARNING parsing POST /pets/{id}/photo within pets. ...`,
then the reason after a blank line.
"""

from __future__ import annotations

import re

from .errors import SpecProblem
from .spec_source import SpecSource, pointer_join

_WARNING = re.compile(
    r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within \S+?\.(?P<skipped> Endpoint will not be generated\.)?"
    r"\s*\n\s*\n(?P<reason>[^\n]+)",
    re.MULTILINE,
)
_NOISE = re.compile(r"<openapi_python_client[^>]*> ")
_HINT = (
    " (a content type can be read as another: content_type_overrides in overrides/<vendor>/openapi-python-client.yaml)"
)


def generator_warnings(output: str, source: SpecSource) -> list[SpecProblem]:
    """Each warning in the generator's `output`, at its operation's line: `<operationId> (<METHOD> <path>) ...`."""
    found = []
    for match in _WARNING.finditer(output):
        method, path = match["method"], match["path"]
        pointer = pointer_join(pointer_join("/paths", path), method.lower())
        operation = (source.document.get("paths") or {}).get(path, {}).get(method.lower(), {})
        name = operation.get("operationId", "?") if isinstance(operation, dict) else "?"
        effect = "is not generated" if match["skipped"] else "is generated without that part"
        reason = _NOISE.sub("", match["reason"].strip())
        hint = _HINT if "content type" in reason.lower().replace("_", " ") else ""
        found.append(source.problem(pointer, f"{name} ({method} {path}) {effect}: {reason}{hint}"))
    return found
