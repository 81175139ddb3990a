"""Curation checks of the Celigo spec against the vendor's connections table and the routes file beside it.

The table (in the scraped page) and the routes file (`celigo-routes.md`) live beside the repository, in the shared
vendor documents; without them there is nothing to check the routes against, and the tests that need them skip.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.spec_source import iter_operations, load_spec, resolve_references
from scripts.pipeline.validation import validate_spec

REPOSITORY = Path(__file__).resolve().parents[2]
SPEC_PATH = REPOSITORY / "specs" / "celigo.yaml"
VENDOR_DOCS = Path(__file__).resolve().parents[3] / "shared" / "vendor-docs"
PAGE = VENDOR_DOCS / "004_a0076688b6df89a4.txt"
ROUTES_FILE = VENDOR_DOCS / "celigo-routes.md"

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
# A table row with its URI: `/connections/<_id> | GET | 200 | ... |`; a flattened one lost it: `POST | 201 | ... |`.
_TABLE_ROW = re.compile(r"^(?:(/\S+) \| )?(GET|POST|PUT|PATCH|DELETE) \| (\d{3}) \|")
_ROUTES_ROW = re.compile(r"^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|")

Route = tuple[str, str]  # (method, path) in OpenAPI form, method lower-case


def _openapi_path(uri: str) -> str:
    return re.sub(r"<([^>]+)>", r"{\1}", uri)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(SPEC_PATH).document


@pytest.fixture(scope="module")
def table() -> dict[Route, int]:
    """The page's table, flattened rows restored under the URI of the row above: route -> success code."""
    if not PAGE.is_file():
        pytest.skip(f"the vendor's page is not available at {PAGE} (shared vendor documents absent)")
    rows: dict[Route, int] = {}
    uri = None
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        match = _TABLE_ROW.match(line)
        if match:
            uri = match.group(1) or uri
            assert uri is not None, f"a table row without a URI before it: {line!r}"
            rows[(match.group(2).lower(), _openapi_path(uri))] = int(match.group(3))
    assert len(rows) == 14, f"the table has fourteen rows, found {len(rows)}: {sorted(rows)}"
    return rows


@pytest.fixture(scope="module")
def added_routes() -> set[Route]:
    if not ROUTES_FILE.is_file():
        pytest.skip(f"the routes file is not available at {ROUTES_FILE} (shared vendor documents absent)")
    found = {
        (match.group(1).lower(), match.group(2))
        for match in map(_ROUTES_ROW.match, ROUTES_FILE.read_text(encoding="utf-8").splitlines())
        if match
    }
    assert found, f"no route rows found in {ROUTES_FILE}"
    return found


def _operations(document: dict[str, Any]) -> dict[Route, dict[str, Any]]:
    return {(method, path): operation for path, method, _, operation in iter_operations(document)}


def test_the_spec_is_valid() -> None:
    problems = validate_spec(load_spec(SPEC_PATH))
    assert not problems, "\n".join(problem.render(REPOSITORY) for problem in problems)


def test_the_restored_table_rows_are_the_ones_the_routes_file_names(table: dict[Route, int]) -> None:
    assert table[("post", "/connections")] == 201
    assert table[("put", "/connections/{_id}")] == 200
    assert table[("delete", "/connections/{_id}")] == 204


def test_the_sixteen_routes_are_the_spec_s_operations(
    document: dict[str, Any], table: dict[Route, int], added_routes: set[Route]
) -> None:
    expected = set(table) | added_routes
    assert added_routes == {("patch", "/connections/{_id}"), ("get", "/connections/{_id}/debug")}
    assert len(expected) == 16
    assert set(_operations(document)) == expected


def test_success_codes_are_the_table_s(
    document: dict[str, Any], table: dict[Route, int], added_routes: set[Route]
) -> None:
    for route, operation in _operations(document).items():
        successes = [status for status in operation["responses"] if str(status).startswith("2")]
        wanted = table.get(route, 200)  # the two added routes: 200, as every table row that is no create or delete
        assert successes == [str(wanted)], f"{route}: success {successes}, the table says {wanted}"


