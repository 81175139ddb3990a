"""Mistakes mypy must reject in Celigo code: each line marked `# expect: <error code>` must be reported with that
code. Checked by tests/typing/test_typing.py, never run.
"""

from __future__ import annotations

from celigo_client import Celigo
from celigo_client.models import JsonPatchOperation, JsonPatchOperationOp, VirtualExportPageRequest


def a_union_answer_used_without_narrowing(client: Celigo) -> None:
    print(client.connections.get("c1").rest)  # expect: union-attr


def misspelt_path_argument(client: Celigo) -> None:
    client.connections.get(connection_id="c1")  # expect: call-arg


def a_patch_that_is_not_a_list(client: Celigo) -> None:
    operation = JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/name", value="x")
    client.connections.patch("c1", body=operation)  # expect: arg-type


def a_plain_string_for_a_model_enum(client: Celigo) -> None:
    JsonPatchOperation(op="replace", path="/name", value="x")  # expect: arg-type


def a_paged_export_read_as_one_page(client: Celigo, request: VirtualExportPageRequest) -> None:
    print(client.virtual_exports.run_paged("c1", body=request).data)  # expect: attr-defined


def the_page_envelope_misspelt(client: Celigo, request: VirtualExportPageRequest) -> None:
    for page in client.virtual_exports.run_paged("c1", body=request).pages():
        print(page.parsed.paged_export_stat)  # expect: attr-defined


def a_per_call_option_of_the_wrong_type(client: Celigo) -> None:
    client.connections.list(timeout="30s")  # expect: arg-type


def a_deletion_used_as_a_record(client: Celigo) -> None:
    print(client.connections.delete("c1").name)  # expect: func-returns-value
