"""Curation checks of the Narrative spec against the vendor's route list (narrative-routes.md).

The route list lives beside the repository, in the shared vendor documents; without it there is nothing to
check against, and the tests that need it skip.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from scripts.pipeline.spec_source import iter_operations, load_spec, resolve_references
from scripts.pipeline.validation import validate_spec

REPOSITORY = Path(__file__).resolve().parents[2]
# The draft's place until the lead moves it to specs/.
SPEC_PATH = REPOSITORY / "specs" / "narrative.yaml"
VENDOR_DOCS = Path(__file__).resolve().parents[3] / "shared" / "vendor-docs"
ROUTES_FILE = VENDOR_DOCS / "narrative-routes.md"

_ROUTE_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*([A-Z]+)\s*\|\s*`([^`]+)`\s*\|\s*$")
_SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

Operation = tuple[str, str, dict[str, Any]]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(SPEC_PATH).document


@pytest.fixture(scope="module")
def routes() -> list[tuple[int, str, str, str]]:
    """(number, tag, method, path) of every row of narrative-routes.md."""
    if not ROUTES_FILE.is_file():
        pytest.skip(f"the vendor route list is not available at {ROUTES_FILE} (shared vendor documents absent)")
    rows = []
    for line in ROUTES_FILE.read_text(encoding="utf-8").splitlines():
        match = _ROUTE_ROW.match(line)
        if match:
            number, _, tag, method, path = match.groups()
            rows.append((int(number), tag, method.lower(), path))
    assert rows, f"no route rows found in {ROUTES_FILE}"
    return rows


def _operations(document: dict[str, Any]) -> list[Operation]:
    return [(method, path, operation) for path, method, _, operation in iter_operations(document)]


def test_the_spec_is_valid() -> None:
    problems = validate_spec(load_spec(SPEC_PATH))
    assert not problems, "\n".join(problem.render(REPOSITORY) for problem in problems)


def test_every_route_is_in_the_spec_with_its_method_path_and_tag(
    document: dict[str, Any], routes: list[tuple[int, str, str, str]]
) -> None:
    missing = []
    for number, tag, method, path in routes:
        operation = document["paths"].get(path, {}).get(method)
        if not isinstance(operation, dict):
            missing.append(f"#{number} {method.upper()} {path}: not in the spec")
        elif operation.get("tags") != [tag]:
            missing.append(f"#{number} {method.upper()} {path}: tags {operation.get('tags')!r}, expected [{tag!r}]")
    assert not missing, "\n".join(missing)


def test_the_spec_has_no_operation_outside_the_route_list(
    document: dict[str, Any], routes: list[tuple[int, str, str, str]]
) -> None:
    listed = {(method, path) for _, _, method, path in routes}
    extra = [f"{method.upper()} {path}" for method, path, _ in _operations(document) if (method, path) not in listed]
    assert not extra, f"operations not in narrative-routes.md: {extra}"
    assert len(_operations(document)) == len(routes)


def test_every_tag_used_is_declared(document: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in document.get("tags", [])}
    used = {tag for _, _, operation in _operations(document) for tag in operation.get("tags", [])}
    assert used <= declared, f"undeclared tags: {sorted(used - declared)}"
    assert all(tag.get("description") for tag in document["tags"])


def test_every_operation_has_a_success_schema_or_says_why_not(document: dict[str, Any]) -> None:
    lacking = []
    for method, path, operation in _operations(document):
        successes = [
            resolve_references(document, response)
            for status, response in operation["responses"].items()
            if str(status).startswith("2")
        ]
        assert successes, f"{method.upper()} {path} has no 2xx response"
        has_schema = any(
            "schema" in media for response in successes for media in (response.get("content") or {}).values()
        )
        if not has_schema and "204" not in str(operation.get("x-curation-note", "")):
            lacking.append(f"{method.upper()} {path}")
    assert not lacking, f"no success schema and no x-curation-note explaining why: {lacking}"


def test_operation_ids_are_unique_and_snake_case(document: dict[str, Any]) -> None:
    ids = [operation.get("operationId") for _, _, operation in _operations(document)]
    assert all(isinstance(operation_id, str) for operation_id in ids)
    assert len(ids) == len(set(ids)), "duplicate operationIds"
    bad = [operation_id for operation_id in ids if not _SNAKE_CASE.match(str(operation_id))]
    assert not bad, f"operationIds not in snake_case: {bad}"


def test_every_operation_declares_its_own_security(document: dict[str, Any]) -> None:
    for method, path, operation in _operations(document):
        assert "security" in operation, f"{method.upper()} {path} has no operation-level security"
        if operation["security"] and "bearerAuth" in operation["security"][0]:
            assert "401" in operation["responses"], f"{method.upper()} {path} takes a bearer token but has no 401"
    token = document["paths"]["/oauth/token"]["post"]
    assert token["security"] == [{"oauthClientBasic": []}]
    assert "application/x-www-form-urlencoded" in token["requestBody"]["content"]


def test_no_two_paths_differ_only_in_parameter_names(document: dict[str, Any]) -> None:
    shapes: dict[str, str] = {}
    for path in document["paths"]:
        shape = re.sub(r"\{[^}]+\}", "{}", path)
        assert shape not in shapes, f"{path} and {shapes[shape]} are the same OpenAPI path"
        shapes[shape] = path


# ---- encoding of unusual names and path segments --------------------------------------------------------------


def _parameter(document: dict[str, Any], path: str, method: str, name: str) -> dict[str, Any]:
    for parameter in document["paths"][path][method].get("parameters", []):
        parameter = resolve_references(document, parameter)
        if parameter["name"] == name:
            return dict(parameter)
    raise AssertionError(f"{method.upper()} {path} has no parameter {name!r}")


def _expand(path: str, values: dict[str, str], multi_segment: frozenset[str] = frozenset()) -> str:
    """A path template filled in as the spec says: values percent-encoded, slashes kept only where allowed."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return quote(values[name], safe="/" if name in multi_segment else "")

    return re.sub(r"\{([^}]+)\}", fill, path)


