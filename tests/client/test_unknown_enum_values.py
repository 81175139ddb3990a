"""Forward-compatible enums: a value the spec does not list is kept, in the attrs and the pydantic models of every
vendor, logged once per enum and value; one drifted record does not cost the others of its page."""

from __future__ import annotations

import copy
import enum
import importlib
import logging
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from narrative_client import Narrative, is_unknown
from narrative_client.models import AccessRule, AccessRuleStatus

from scripts.pipeline.spec_source import load_spec

VENDORS = ("bettrdata", "celigo", "commanders_act", "narrative")
NARRATIVE = load_spec(Path(__file__).resolve().parents[2] / "specs" / "narrative.yaml").document
RULE = NARRATIVE["components"]["examples"]["AccessRule"]["value"]


def enums_of(module: ModuleType) -> list[type[enum.Enum]]:
    found = [getattr(module, name) for name in dir(module)]
    return [kind for kind in found if isinstance(kind, type) and issubclass(kind, enum.Enum) and len(kind) > 0]


def drifted(kind: type[enum.Enum]) -> str | int:
    listed = [member.value for member in kind]
    return "drifted-value" if isinstance(listed[0], str) else max(listed) + 1000


# Commanders Act's enums are all on query parameters, which the pydantic models (schemas only) do not hold.
WITH_ENUMS = [(vendor, flavour) for vendor in VENDORS for flavour in ("models", "pydantic_models")]
WITH_ENUMS.remove(("commanders_act", "pydantic_models"))


@pytest.mark.parametrize(("vendor", "flavour"), WITH_ENUMS)
def test_every_enum_keeps_a_value_the_spec_does_not_list(vendor: str, flavour: str) -> None:
    kinds = enums_of(importlib.import_module(f"{vendor}_client.{flavour}"))
    assert kinds, f"{vendor}_client.{flavour} has no enums to check"
    for kind in kinds:
        listed = list(kind)
        value = drifted(kind)
        member = kind(value)
        assert isinstance(member, kind)
        plain: object = member
        assert plain == value
        assert member.value == value
        assert kind(value) is member, "the same object each time"
        assert list(kind) == listed, "not among the documented members"
        assert is_unknown(member)
        assert not is_unknown(listed[0])
        with pytest.raises(ValueError, match="is not a valid"):
            kind(3.5)  # a value of another type is still refused


def test_an_attrs_record_with_an_unknown_value_round_trips_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="narrative_client")
    given = {**copy.deepcopy(RULE), "status": "quarantined"}

    first = AccessRule.from_dict(given)
    second = AccessRule.from_dict(given)

    assert isinstance(first.status, AccessRuleStatus)
    assert first.status == "quarantined"
    assert str(first.status) == "quarantined"
    assert first.to_dict()["status"] == "quarantined"
    assert second.status is first.status
    said = [record.getMessage() for record in caplog.records if "quarantined" in record.getMessage()]
    assert said == ["AccessRuleStatus got 'quarantined', which the spec does not list; kept as it is"]


def test_a_pydantic_record_with_an_unknown_value_round_trips() -> None:
    from narrative_client import pydantic_models

    record = pydantic_models.AccessRule.model_validate({**copy.deepcopy(RULE), "status": "quarantined"})

    assert record.status == "quarantined"
    assert record.model_dump(mode="json")["status"] == "quarantined"


def test_one_drifted_record_does_not_cost_the_page() -> None:
    def page(request: httpx.Request) -> httpx.Response:
        records = [{**copy.deepcopy(RULE), "id": index} for index in range(3)]
        records[1]["status"] = "suspended"
        body: dict[str, object] = {"prev_page": None, "current_page": 1, "next_page": None, "total_records": 3}
        body.update(total_pages=1, records=records)
        return httpx.Response(200, json=body)

    client = Narrative(auth="t0ken-value", base_url="https://api.narrative.test", transport=httpx.MockTransport(page))
    with client:
        rules = list(client.access_rules.list(per_page=10))

    assert [rule.id for rule in rules] == [0, 1, 2]
    assert rules[1].status == "suspended"
    assert is_unknown(rules[1].status)
