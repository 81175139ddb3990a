"""Where a default schemathesis check cannot apply, written next to the operation with the reason.

A waiver lifts one check for one operation, and only for the answer it describes (status and message), so
the check still runs on every other answer of that operation. Each waiver that was used is counted in the
test output; a waiver naming an operation or check that does not exist fails the suite.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

CHECK_NAMES = frozenset(
    {
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "response_headers_conformance",
        "positive_data_acceptance",
        "negative_data_rejection",
        "use_after_free",
        "ensure_resource_availability",
        "missing_required_header",
        "ignored_auth",
        "unsupported_method",
        "allow_header_conformance",
        "object_level_authorization",
    }
)


@dataclass(frozen=True)
class Waiver:
    operation_id: str
    check: str
    reason: str
    status: int
    applies: Callable[[Any], bool]  # given the decoded JSON body of the answer

    def matches(self, status: int, body: Any) -> bool:
        return status == self.status and self.applies(body)


def _message(text: str) -> Callable[[Any], bool]:
    return lambda body: isinstance(body, Mapping) and body.get("message") == text


def _detail(name: str) -> Callable[[Any], bool]:
    def applies(body: Any) -> bool:
        details = body.get("details") if isinstance(body, Mapping) else None
        return isinstance(details, list) and any(isinstance(d, Mapping) and d.get("name") == name for d in details)

    return applies


def _error_pointer(pointer: str) -> Callable[[Any], bool]:
    """A JSON:API `errors[]` answer whose first error names the body member at `pointer`."""

    def applies(body: Any) -> bool:
        errors = body.get("errors") if isinstance(body, Mapping) else None
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], Mapping) else {}
        meta = first.get("meta")
        return isinstance(meta, Mapping) and meta.get("pointer") == pointer

    return applies


def _error_code(code: str) -> Callable[[Any], bool]:
    """An `{"errors": [{"code": ...}]}` envelope (Celigo's) whose first error has this code."""

    def applies(body: Any) -> bool:
        errors = body.get("errors") if isinstance(body, Mapping) else None
        return (
            isinstance(errors, list)
            and bool(errors)
            and isinstance(errors[0], Mapping)
            and errors[0].get("code") == code
        )

    return applies


UNKNOWN_ID = (
    "schemathesis draws identifiers that no record has; the request is well formed, and the vendor documents the "
    "answer to an unknown {what} as 400 '{message}' (the spec documents no 404)"
)

WAIVERS: dict[str, list[Waiver]] = {
    "bettrdata": [
        Waiver(
            "run_count",
            "positive_data_acceptance",
            UNKNOWN_ID.format(what="orderId", message="No Audience Found"),
            400,
            _message("No Audience Found"),
        ),
        Waiver(
            "update_audience",
            "positive_data_acceptance",
            UNKNOWN_ID.format(what="orderId", message="No Audience Found"),
            400,
            _message("No Audience Found"),
        ),
        Waiver(
            "cancel_count",
            "positive_data_acceptance",
            UNKNOWN_ID.format(what="executionHash", message="SQL Statement not found"),
            400,
            _message("SQL Statement not found"),
        ),
        Waiver(
            "cancel_count",
            "positive_data_acceptance",
            "a dbOrigin the server does not run is documented as 400 'Database Origin Not Supported'",
            400,
            _message("Database Origin Not Supported"),
        ),
        Waiver(
            "get_count_result",
            "positive_data_acceptance",
            "the vendor documents no answer for an unknown countResultId; the mock answers the documented 400 "
            "naming countResultId rather than an empty page that would hide a client's wrong identifier",
            400,
            _detail("countResultId"),
        ),
        Waiver(
            "stream_count_status",
            "not_a_server_error",
            "the vendor documents 500 'Database Origin Not Supported' for a known execution asked for on a "
            "database the server does not support (the stream's own section; cancel_count says 400)",
            500,
            _message("Database Origin Not Supported"),
        ),
    ],
    "narrative": [
        Waiver(
            "delete_dataset",
            "ignored_auth",
            "in the stateful phase schemathesis classes this DELETE's Authorization header as generated (so, to "
            "it, likely invalid) although the mock accepted it and answered 204: the header held a valid token. "
            "The mock refuses this operation without a token and with a wrong one (401; "
            "tests/apimock/test_auth.py::test_delete_dataset_refuses_missing_and_wrong_tokens)",
            204,
            lambda body: body is None,
        ),
        Waiver(
            "admin_update_active_contract",
            "positive_data_acceptance",
            "in the stateful phase schemathesis infers a link from every contract answer to PUT "
            "/admin/contracts/{company_id}, reading it as the contract's item path, and puts the contract's uuid "
            "`id` into the int64 `company_id`: the request breaks its own schema and the 400 naming company_id is "
            "right (the path takes a company, as its parameter says)",
            400,
            _detail("company_id"),
        ),
        Waiver(
            "request_oauth_token",
            "positive_data_acceptance",
            "a refresh_token grant must present a refresh token this server issued (RFC 6749, 6); one drawn at "
            "random is well formed and rightly refused with 400 invalid_grant (RFC 6749, 5.2)",
            400,
            lambda body: isinstance(body, Mapping) and body.get("error") == "invalid_grant",
        ),
    ],
    "commanders_act": [
        Waiver(
            "update_source",
            "ensure_resource_availability",
            "PATCH /sources names its source inside the body (`data.id`, as JSON:API has it), and schemathesis "
            "counts a DELETE as removing only resources whose path lies under the deleted one: after the links "
            "from one create to DELETE /sources/{id} and then to PATCH /sources, the right 404 naming /data/id "
            "reads to it as 'created resource not found'. tests/apimock/test_commanders_act.py checks that an "
            "update of a stored source succeeds",
            404,
            _error_pointer("/data/id"),
        ),
    ],
    "celigo": [
        Waiver(
            "run_virtual_export_page",
            "positive_data_acceptance",
            "a pagedExportState is signed by the server (`sig`, an HMAC of the rest of the state, the connection "
            "and the export); one drawn at random is well formed and rightly refused with the documented 400 "
            "invalid_paged_export_state",
            400,
            _error_code("invalid_paged_export_state"),
        ),
        Waiver(
            "patch_connection",
            "positive_data_acceptance",
            "a JSON Patch drawn at random names paths the connection does not have, tests values it does not "
            "hold, or leaves an invalid connection; RFC 6902 makes such a patch fail as a whole, answered with the "
            "documented 422 (RFC 5789)",
            422,
            _error_code("invalid_patch"),
        ),
    ],
}


def waivers_for(vendor: str) -> list[Waiver]:
    return WAIVERS.get(vendor, [])
