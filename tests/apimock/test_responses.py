"""Answers come from state, else the spec's examples, else the schema; the mock checks its own answers."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

import apimock

from .conftest import SHELTER, TOKEN, bearer, client


def _spec(change: Any) -> apimock.Spec:
    document = yaml.safe_load(SHELTER.read_text())
    change(document)
    return apimock.Spec(copy.deepcopy(document), name="shelter")


@pytest.mark.asyncio
async def test_generated_answer_is_deterministic_and_valid() -> None:
    async with client(apimock.create_app(SHELTER, tokens={TOKEN}, validate_responses=True, vendor=False)) as http:
        first = await http.get("/v1/pets/seeded-1", headers={"X-Api-Key": TOKEN})
    assert first.json()["id"] == "seeded-1"
    spec = apimock.Spec.load(SHELTER)
    mock = apimock.Mock(spec)
    reply = mock.example_reply(spec.by_id["read_pet"])
    assert reply.body == mock.example_reply(spec.by_id["read_pet"]).body
    assert set(reply.body) >= {"id", "name", "species", "createdAt"}


@pytest.mark.asyncio
async def test_validate_responses_fails_loudly_naming_the_operation() -> None:
    def break_example(document: dict[str, Any]) -> None:
        document["paths"]["/pets/search"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = {
            "literal": "yes"
        }

    app = apimock.create_app(_spec(break_example), tokens={TOKEN}, validate_responses=True)
    async with client(app) as http:
        with pytest.raises(apimock.MockResponseError, match=r"search_pets.*literal"):
            await http.get("/v1/pets/search", headers={"X-Api-Key": TOKEN})


def test_strict_start_names_each_inconsistency(tmp_path: Path) -> None:
    def break_everything(document: dict[str, Any]) -> None:
        paths = document["paths"]
        paths["/pets/search"]["get"]["responses"]["200"]["content"]["application/json"]["example"] = {"literal": 1}
        paths["/pets"]["post"]["responses"]["201"]["links"]["ReadPet"]["parameters"] = {"petId": "$response.body#/uid"}
        paths["/pets"]["post"]["responses"]["201"]["links"]["DeletePet"]["operationId"] = "remove_pet"
        del paths["/pets/{petId}"]["delete"]["responses"]["204"]

    with pytest.raises(apimock.SpecError) as raised:
        apimock.create_app(_spec(break_everything), strict=True)
    message = str(raised.value)
    assert "GET /pets/search (search_pets): example 'example' of the 200 response" in message
    assert "POST /pets (create_pet): link 'ReadPet' reads $response.body#/uid" in message
    assert "names operation 'remove_pet', which does not exist" in message
    assert "DELETE /pets/{petId} (delete_pet): documents no 2xx response" in message


@pytest.mark.asyncio
async def test_an_answer_the_spec_does_not_document_fails_naming_the_operation() -> None:
    def success_is_201(document: dict[str, Any]) -> None:
        operation = document["paths"]["/audience/count/{orderId}/{queryName}"]["post"]
        operation["responses"]["201"] = operation["responses"].pop("200")

    document = yaml.safe_load(apimock.spec_path("bettrdata").read_text())
    success_is_201(document)
    app = apimock.create_app(apimock.Spec(document, name="bettrdata"), tokens={TOKEN}, validate_responses=True)
    async with client(app) as http:
        with pytest.raises(apimock.MockResponseError, match=r"run_count.*answered 200"):
            await http.post(
                "/audience/count/66a1b2c3d4e5f6a7b8c9d0e1/default", json={"currentUser": "a@b.co"}, headers=bearer()
            )


@pytest.mark.asyncio
async def test_unquoted_dates_in_a_spec_are_the_strings_written(tmp_path: Path) -> None:
    # YAML reads `1981-12-15` as a date; a spec describes JSON, where it can only be the string.
    spec = tmp_path / "dates.yaml"
    spec.write_text(
        """openapi: 3.1.0
info: {title: Dates, version: 1.0.0}
paths:
  /person:
    get:
      operationId: get_person
      responses:
        '200':
          description: A person.
          content:
            application/json:
              schema:
                type: object
                properties:
                  born: {type: string, format: date}
                  seen: {type: string, format: date-time}
              example: {born: 1981-12-15, seen: 2024-01-02T03:04:05Z}
"""
    )
    app = apimock.create_app(spec, strict=True, validate_responses=True, vendor=False)
    async with client(app) as http:
        answer = await http.get("/person")
    assert answer.json() == {"born": "1981-12-15", "seen": "2024-01-02T03:04:05Z"}
