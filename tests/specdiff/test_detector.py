"""Each kind of spec change, as a fixture pair (base.yaml and <kind>.yaml), is rated breaking or not for a client user
and reported at the operation and JSON pointer it affects."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from scripts.pipeline.spec_source import load_spec
from scripts.specdiff import detector
from scripts.specdiff.detector_view import write_view
from scripts.specdiff.report import VendorReport

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# kind: (breaking?, the operation named first, the JSON pointer reported)
THINGS = "#/paths/~1things"
ITEM = "#/paths/~1things~1{thingId}"
EXPECTED = {
    "operation_removed": (True, "delete_thing", f"{ITEM}/delete"),
    "path_removed": (True, "get_health", "#/paths/~1health"),
    "parameter_removed": (True, "list_things", f"{THINGS}/get/parameters/0"),
    "required_parameter_added": (True, "list_things", f"{THINGS}/get/parameters/0"),
    "response_field_removed": (
        True,
        "list_things",
        f"{THINGS}/get/responses/200/content/application~1json/schema/items/properties/size",
    ),
    "request_enum_value_removed": (
        True,
        "create_thing",
        f"{THINGS}/post/requestBody/content/application~1json/schema/properties/colour",
    ),
    "shared_enum_value_removed": (
        True,
        "list_things",
        f"{THINGS}/get/responses/200/content/application~1json/schema/items/properties/kind",
    ),
    "response_enum_value_added": (
        True,
        "list_things",
        f"{THINGS}/get/responses/200/content/application~1json/schema/items/properties/kind",
    ),
    "request_field_became_required": (
        True,
        "create_thing",
        f"{THINGS}/post/requestBody/content/application~1json/schema",
    ),
    "request_type_narrowed": (
        True,
        "create_thing",
        f"{THINGS}/post/requestBody/content/application~1json/schema/properties/size",
    ),
    "parameter_type_narrowed": (True, "list_things", f"{THINGS}/get/parameters/1/schema"),
    "auth_changed": (True, "list_things", f"{THINGS}/get/security/0"),
    "auth_added": (True, "get_health", "#/paths/~1health/get/security/0"),
    "success_code_changed": (True, "create_thing", f"{THINGS}/post/responses/200"),
    "optional_parameter_added": (False, "list_things", f"{THINGS}/get/parameters/0"),
    "optional_request_field_added": (
        False,
        "create_thing",
        f"{THINGS}/post/requestBody/content/application~1json/schema/properties/note",
    ),
    "response_field_added": (
        False,
        "list_things",
        f"{THINGS}/get/responses/200/content/application~1json/schema/items/properties/weight",
    ),
    "operation_added": (False, "update_thing", f"{ITEM}/patch"),
    "description_changed": (False, "list_things", f"{THINGS}/get/responses/200"),
}


def test_every_fixture_pair_has_an_expectation() -> None:
    kinds = {path.stem for path in FIXTURES.glob("*.yaml")} - {"base"}
    assert kinds == set(EXPECTED)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, VendorReport]:
    if not (REPOSITORY / "node_modules" / ".bin" / "redocly").exists():
        pytest.fail("node_modules/.bin/redocly is missing: run `make` first (it installs the pinned npm tools)")
    scratch = tmp_path_factory.mktemp("specdiff")

    def run(kind: str) -> VendorReport:
        report = VendorReport(vendor=kind, against="base")
        report.base, report.revision = load_spec(FIXTURES / "base.yaml"), load_spec(FIXTURES / f"{kind}.yaml")
        report.spec_changes = detector.compare(
            REPOSITORY,
            write_view(report.base.document, scratch / f"{kind}.base.json"),
            write_view(report.revision.document, scratch / f"{kind}.revision.json"),
        )
        return report

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(EXPECTED, pool.map(run, EXPECTED), strict=True))


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_change_is_rated_and_located(reports: dict[str, VendorReport], kind: str) -> None:
    breaking, operation, pointer = EXPECTED[kind]
    report = reports[kind]
    assert report.spec_changes, f"{kind}: no change detected"
    at_pointer = [change for change in report.spec_changes if change.pointer == pointer]
    assert at_pointer, f"{kind}: nothing reported at {pointer}: {report.spec_changes}"
    assert any(change.breaking for change in report.spec_changes) is breaking
    line = next(line for line in report.lines("main")[1:] if f"  {pointer}: " in line)
    assert line.lstrip().startswith("BREAKING" if breaking else "not breaking"), line
    assert f"  {operation} (" in line, line


def test_a_change_to_a_shared_component_names_every_operation_using_it(reports: dict[str, VendorReport]) -> None:
    line = reports["response_field_removed"].lines("main")[1]
    assert "list_things (GET /things) (also create_thing, get_thing)" in line
    assert "#/components/schemas/Thing/properties/size; specs/response_field_removed.yaml:" in line
    assert line.endswith(" at main]")  # a removal is located in the base version


def test_a_document_level_auth_change_is_reported_for_each_operation(reports: dict[str, VendorReport]) -> None:
    breaking = {change.pointer for change in reports["auth_changed"].spec_changes if change.breaking}
    assert {f"{THINGS}/get/security/0", f"{THINGS}/post/security/0", f"{ITEM}/get/security/0"} <= breaking
    assert "#/paths/~1health/get/security/0" not in breaking  # get_health never needed credentials
