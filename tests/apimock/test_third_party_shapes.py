"""Third-party specs served with state, no vendor code: identifiers as the spec names them, updates naming their
record in the body, client-chosen identifiers, `allOf` pages, optional bodies, readOnly and writeOnly, and what the
mock says of the operations it cannot keep records for. Fixtures written in the style of public APIs:
events.yaml (OpenAPI 3.1), petshop.yaml and users.yaml (OpenAPI 3.0.3, `nullable`)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis import Case
from schemathesis.generation import GenerationMode

import apimock
from apimock._bindings import answer_shape
from apimock._synth import Generator

from .conftest import FIXTURES, client

EVENTS = FIXTURES / "events.yaml"
PETSHOP = FIXTURES / "petshop.yaml"
USERS = FIXTURES / "users.yaml"
REPOSITORY = Path(__file__).resolve().parents[2]
TOKEN = "test-token"
AUTH = {
    EVENTS: {"Authorization": f"Bearer {TOKEN}"},
    PETSHOP: {"api_key": TOKEN},
    USERS: {"Authorization": "Basic YWRhOnNlY3JldA=="},  # ada:secret, the one account of its HTTP Basic scheme
}
EVENT = {"title": "Jazz night", "startsAt": "2025-06-01T20:00:00Z", "city": "Oslo"}
USER = {"username": "ada", "password": "correct-horse", "email": "ada@example.com", "phone": None}


def mock(path: Path) -> apimock.MockApp:
    # users.yaml requires its writeOnly `password` in its one User schema: strict mode checks the answers the mock
    # can produce without it, as it checks its answers.
    credentials = {"ada": "secret"}
    return apimock.create_app(path, tokens={TOKEN}, credentials=credentials, validate_responses=True, strict=True)


async def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


# ----------------------------------------------------------------------------------------------- identifiers
@pytest.mark.asyncio
async def test_records_are_known_by_the_field_the_item_path_names() -> None:
    """`/events/{event_id}` reads events by their `eventId` (snake_case parameter, camelCase field)."""
    async with client(mock(EVENTS), "http://mock/v2") as http:
        headers = AUTH[EVENTS]
        created = await _ok(await http.post("/events", json=EVENT, headers=headers), 201)
        url = f"/events/{created['eventId']}"
        read = await _ok(await http.get(url, headers=headers))
        replaced = await _ok(await http.put(url, json={**EVENT, "title": "Blues"}, headers=headers))
        merged = await _ok(await http.patch(url, json={"capacity": 80}, headers=headers))
        listed = await _ok(await http.get("/events", headers=headers))
        await _ok(await http.delete(url, headers=headers), 204)
        gone = await http.get(url, headers=headers)
    assert read == created == {**EVENT, "eventId": created["eventId"]}
    assert replaced == {**created, "title": "Blues"}
    assert merged == {**replaced, "capacity": 80}
    assert listed["items"] == [merged]
    assert gone.status_code == 404
    assert gone.json()["details"] == [{"in": "path", "name": "event_id", "problem": "no record has this identifier"}]


@pytest.mark.asyncio
async def test_an_id_path_parameter_reads_the_records_id() -> None:
    """`/pet/{petId}` and `/store/order/{orderId}` read the `id` of pets and orders (the records have no `petId`)."""
    async with client(mock(PETSHOP), "http://mock/api/v3") as http:
        headers = AUTH[PETSHOP]
        pet = await _ok(await http.post("/pet", json={"name": "Rex", "photoUrls": []}, headers=headers))
        order = await _ok(await http.post("/store/order", json={"petId": pet["id"], "quantity": 1}, headers=headers))
        read_pet = await _ok(await http.get(f"/pet/{pet['id']}", headers=headers))
        read_order = await _ok(await http.get(f"/store/order/{order['id']}", headers=headers))
        await _ok(await http.delete(f"/pet/{pet['id']}", headers=headers))
        gone = await http.get(f"/pet/{pet['id']}", headers=headers)
    assert isinstance(pet["id"], int)
    assert read_pet == pet
    assert read_order == order == {"id": order["id"], "petId": pet["id"], "quantity": 1}
    assert gone.status_code == 404


@pytest.mark.asyncio
async def test_a_create_answering_no_body_stores_the_record_under_the_identifier_it_sent() -> None:
    """`POST /users` answers 201 without a body; the user is `GET /users/{username}` and listed."""
    app = mock(USERS)
    async with client(app, "http://mock/api") as http:
        headers = AUTH[USERS]
        created = await http.post("/users", json=USER, headers=headers)
        read = await _ok(await http.get("/users/ada", headers=headers))
        listed = await _ok(await http.get("/users", headers=headers))
        changed = await _ok(await http.put("/users/ada", json={**USER, "firstName": "Ada"}, headers=headers))
        await _ok(await http.delete("/users/ada", headers=headers), 204)
        gone = await http.get("/users/ada", headers=headers)
    assert created.status_code == 201
    assert created.content == b""
    # `id` is the server's (readOnly): made on create, kept when the record is replaced.
    assert read == {"id": read["id"], "username": "ada", "email": "ada@example.com", "phone": None}
    assert isinstance(read["id"], int)
    assert listed == [read]
    assert changed == {**read, "firstName": "Ada"}
    assert gone.status_code == 404


# ------------------------------------------------------------------------------------ the body names the record
@pytest.mark.asyncio
async def test_an_update_naming_its_record_in_the_body_changes_that_record() -> None:
    async with client(mock(PETSHOP), "http://mock/api/v3") as http:
        headers = AUTH[PETSHOP]
        await _ok(await http.post("/pet", json={"id": 7, "name": "Rex", "photoUrls": []}, headers=headers))
        updated = await _ok(
            await http.put(
                "/pet", json={"id": 7, "name": "Rex", "photoUrls": ["a.png"], "status": "sold"}, headers=headers
            )
        )
        read = await _ok(await http.get("/pet/7", headers=headers))
        sold = await _ok(await http.get("/pet/findByStatus", params={"status": "sold"}, headers=headers))
        absent = await http.put("/pet", json={"id": 8, "name": "Tom", "photoUrls": []}, headers=headers)
        unnamed = await http.put("/pet", json={"name": "Tom", "photoUrls": []}, headers=headers)
    assert updated == read == {"id": 7, "name": "Rex", "photoUrls": ["a.png"], "status": "sold"}
    assert sold == [read]
    for refused in (absent, unnamed):
        assert refused.status_code == 404
        assert refused.json()["details"] == [{"in": "body", "name": "id", "problem": "no record has this identifier"}]


# ------------------------------------------------------------------------------ identifiers the client chooses
@pytest.mark.asyncio
async def test_a_client_chosen_identifier_is_kept_and_a_second_create_replaces_the_record() -> None:
    """Pet `id` is neither readOnly nor required: the client may choose it. `POST /pet` documents no 409."""
    app = mock(PETSHOP)
    async with client(app, "http://mock/api/v3") as http:
        headers = AUTH[PETSHOP]
        first = await _ok(await http.post("/pet", json={"id": 7, "name": "Rex", "photoUrls": []}, headers=headers))
        again = await _ok(await http.post("/pet", json={"id": 7, "name": "Max", "photoUrls": []}, headers=headers))
        read = await _ok(await http.get("/pet/7", headers=headers))
    assert first["id"] == again["id"] == 7
    assert read == again == {"id": 7, "name": "Max", "photoUrls": []}
    assert list(app.mock.store.collection("/pet")) == ["7"]


@pytest.mark.asyncio
async def test_a_second_create_with_an_identifier_in_use_is_a_409_where_documented() -> None:
    async with client(mock(PETSHOP), "http://mock/api/v3") as http:
        headers = AUTH[PETSHOP]
        await _ok(await http.post("/store/order", json={"id": 3, "quantity": 1}, headers=headers))
        conflict = await http.post("/store/order", json={"id": 3, "quantity": 2}, headers=headers)
        kept = await _ok(await http.get("/store/order/3", headers=headers))
    async with client(mock(USERS), "http://mock/api") as http:
        await http.post("/users", json=USER, headers=AUTH[USERS])
        taken = await http.post("/users", json={**USER, "email": "other@example.com"}, headers=AUTH[USERS])
    assert conflict.status_code == 409
    assert conflict.json()["details"] == [
        {"in": "body", "name": "id", "problem": "a record with this identifier exists"}
    ]
    assert kept["quantity"] == 1
    assert taken.status_code == 409
    assert taken.json()["details"][0]["name"] == "username"


# ------------------------------------------------------------------------------------------- allOf envelopes
@pytest.mark.asyncio
async def test_a_list_inside_an_allof_page_lists_the_collection() -> None:
    async with client(mock(EVENTS), "http://mock/v2") as http:
        headers = AUTH[EVENTS]
        created = [
            await _ok(await http.post("/events", json={**EVENT, "city": city}, headers=headers), 201)
            for city in ("Oslo", "Bergen")
        ]
        listed = await _ok(await http.get("/events", headers=headers))
        bergen = await _ok(await http.get("/events", params={"city": "Bergen"}, headers=headers))
    # `items` is required beside `allOf`; `page` by the `Page` part, filled in from its schema (minimum 1).
    assert listed == {"items": created, "page": 1}
    assert bergen["items"] == created[1:]


def test_allof_envelopes_are_lists_required_or_not_and_synthesized_with_their_required_members() -> None:
    document = apimock.Spec.load(EVENTS).document
    media = document["paths"]["/events"]["get"]["responses"]["200"]["content"]["application/json"]
    envelope = media["schema"]
    media["schema"] = {key: value for key, value in envelope.items() if key != "required"}
    spec = apimock.Spec(document, name="events")
    shape = answer_shape(spec, spec.by_id["listEvents"])
    # Without its optional members: `items` is required beside `allOf`, `page` inside the `Page` part.
    instance = Generator(spec).instance(envelope, optional=False)
    assert shape is not None
    assert shape.lists
    assert shape.member == "items"
    assert shape.record == {"$ref": "#/components/schemas/Event"}
    assert set(instance) == {"page", "items"}


# --------------------------------------------------------------------------------------------- optional bodies
@pytest.mark.asyncio
async def test_a_body_that_is_not_required_may_be_left_out_and_a_required_one_may_not() -> None:
    async with client(mock(EVENTS), "http://mock/v2") as http:
        headers = AUTH[EVENTS]
        created = await _ok(await http.post("/events", json=EVENT, headers=headers), 201)
        unchanged = await http.patch(f"/events/{created['eventId']}", headers=headers)
        missing = await http.post("/events", headers=headers)
    assert unchanged.status_code == 200
    assert unchanged.json() == created
    assert missing.status_code == 422
    assert missing.json()["details"] == [{"in": "body", "name": "", "problem": "a request body is required"}]


# ------------------------------------------------------------------------------------- readOnly and writeOnly
@pytest.mark.asyncio
async def test_write_only_fields_are_never_answered_nor_stored() -> None:
    app = mock(USERS)
    async with client(app, "http://mock/api") as http:
        headers = AUTH[USERS]
        await http.post("/users", json=USER, headers=headers)
        answers = [
            await _ok(await http.get("/users/ada", headers=headers)),
            await _ok(await http.get("/users", headers=headers)),
            await _ok(await http.put("/users/ada", json={**USER, "password": "another-one"}, headers=headers)),
        ]
    assert all("password" not in str(answer) for answer in answers)
    assert "password" not in app.mock.store.get("/users", "ada")  # type: ignore[operator]


@pytest.mark.asyncio
async def test_read_only_fields_are_neither_required_nor_heard_in_requests() -> None:
    """`eventId` and `id` are required readOnly fields: a client may leave them out, and what it sends (of the
    declared type: a wrong one is still refused) is ignored."""
    async with client(mock(EVENTS), "http://mock/v2") as http:
        headers = AUTH[EVENTS]
        sent = {**EVENT, "eventId": "mine", "createdAt": "2020-01-01T00:00:00Z"}
        created = await _ok(await http.post("/events", json=sent, headers=headers), 201)
        replaced = await _ok(await http.put(f"/events/{created['eventId']}", json=sent, headers=headers))
        mistyped = await http.post("/events", json={**EVENT, "createdAt": "not a date-time"}, headers=headers)
    assert mistyped.status_code in (400, 422)
    async with client(mock(USERS), "http://mock/api") as http:
        user = await http.post("/users", json={**USER, "id": 42}, headers=AUTH[USERS])
        read = await _ok(await http.get("/users/ada", headers=AUTH[USERS]))
    assert created["eventId"] != "mine"
    assert "createdAt" not in created
    assert replaced == created
    assert user.status_code == 201
    assert read["id"] != 42


# --------------------------------------------------------------------------------------- what it cannot bind
def test_operations_that_look_stateful_but_keep_no_records_are_named_once_at_start(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="apimock"):
        mock(EVENTS)
        mock(PETSHOP)
    warnings = [record for record in caplog.records if record.name == "apimock"]
    assert len(warnings) == 1, "petshop keeps records for every operation that looks stateful"
    message = warnings[0].getMessage()
    assert message.startswith("events: 2 operation(s) look stateful, but the mock keeps no records for them")
    assert "POST /venues (proposeVenue) -> example: looks like a create, but its answer (members: status)" in message
    assert (
        "GET /venues/{venueId} (getVenue) -> example: works on one record by {venueId}, but nothing creates" in message
    )


def test_explain_prints_every_operation_with_its_collection_or_why_none() -> None:
    command = [sys.executable, "-m", "apimock", str(EVENTS), "--explain"]
    done = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "events: 8 operation(s), 2 looking stateful but bound to no collection"
    assert "  GET /events (listEvents) -> list /events [eventId]" in lines
    assert "  POST /events (createEvent) -> create /events [eventId]" in lines
    assert "  PATCH /events/{event_id} (updateEvent) -> merge /events [eventId] by {event_id}" in lines
    assert any(line.startswith("  POST /venues (proposeVenue) -> example: looks like a create") for line in lines)
    assert len(lines) == 9
    assert "apimock: serving" not in done.stdout


# ------------------------------------------------------------------------------------------------ schemathesis
SETTINGS = hypothesis.settings(
    deadline=None, suppress_health_check=list(hypothesis.HealthCheck), database=None, max_examples=10
)


def schemathesis_test(path: Path) -> Callable[..., None]:
    """schemathesis over every operation of a fixture, positive and negative, every default check on."""
    app = mock(path)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.update(headers=AUTH[path])
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=10, deterministic=True
    )
    schema.config.seed = 20261122
    parametrize: Callable[[Callable[..., None]], Callable[..., None]] = schema.parametrize()

    @parametrize
    @SETTINGS
    def test(case: Case[Any]) -> None:
        case.validate_response(case.call())

    return test


test_events_schemathesis = schemathesis_test(EVENTS)
test_petshop_schemathesis = schemathesis_test(PETSHOP)
test_users_schemathesis = schemathesis_test(USERS)


def stateful_test(path: Path) -> Callable[[], None]:
    """schemathesis's stateful phase: sequences it infers from the fixture (no links: from the identifiers' names),
    each from the seeded start. What a create made is found again by an operation on one record."""

    def test() -> None:
        app = mock(path)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        schema.config.update(headers=AUTH[path])
        schema.config.seed = 20261122

        class Sequences(schema.as_state_machine()):  # type: ignore[misc]
            def setup(self) -> None:
                app.mock.reset()

        Sequences.run(settings=hypothesis.settings(SETTINGS, max_examples=25, stateful_step_count=6, derandomize=True))
        bindings = app.mock.bindings
        succeeded = {
            name for (name, status), _ in app.mock.answered.items() if 200 <= status < 300 and name in bindings
        }
        created = {bindings[name].collection.name for name in succeeded if bindings[name].action == "create"}
        found = {
            bindings[name].collection.name for name in succeeded if bindings[name].id_param or bindings[name].body_id
        }
        assert created, "no create succeeded"
        assert created <= found, f"created in {sorted(created)}, found again in {sorted(found)}"

    return test


test_events_stateful = stateful_test(EVENTS)
test_petshop_stateful = stateful_test(PETSHOP)
test_users_stateful = stateful_test(USERS)