def test_the_oauth_route_keeps_the_seed_s_spelling_and_notes_the_other(document: dict[str, Any]) -> None:
    assert "/connections/{_id}/oauth2" not in document["paths"]
    operation = document["paths"]["/connection/{_id}/oauth2"]["get"]
    assert "/connections/{_id}/oauth2" in operation["x-curation-note"]


def test_every_operation_declares_bearer_security_and_its_errors(document: dict[str, Any]) -> None:
    scheme = document["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    error = document["x-error-schema"]
    for route, operation in _operations(document).items():
        assert operation.get("security") == [{"bearerAuth": []}], f"{route}: no operation-level bearer security"
        assert "401" in operation["responses"], f"{route}: no 401"
        if "{_id}" in route[1]:
            assert "404" in operation["responses"], f"{route}: names a connection but documents no 404"
        for status, response in operation["responses"].items():
            if int(status) >= 400:
                media = resolve_references(document, response)["content"]["application/json"]
                assert media["schema"] == {"$ref": error}, f"{route} {status}: not the error schema"


def test_operation_ids_are_unique_snake_case_and_every_tag_is_declared(document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for operation in _operations(document).values()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", operation_id) for operation_id in ids)
    declared = {tag["name"] for tag in document["tags"]}
    assert {tag for operation in _operations(document).values() for tag in operation["tags"]} <= declared


def _secret_fields(document: dict[str, Any], schema: Any, path: str = "") -> set[str]:
    schema = resolve_references(document, schema)
    found = set()
    for name, declared in (schema.get("properties") or {}).items():
        resolved = resolve_references(document, declared)
        if resolved.get("format") == "password":
            found.add(f"{path}{name}")
        found |= _secret_fields(document, resolved, f"{path}{name}.")
    return found


def test_secrets_are_marked_password_and_reads_say_they_are_masked(document: dict[str, Any]) -> None:
    secrets = _secret_fields(document, {"$ref": "#/components/schemas/RestSettings"})
    assert secrets == {
        "bearerToken",
        "basicAuth.password",
        "oauth.clientSecret",
        "oauth.accessToken",
        "oauth.refreshToken",
    }
    assert document["x-secret-mask"] == "•••••••"
    assert "Reads mask secrets" in document["info"]["description"]
    slack = document["components"]["examples"]["SlackConnection"]["value"]
    assert slack["rest"]["bearerToken"] == document["x-secret-mask"]
    settings = document["components"]["schemas"]["RestSettings"]["properties"]
    assert not settings["bearerToken"].get("writeOnly")  # reads do answer it (masked)


def test_the_export_page_paginates_by_the_state_in_the_body(document: dict[str, Any]) -> None:
    operation = document["paths"]["/connections/{_id}/export/pages"]["post"]
    assert operation["x-pagination"] == {
        "style": "body-cursor",
        "items": "data",
        "cursor-member": "pagedExportState",
        "end": "done-true",
        "fields": {"next-cursor": "pagedExportState", "done": "pagedExportState.done"},
    }
    state = document["components"]["schemas"]["PagedExportState"]
    assert set(state["required"]) == {
        "searchId",
        "pageIndex",
        "pageSize",
        "totalPages",
        "totalRecords",
        "done",
        "issuedAt",
        "sig",
    }
    assert "not valid JSON" in operation["x-curation-note"]


def test_the_create_links_to_every_operation_on_a_connection(document: dict[str, Any]) -> None:
    links = document["paths"]["/connections"]["post"]["responses"]["201"]["links"]
    linked = {link["operationId"] for link in links.values()}
    on_a_connection = {  # every operation whose path names a connection and nothing else
        operation["operationId"]
        for (_, path), operation in _operations(document).items()
        if re.findall(r"\{([^}]+)\}", path) == ["_id"]
    }
    assert linked == on_a_connection
    assert all(link["parameters"] == {"_id": "$response.body#/_id"} for link in links.values())
