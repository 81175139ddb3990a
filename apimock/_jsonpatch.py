"""JSON Patch (RFC 6902) bodies: a change of a stored record sent as `application/json-patch+json` applies the
patch to the record, all operations or none (the `jsonpatch` library does the applying).

Failures are described by the operation's position, kind and path, never by the values involved (a `test`
against a secret must not echo it).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

import jsonpatch
import jsonpointer

from ._spec import Operation

JSON_PATCH_MEDIA_TYPE = "application/json-patch+json"


class PatchFailed(Exception):
    """The patch cannot be applied to the record; the message names the operation that failed."""


def takes_json_patch(operation: Operation) -> bool:
    content: Mapping[str, Any] = (operation.request_body or {}).get("content") or {}
    return JSON_PATCH_MEDIA_TYPE in content


def apply_patch(record: Mapping[str, Any], patch: Sequence[Any]) -> dict[str, Any]:
    """The record after every operation of `patch`, in order; `PatchFailed` if one cannot be applied or the
    result is not an object. `record` itself is left as it was."""
    document: Any = copy.deepcopy(dict(record))
    for index, operation in enumerate(patch):
        what = _describe(index, operation)
        try:
            document = jsonpatch.JsonPatch([operation]).apply(document, in_place=True)
        except jsonpatch.JsonPatchTestFailed:
            raise PatchFailed(f"{what}: the value there is not the one tested") from None
        except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException):
            raise PatchFailed(f"{what}: the record has no such location") from None
        except jsonpatch.JsonPatchException:
            raise PatchFailed(f"{what}: not a valid operation") from None
    if not isinstance(document, dict):
        raise PatchFailed("the patched document is not an object")
    return document


def _describe(index: int, operation: Any) -> str:
    if not isinstance(operation, Mapping):
        return f"operation {index}"
    return f"operation {index} ({operation.get('op')} {operation.get('path')!r})"
