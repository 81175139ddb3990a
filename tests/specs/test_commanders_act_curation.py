"""Curation checks of the Commanders Act spec against the vendor's route list (commanders-act-routes.md).

The route list lives beside the repository, in the shared vendor documents; without it there is nothing to check
the routes against, and the test that needs it skips.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scripts.pipeline.spec_source import iter_operations, load_spec, resolve_references
from scripts.pipeline.validation import validate_spec

REPOSITORY = Path(__file__).resolve().parents[2]
SPEC_PATH = REPOSITORY / "specs" / "commanders_act.yaml"
VENDOR_DOCS = Path(__file__).resolve().parents[3] / "shared" / "vendor-docs"
ROUTES_FILE = VENDOR_DOCS / "commanders-act-routes.md"
JSONAPI = "application/vnd.api+json"

_ROUTE_ROW = re.compile(r"^\|\s*(\d+)\s*\|[^|]*\|\s*([A-Z]+)\s*\|\s*`([^`]+)`\s*\|")

# What each operation answers (JSON:API's conventions; see the spec's info note).
STATUSES = {
    "list_source_categories": {"200", "401"},
    "list_source_catalog": {"200", "400", "401"},
    "list_sources": {"200", "400", "401"},
    "create_source": {"201", "400", "401"},
    "update_source": {"200", "400", "401", "404"},
    "get_source": {"200", "400", "401", "404"},
    "delete_source": {"204", "400", "401", "404"},
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(SPEC_PATH).document


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (method, path, operation) for path, method, _, operation in iter_operations(document)
    }


def test_the_spec_is_valid_and_its_examples_match_their_schemas() -> None:
    problems = validate_spec(load_spec(SPEC_PATH))
    assert not problems, "\n".join(problem.render(REPOSITORY) for problem in problems)


def test_the_seven_routes_of_the_route_list_and_no_other(document: dict[str, Any]) -> None:
    if not ROUTES_FILE.is_file():
        pytest.skip(f"the vendor route list is not available at {ROUTES_FILE} (shared vendor documents absent)")
    rows = [
        match.groups()
        for line in ROUTES_FILE.read_text(encoding="utf-8").splitlines()
        if (match := _ROUTE_ROW.match(line))
    ]
    listed = {(method.lower(), path) for _, method, path in rows}
    assert len(rows) == 7, f"expected the seven routes of {ROUTES_FILE.name}, found {rows}"
    in_spec = {(method, path) for method, path, _ in _operations(document).values()}
    assert in_spec == listed


def test_statuses_are_json_api_conventions(document: dict[str, Any]) -> None:
    operations = _operations(document)
    assert set(operations) == set(STATUSES)
    for operation_id, (_, _, operation) in operations.items():
        assert set(operation["responses"]) == STATUSES[operation_id], operation_id


def test_every_body_is_a_json_api_document(document: dict[str, Any]) -> None:
    for operation_id, (_, _, operation) in _operations(document).items():
        bodies = [resolve_references(document, response) for response in operation["responses"].values()]
        if "requestBody" in operation:
            bodies.append(operation["requestBody"])
        for body in bodies:
            assert list(body.get("content", {JSONAPI: {}})) == [JSONAPI], operation_id


def test_every_operation_takes_either_bearer_token_and_documents_401(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    assert set(schemes) == {"userToken", "dataAccountToken"}
    for scheme in schemes.values():
        assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    for operation_id, (_, _, operation) in _operations(document).items():
        assert operation["security"] == [{"userToken": []}, {"dataAccountToken": []}], operation_id
        assert "401" in operation["responses"], operation_id


def test_the_site_is_a_server_variable(document: dict[str, Any]) -> None:
    (server,) = document["servers"]
    assert server["url"] == "https://api.commander1.com/v2/{siteId}"
    assert server["variables"]["siteId"]["default"]


def test_include_is_a_comma_separated_list_of_enumerated_names(document: dict[str, Any]) -> None:
    expected = {
        "list_source_catalog": ["categories"],
        "list_sources": ["connector", "environment", "health"],
        "get_source": ["connector", "environment", "health"],
    }
    for operation_id, (_, _, operation) in _operations(document).items():
        parameters = [resolve_references(document, parameter) for parameter in operation.get("parameters", [])]
        include = [parameter for parameter in parameters if parameter["name"] == "include"]
        if operation_id not in expected:
            assert not include, operation_id
            continue
        (parameter,) = include
        assert (parameter["in"], parameter["style"], parameter["explode"]) == ("query", "form", False)
        assert parameter["schema"]["items"]["enum"] == expected[operation_id]


def test_error_envelope_is_the_documented_one(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert document["x-error-schema"] == "#/components/schemas/ErrorDocument"
    assert schemas["Error"]["required"] == ["code", "detail"]
    assert set(schemas["ErrorMeta"]["properties"]) == {"error_count", "line_numbers", "ids"}
    assert set(schemas["BulkCounts"]["properties"]) == {"accepted_object_count", "rejected_object_count"}
    vendor_example = {
        "errors": [
            {
                "code": "YOU_CAN_CHECK_THIS_IN_CODE",
                "detail": "This explains the error",
                "meta": {
                    "context_property_example": "value_example",
                    "error_count": 3,
                    "line_numbers": [34, 45],
                    "ids": ["c9017b85-8016-4f13-88b4-18d57c67b866", "12e0c3cb-7e8d-462f-9232-f7c61a900738"],
                },
            }
        ],
        "data": {"accepted_object_count": 4, "rejected_object_count": 3},
    }
    wrapper = {**schemas["ErrorDocument"], "components": document["components"]}
    jsonschema.Draft202012Validator(wrapper).validate(vendor_example)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(wrapper).validate({"errors": [{"detail": "no code"}]})


def test_date_attributes_are_long_iso_8601_with_a_time_zone(document: dict[str, Any]) -> None:
    date_time = document["components"]["schemas"]["DateTime"]
    assert date_time["format"] == "date-time"
    long_form = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$")
    assert all(long_form.match(example) for example in date_time["examples"])
    attributes = document["components"]["schemas"]["SourceAttributes"]["properties"]
    dated = [name for name, schema in attributes.items() if schema.get("$ref") == "#/components/schemas/DateTime"]
    assert set(dated) == {
        "start_date", "end_date", "data_start_date", "data_end_date", "last_request_at", "next_request_at",
        "last_run_at", "created", "updated", "deleted_at",
    }  # fmt: skip


def test_create_links_to_read_update_and_delete(document: dict[str, Any]) -> None:
    links = _operations(document)["create_source"][2]["responses"]["201"]["links"]
    assert {link["operationId"] for link in links.values()} == {"get_source", "update_source", "delete_source"}
    assert links["update_source"]["requestBody"]["data"]["id"] == "$response.body#/data/id"
