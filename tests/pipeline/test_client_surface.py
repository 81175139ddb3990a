"""The client object's names, decided by the pipeline: resources by tag, methods by operationId."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.client_surface import check_client_surface, client_name, methods, secret_properties
from scripts.pipeline.spec_source import load_spec

OPERATION = """\
    {method}:
      operationId: {operation_id}
      tags: [{tag}]
{extra}      responses:
        "204":
          description: Done.
"""


def spec_text(operations: list[tuple[str, str, str, str]], header: str = "") -> str:
    """`operations`: (path, operationId, tag, extra lines)."""
    lines = ["openapi: 3.1.0", 'info: {title: Names, version: "1"}', header, "paths:"]
    methods_used: dict[str, int] = {}
    for path, operation_id, tag, extra in operations:
        index = methods_used.get(path, 0)
        methods_used[path] = index + 1
        if index == 0:
            lines.append(f"  {path}:")
        method = ("get", "post", "put", "patch", "delete")[index]
        lines.append(OPERATION.format(method=method, operation_id=operation_id, tag=tag, extra=extra).rstrip("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def names_of(tmp_path: Path, operations: list[tuple[str, str, str, str]]) -> dict[str, tuple[str, str]]:
    path = tmp_path / "names.yaml"
    path.write_text(spec_text(operations))
    return {method.operation_id: (method.resource, method.name) for method in methods(load_spec(path).document)}


def test_the_resource_name_is_dropped_from_the_method_where_that_stays_unique(tmp_path: Path) -> None:
    names = names_of(
        tmp_path,
        [
            ("/rules", "list_access_rules", "Access Rules", ""),
            ("/rules/{name}", "get_access_rule_by_name", "Access Rules", ""),
            ("/categories", "list_categories", "Categories", ""),
            ("/categories/{id}", "get_category", "Categories", ""),
            ("/tokens", "get_token", "Authentication", ""),
        ],
    )
    assert names == {
        "list_access_rules": ("access_rules", "list"),
        "get_access_rule_by_name": ("access_rules", "get_by_name"),
        "list_categories": ("categories", "list"),
        "get_category": ("categories", "get"),
        "get_token": ("authentication", "get_token"),
    }


def test_a_short_name_shared_by_two_operations_keeps_both_whole(tmp_path: Path) -> None:
    names = names_of(
        tmp_path,
        [
            ("/a", "list_datasets", "Datasets", ""),
            ("/b", "list_dataset", "Datasets", ""),
            ("/c", "cost_forecasts_subscriptions", "Subscriptions", ""),
            ("/d", "cost_forecasts", "Subscriptions", ""),
        ],
    )
    assert names["list_datasets"] == ("datasets", "list_datasets")
    assert names["list_dataset"] == ("datasets", "list_dataset")
    assert names["cost_forecasts_subscriptions"] == ("subscriptions", "cost_forecasts_subscriptions"), (
        "a short name equal to another operation's id would be ambiguous"
    )


def test_x_method_name_decides(tmp_path: Path) -> None:
    names = names_of(tmp_path, [("/a", "list_access_rules", "Access Rules", "      x-method-name: all\n")])
    assert names == {"list_access_rules": ("access_rules", "all")}


@pytest.mark.parametrize(
    ("operations", "expected"),
    [
        (
            [("/a", "list_rules", "Rules", ""), ("/b", "find_rules", "Rules", "      x-method-name: list\n")],
            "find_rules: method name 'list' of resource 'rules' is already list_rules's",
        ),
        ([("/a", "list_rules", "Rules", "      x-method-name: 2list\n")], "method name '2list' is not a usable"),
        ([("/a", "list_rules", "Rules", "      x-method-name: class\n")], "method name 'class' is not a usable"),
        ([("/a", "close_thing", "Close", "")], "tag 'close' would shadow the client's own attribute"),
    ],
)
def test_a_bad_name_is_reported_at_its_line(
    tmp_path: Path, operations: list[tuple[str, str, str, str]], expected: str
) -> None:
    path = tmp_path / "names.yaml"
    path.write_text(spec_text(operations))
    reported = [problem.render(tmp_path) for problem in check_client_surface(load_spec(path))]
    assert any(expected in line for line in reported), reported
    assert all(line.startswith("names.yaml:") for line in reported)


def test_the_client_name_comes_from_x_client_name_or_the_vendor(tmp_path: Path) -> None:
    assert client_name({"x-client-name": "BettrData"}, "bettrdata") == "BettrData"
    assert client_name({}, "commanders_act") == "CommandersAct"
    path = tmp_path / "names.yaml"
    path.write_text(spec_text([("/a", "list_rules", "Rules", "")], header="x-client-name: not-a-class"))
    reported = [problem.render(tmp_path) for problem in check_client_surface(load_spec(path))]
    assert reported == ["names.yaml:3: x-client-name 'not-a-class' is not a Python class name"]


def test_a_parameter_named_like_a_per_call_option_is_reported(tmp_path: Path) -> None:
    extra = "      parameters:\n        - {name: timeout, in: query, schema: {type: integer}}\n"
    path = tmp_path / "names.yaml"
    path.write_text(spec_text([("/jobs", "list_jobs", "Jobs", extra)]))
    reported = [problem.render(tmp_path) for problem in check_client_surface(load_spec(path))]
    assert reported == [
        "names.yaml:5: list_jobs: parameter 'timeout' would take the name of the per-call option 'timeout' "
        "every client method takes"
    ]


def test_secret_properties_are_found_also_through_references() -> None:
    document = {
        "components": {
            "schemas": {
                "Password": {"type": "string", "format": "password"},
                "Login": {
                    "type": "object",
                    "properties": {
                        "user": {"type": "string"},
                        "pass": {"$ref": "#/components/schemas/Password"},
                        "otp": {"type": "string", "writeOnly": True},
                        "nested": {"type": "object", "properties": {"apiKey": {"format": "password"}}},
                    },
                },
            }
        }
    }
    assert secret_properties(document) == {"pass", "otp", "apiKey"}