def test_dotted_query_names_are_literal(document: dict[str, Any]) -> None:
    for name in ("timestamp.gte", "timestamp.lt", "timestamp.lte"):
        parameter = _parameter(document, "/datasets/{dataset_id}/find-snapshots", "get", name)
        assert parameter["in"] == "query"
        assert parameter.get("style", "form") == "form"
    url = httpx.URL(
        "https://api.narrative.io/datasets/1/find-snapshots", params={"timestamp.gte": "2021-06-24T00:54:40"}
    )
    assert url.query == b"timestamp.gte=2021-06-24T00%3A54%3A40"


def test_repeated_query_parameters_explode(document: dict[str, Any]) -> None:
    for path, name in (
        ("/v2/access-rules", "tag"),
        ("/v2/access-rules", "company_id"),
        ("/v2/access-rules", "dataset_id"),
        ("/mappings", "attribute_id"),
        ("/mappings", "dataset_id"),
    ):
        parameter = _parameter(document, path, "get", name)
        assert parameter["schema"]["type"] == "array"
        assert (parameter.get("style"), parameter.get("explode")) == ("form", True)
    url = httpx.URL("https://api.narrative.io/v2/access-rules", params={"tag": ["tag1", "tag2"], "company_id": [1, 2]})
    assert url.query == b"tag=tag1&tag=tag2&company_id=1&company_id=2"


def test_literal_dollar_before_the_profile_id_is_sent_unescaped(document: dict[str, Any]) -> None:
    path = "/apps/{app_slug}/profile-store/${profile_id}"
    assert {"get", "put"} <= set(document["paths"][path])
    expanded = _expand(path, {"app_slug": "my-app", "profile_id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"})
    url = httpx.URL("https://api.narrative.io" + expanded)
    assert url.raw_path == b"/apps/my-app/profile-store/$497f6eca-6276-4993-bfeb-53cbbbba6f08"


@pytest.mark.parametrize("name", ["subscription_id", "profile_id"])
def test_name_equals_segments_are_sent_unescaped(document: dict[str, Any], name: str) -> None:
    path = f"/destinations/{name}={{{name}}}"
    assert "get" in document["paths"][path]
    url = httpx.URL("https://api.narrative.io" + _expand(path, {name: "21691f26-f308-4e98-896c-579db27da04b"}))
    assert url.raw_path == f"/destinations/{name}=21691f26-f308-4e98-896c-579db27da04b".encode()


def test_upload_path_keeps_its_slashes(document: dict[str, Any]) -> None:
    parameter = _parameter(document, "/uploads/{upload_path}", "post", "upload_path")
    assert not str(parameter["example"]).startswith("/")
    assert "unencoded" in parameter["description"]
    assert parameter["x-keep-slashes"] is True, "the client template and apimock's router read this marker"
    expanded = _expand("/uploads/{upload_path}", {"upload_path": "lists/id list.csv"}, frozenset({"upload_path"}))
    url = httpx.URL("https://api.narrative.io" + expanded)
    assert url.raw_path == b"/uploads/lists/id%20list.csv"
