"""A spec change that breaks consistency fails the suite with a message naming the operation.

Each test breaks a copy of a real spec the way an editor might, and checks what the suite would report: the
mock's strict start (which the contract suite uses) or its own response check (on in the suite).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

import apimock

from .conftest import CONTRACT_TOKEN, SPECS

Document = dict[str, Any]


def _broken(change: Callable[[Document], None]) -> apimock.Spec:
    document = yaml.safe_load(apimock.spec_path("bettrdata").read_text())
    change(document)
    return apimock.Spec(copy.deepcopy(document), name="bettrdata")


def _strict_problems(spec: apimock.Spec) -> str:
    with pytest.raises(apimock.SpecError) as raised:
        apimock.create_app(spec, strict=True)
    return str(raised.value)


pytestmark = pytest.mark.skipif(not any(p.stem == "bettrdata" for p in SPECS), reason="needs specs/bettrdata.yaml")


def test_example_that_no_longer_matches_its_schema() -> None:
    def change(document: Document) -> None:
        response = document["paths"]["/audience/count/{orderId}/{queryName}"]["post"]["responses"]["200"]
        response["content"]["application/json"]["example"] = {"dbOrigin": "SNOWFLAKE"}

    message = _strict_problems(_broken(change))
    assert "POST /audience/count/{orderId}/{queryName} (run_count): example 'example' of the 200 response" in message
    assert "executionHash" in message


def test_link_to_a_missing_field() -> None:
    def change(document: Document) -> None:
        links = document["paths"]["/audience/count/{orderId}/{queryName}"]["post"]["responses"]["200"]["links"]
        links["StreamCountStatus"]["parameters"]["executionHash"] = "$response.body#/executionId"

    message = _strict_problems(_broken(change))
    assert "(run_count): link 'StreamCountStatus' reads $response.body#/executionId" in message


def test_link_to_a_missing_operation_or_parameter() -> None:
    def change(document: Document) -> None:
        links = document["components"]["responses"]["OrderSaved"]["links"]
        links["RunCount"]["operationId"] = "start_count"
        links["UpdateAudience"]["parameters"] = {"audienceId": "$response.body#/_id"}

    message = _strict_problems(_broken(change))
    assert "(create_audience): link 'RunCount' of the 200 response names operation 'start_count'" in message
    assert "(update_audience): link 'UpdateAudience' sets parameter 'audienceId'" in message


@pytest.mark.asyncio
async def test_response_status_the_mock_cannot_produce() -> None:
    def change(document: Document) -> None:
        responses = document["paths"]["/audience/count/{orderId}/{queryName}"]["post"]["responses"]
        responses["201"] = responses.pop("200")

    app = apimock.create_app(_broken(change), tokens={CONTRACT_TOKEN}, validate_responses=True, strict=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as http:
        with pytest.raises(apimock.MockResponseError, match=r"\(run_count\): the mock answered 200"):
            await http.post(
                "/audience/count/66a1b2c3d4e5f6a7b8c9d0e1/default",
                json={"currentUser": "a@b.co"},
                headers={"Authorization": f"Bearer {CONTRACT_TOKEN}"},
            )
