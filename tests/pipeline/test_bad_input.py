"""Bad specs: the pipeline exits non-zero with `specs/<file>:<line>: <problem>` and leaves generated/ as it was."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .conftest import Checkout, tree_digest


@dataclass(frozen=True)
class Breakage:
    """A change to the BettrData spec's text, and what the pipeline must say about it."""

    old: str
    new: str
    marker: str  # a text that appears on the line the report must point at, once the change is made
    message: str  # a part of the expected message


BREAKAGES = {
    "yaml syntax error": Breakage(
        old="      summary: Search datafiles\n",
        new="      summary: Search: datafiles: now\n",
        marker="summary: Search: datafiles: now",
        message="invalid YAML",
    ),
    "duplicate key": Breakage(
        old="      summary: Create a merge run\n",
        new="      summary: Create a merge run\n      summary: Create another\n",
        marker="summary: Create another",
        message="duplicate key 'summary'",
    ),
    "unresolved $ref": Breakage(
        old='                $ref: "#/components/schemas/CountExecution"\n',
        new='                $ref: "#/components/schemas/CountExecutions"\n',
        marker="schemas/CountExecutions",
        message="unresolved $ref '#/components/schemas/CountExecutions'",
    ),
    "invalid schema": Breakage(
        old="          description: The largest number of datafiles to return.\n          schema:\n"
        "            type: integer\n",
        new="          description: The largest number of datafiles to return.\n          schema:\n"
        "            type: integr\n",
        marker="type: integr",
        message="'integr' is not valid",
    ),
    "example not matching its schema": Breakage(
        old="                              strategy: EVEN_NTH\n                              count: 25000\n"
        "                    - fileId: 65f1c2a9e4b0a1b2c3d4e522",
        new="                              strategy: EVERY_NTH\n                              count: 25000\n"
        "                    - fileId: 65f1c2a9e4b0a1b2c3d4e522",
        marker="strategy: EVERY_NTH",
        message="example 'omit_and_equitable_split' of POST /mergerun request body (application/json) does not "
        "match its schema: 'EVERY_NTH' is not one of ['ALL', 'TOP', 'EVEN_NTH']",
    ),
    "link to a missing operation": Breakage(
        old="              operationId: cancel_count\n",
        new="              operationId: cancel_counts\n",
        marker="operationId: cancel_counts",
        message="link 'CancelCount' names operation 'cancel_counts', which the spec does not define",
    ),
    "duplicate operationId": Breakage(
        old="\n      operationId: cancel_count\n",
        new="\n      operationId: run_count\n",
        marker="operationId: run_count\n      tags: [Counts]\n      summary: Cancel",
        message="Operation ID 'run_count' for 'delete'",
    ),
    "x-pagination outside its vocabulary": Breakage(
        old="        style: page\n        items: $\n",
        new="        style: pages\n        items: $\n",
        marker="style: pages",
        message="GET /audience/count-result/{countResultId}: x-pagination 'pages' is not one of",
    ),
    "x-pagination naming a missing parameter": Breakage(
        old="        size-parameter: limit\n",
        new="        size-parameter: per_page\n",
        marker="size-parameter: per_page",
        message="x-pagination size-parameter 'per_page' is not a query parameter of it",
    ),
}


def _line_of(text: str, marker: str) -> int:
    assert text.count(marker) == 1, f"the marker must be unique: {marker!r}"
    return text[: text.index(marker)].count("\n") + 1


@pytest.mark.parametrize("command", ["generate", "check"])
@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_bad_spec_is_reported_at_its_line_and_generated_is_untouched(
    checkout: Checkout, breakage: Breakage, command: str
) -> None:
    spec = checkout.spec("bettrdata")
    text = spec.read_text()
    assert text.count(breakage.old) == 1, "the fixture text must occur once in the spec"
    broken = text.replace(breakage.old, breakage.new)
    spec.write_text(broken)
    before = tree_digest(checkout.generated)

    result = checkout.run(command, "bettrdata")

    assert result.returncode == 1
    expected_location = f"specs/bettrdata.yaml:{_line_of(broken, breakage.marker)}: "
    reported = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("specs/")]
    assert any(line.startswith(expected_location) and breakage.message in line for line in reported), result.stderr
    assert tree_digest(checkout.generated) == before


def test_generation_failure_after_validation_leaves_generated_untouched(checkout: Checkout) -> None:
    """A failure inside a generator (not caught by validation) must not leave a half-written client."""
    overrides = checkout.root / "overrides" / "bettrdata" / "lib"
    overrides.mkdir(parents=True, exist_ok=True)
    (overrides / "jsonapi.py").write_text("# would replace the shared lib/jsonapi.py\n")
    spec = checkout.spec("bettrdata")
    spec.write_text(spec.read_text().replace("summary: Search datafiles", "summary: Search the datafiles"))
    before = tree_digest(checkout.generated)

    result = checkout.run("generate")

    assert result.returncode == 1
    assert "bettrdata: failed, generated/bettrdata left as it was:" in result.stderr
    assert "overrides/bettrdata/lib/jsonapi.py: would replace bettrdata_client/lib/jsonapi.py" in result.stderr
    assert "tiny: up to date" in result.stdout, "other vendors still get their turn"
    assert tree_digest(checkout.generated) == before
