"""schemathesis over every spec in specs/: examples, coverage, fuzzing (positive and negative) and stateful
phases, every default check on, plus the stream-event check; waivers only as tests/contract/waivers.py says.

Each spec gets `test_<vendor>_apimock` (every operation, in-process), `test_<vendor>_apimock_stateful`, and the
same two against the live vendor (`..._live`), skipped with the reason unless the environment names one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

import hypothesis
import pytest
import schemathesis
from schemathesis import Case, CheckFunction, Response
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.generation import GenerationMode

import apimock

from .checks import ndjson_events_conformance
from .conftest import MAX_EXAMPLES, SEED, SPECS, STATEFUL_EXAMPLES, WAIVER_USES, Target, apimock_target, live_target

load_all_checks()
SETTINGS = hypothesis.settings(deadline=None, suppress_health_check=list(hypothesis.HealthCheck), database=None)


def load_schema(target: Target) -> Any:
    if target.live:
        schema = schemathesis.openapi.from_path(target.spec_path)
        schema.config.update(base_url=target.base_url, headers=target.auth_headers())
    else:
        schema = schemathesis.openapi.from_asgi("/openapi.json", target.app)
        schema.config.update(headers=target.auth_headers())
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES, deterministic=True
    )
    schema.config.seed = SEED
    return schema


def _body(response: Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def waived_checks(target: Target, case: Case[Any], response: Response) -> list[CheckFunction]:
    """The checks lifted for this answer by a waiver that describes it, each use counted."""
    operation_id = case.operation.definition.raw.get("operationId")
    lifted: list[CheckFunction] = []
    for waiver in target.waivers:
        if waiver.operation_id == operation_id and waiver.matches(response.status_code, _body(response)):
            lifted.append(cast(CheckFunction, CHECKS.get_one(waiver.check)))
            WAIVER_USES[(target.vendor, waiver)] += 1
    return lifted


def operations_test(target: Target) -> Callable[..., None]:
    parametrize: Callable[[Callable[..., None]], Callable[..., None]] = load_schema(target).parametrize()

    @parametrize
    @SETTINGS
    def test(case: Case[Any]) -> None:
        response = case.call()
        case.validate_response(
            response,
            additional_checks=[ndjson_events_conformance],
            excluded_checks=waived_checks(target, case, response),
        )

    return test


def stateful_test(target: Target) -> Callable[[], None]:
    def test() -> None:
        """Sequences driven by the spec's links (create, then update or count; count, then stream or results)."""
        machine = load_schema(target).as_state_machine()

        class Contract(machine):  # type: ignore[misc, valid-type]
            def setup(self) -> None:
                # Each scenario starts from the seeded data: hypothesis replays scenarios and needs each replay to
                # meet the same state (links the spec leaves schemathesis to infer follow what lists answer).
                if target.app is not None:
                    target.app.mock.reset()

            def validate_response(self, response: Response, case: Case[Any], **kwargs: Any) -> None:
                case.validate_response(
                    response,
                    additional_checks=[ndjson_events_conformance],
                    excluded_checks=waived_checks(target, case, response),
                    transport_kwargs=kwargs or None,
                    recorder=self.recorder,
                )

        before = target.app.mock.answered.copy() if target.app is not None else None
        Contract.run(
            settings=hypothesis.settings(
                SETTINGS, max_examples=STATEFUL_EXAMPLES, stateful_step_count=12, derandomize=True
            )
        )
        if target.app is not None and before is not None:
            # The links were followed for real: every operation a link leads to succeeded at least once.
            succeeded = {
                operation
                for (operation, status), count in target.app.mock.answered.items()
                if 200 <= status < 300 and count > before[(operation, status)]
            }
            declared = link_targets(target.app.mock.spec)
            missing = sorted(declared - succeeded)
            assert not missing, f"{target.vendor}: the stateful phase never reached a success of {missing}"
            # The links lead from a create to the record it made. Only declared links are followed for sure: a spec
            # declaring none (Narrative, 169 operations) leaves schemathesis to infer them, and whether its search
            # meets a create and then a read of it within the budget changed with what ran earlier in the process.
            # Narrative's create-then-read is asserted by its end-to-end flows (tests/client/test_narrative_flows_*).
            created, found = records_found_again(target.app.mock, succeeded)
            if declared:
                assert found or not created, f"{target.vendor}: no record created in {sorted(created)} was found again"

    return test


def records_found_again(mock: apimock.Mock, succeeded: set[str]) -> tuple[set[str], set[str]]:
    """The collections a create succeeded on, with item operations to find a record by; and those of them one of
    whose item operations (read, change, delete) succeeded."""
    item_actions = ("read", "replace", "merge", "delete")
    bindings = mock.bindings
    with_items = {binding.collection.name for binding in bindings.values() if binding.action in item_actions}
    created = {bindings[op].collection.name for op in succeeded if op in bindings and bindings[op].action == "create"}
    found = {bindings[op].collection.name for op in succeeded if op in bindings and bindings[op].action in item_actions}
    return created & with_items, created & with_items & found


def link_targets(spec: apimock.Spec) -> set[str]:
    targets = set()
    for operation in spec.operations:
        for response in operation.responses.values():
            for link in (response.get("links") or {}).values():
                targets.add(str(spec.resolve(link).get("operationId")))
    return targets


def skipped(reason: str) -> Callable[[], None]:
    def test() -> None:
        pytest.skip(reason)

    return test


def unservable(message: str) -> Callable[[], None]:
    def test() -> None:
        pytest.fail(message)

    return test


def _register(path: Any) -> None:
    """The tests of one spec, as module attributes: pytest runs them in the order they are added."""
    vendor = path.stem.replace("-", "_")
    try:
        globals()[f"test_{vendor}_apimock"] = operations_test(apimock_target(path))
    except apimock.SpecError as error:
        # The mock refuses an inconsistent spec, naming each operation; that spec's tests fail with the message.
        globals()[f"test_{vendor}_apimock"] = unservable(str(error))
    live = live_target(path)
    if isinstance(live, Target):
        globals()[f"test_{vendor}_live"] = operations_test(live)
        globals()[f"test_{vendor}_live_stateful"] = stateful_test(live)
    else:
        globals()[f"test_{vendor}_live"] = skipped(live)
        globals()[f"test_{vendor}_live_stateful"] = skipped(live)


# The stateful phases come first, each spec's against a mock of its own. Run after the operations phases of the
# same process, schemathesis's stateful search took other paths (state global to hypothesis or schemathesis, not
# the mocks: each test has its own) and now and then missed the create -> read sequences the test asserts; run
# first, and alone, they take the same paths every run.
for _path in SPECS:
    try:
        globals()[f"test_{_path.stem.replace('-', '_')}_apimock_stateful"] = stateful_test(apimock_target(_path))
    except apimock.SpecError as _error:
        globals()[f"test_{_path.stem.replace('-', '_')}_apimock_stateful"] = unservable(str(_error))
for _path in SPECS:
    _register(_path)
