"""The `x-pagination` check on the body-cursor style: the cursor travels in the JSON request body."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.pagination import check_pagination
from scripts.pipeline.spec_source import load_spec

SPEC = """\
openapi: 3.1.0
info: {{title: Paged, version: "1"}}
paths:
  /exports/pages:
    post:
      operationId: export_pages
      x-pagination:
{pagination}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                export: {{type: object}}
                state: {{$ref: "#/components/schemas/State"}}
      responses:
        "200":
          description: One page.
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {{type: array, items: {{type: object}}}}
                  state: {{$ref: "#/components/schemas/State"}}
components:
  schemas:
    State:
      type: object
      properties:
        done: {{type: boolean}}
        sig: {{type: string}}
"""

VALID = """\
        style: body-cursor
        items: data
        cursor-member: state
        end: done-true
        fields:
          next-cursor: state
          done: state.done"""


def problems_of(tmp_path: Path, pagination: str) -> list[str]:
    path = tmp_path / "paged.yaml"
    path.write_text(SPEC.format(pagination=pagination))
    return [problem.render(tmp_path) for problem in check_pagination(load_spec(path))]


def test_a_body_cursor_with_a_dotted_done_field_is_accepted(tmp_path: Path) -> None:
    assert problems_of(tmp_path, VALID) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("cursor-member: state", "cursor-member: cursor", "cursor-member 'cursor' is not a member of its JSON request"),
        ("done: state.done", "done: state.finished", "field done 'state.finished' is not a member of the answer"),
        ("        cursor-member: state\n", "", "'cursor-member' is a required property"),
        ("          done: state.done", "          sig: state.sig", "Additional properties are not allowed"),
    ],
)
def test_a_wrong_body_cursor_is_reported_at_its_line(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in VALID
    reported = problems_of(tmp_path, VALID.replace(old, new))
    assert any(expected in line and line.startswith("paged.yaml:") for line in reported), reported


def test_done_true_needs_its_field(tmp_path: Path) -> None:
    reported = problems_of(tmp_path, VALID.replace("          done: state.done", ""))
    assert any("'done' is a required property" in line for line in reported), reported
