"""The project's lint rules fire where a spec breaks them, name the line, and stay quiet on a clean spec."""

from __future__ import annotations

from pathlib import Path

from scripts.pipeline.layout import Workspace
from scripts.speclint.__main__ import lint, main
from scripts.speclint.findings import Finding

from .conftest import add_spec


def findings_of(checkout: Path, vendor: str) -> list[Finding]:
    return lint(checkout, Workspace(checkout).vendor(vendor), "curated", fresh=True)


def test_a_clean_spec_has_no_findings(checkout: Path) -> None:
    add_spec(checkout, "clean", "clean")
    assert findings_of(checkout, "clean") == []


def test_each_project_rule_fires_at_its_line(checkout: Path) -> None:
    add_spec(checkout, "broken", "broken")
    found = {(finding.tool, finding.rule, finding.line) for finding in findings_of(checkout, "broken")}
    expected = {
        ("spectral", "operation-operationId-snake-case", 16),
        ("spectral", "operation-tags", 15),
        ("spectral", "operation-description", 15),
        ("spectral", "oas3-valid-media-example", 35),
        ("spectral", "error-responses-use-error-schema", 42),  # 404 refers to Thing, not the error schema
        ("spectral", "error-responses-use-error-schema", 36),  # 401 through a response with no JSON body
        ("validator", "openapi", 35),  # the pipeline's own example check agrees
    }
    assert expected <= found, sorted(found)


def test_a_spec_without_x_error_schema_is_told_to_declare_it(checkout: Path) -> None:
    spec = add_spec(checkout, "clean", "bare")
    spec.write_text(spec.read_text().replace('x-error-schema: "#/components/schemas/Error"\n', ""))
    [finding] = findings_of(checkout, "bare")
    assert (finding.rule, finding.severity) == ("error-responses-use-error-schema", "error")
    assert "x-error-schema" in finding.message


def test_make_lint_fails_listing_file_and_line(checkout: Path, capsys: object) -> None:
    add_spec(checkout, "clean", "clean")
    add_spec(checkout, "broken", "broken")
    assert main(["--root", str(checkout)]) == 1
    out, err = capsys.readouterr()  # type: ignore[attr-defined]
    assert "specs/broken.yaml:16: error [spectral operation-operationId-snake-case] operationId `getThing`" in err
    assert "broken: lint found " in out
    assert "clean: lint clean (openapi-spec-validator, redocly, spectral)" in out


def test_summary_never_fails_and_reuses_the_stored_result(checkout: Path, capsys: object) -> None:
    add_spec(checkout, "broken", "broken")
    assert main(["--root", str(checkout), "--summary"]) == 0
    first = capsys.readouterr().out  # type: ignore[attr-defined]
    (checkout / "node_modules").unlink()  # the stored result must do without the tools now
    assert main(["--root", str(checkout), "--summary"]) == 0
    assert capsys.readouterr().out == first  # type: ignore[attr-defined]
    spec = checkout / "specs" / "broken.yaml"
    spec.write_text(spec.read_text() + "\n")  # a changed spec is linted again, which now cannot run
    assert main(["--root", str(checkout), "--summary"]) == 1
    assert "node_modules/.bin/" in capsys.readouterr().err  # type: ignore[attr-defined]
