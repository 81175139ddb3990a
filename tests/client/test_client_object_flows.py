"""The client objects end to end against apimock over HTTP: the vendor flows the resources carry, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bettrdata_client import AsyncBettrData, BettrData
from bettrdata_client.lib.cognito import CognitoAuth
from bettrdata_client.models import BDSOrder, BDSOrderRecord

import apimock

from ..servers import served

REPOSITORY = Path(__file__).resolve().parents[2]
USER, PASSWORD, CLIENT_ID = "analyst@example.com", "correct horse battery", "bd-client"


def order() -> BDSOrder:
    spec = apimock.Spec.load(REPOSITORY / "specs" / "bettrdata.yaml").document
    media = spec["paths"]["/audience/create"]["post"]["requestBody"]["content"]["application/json"]
    example: dict[str, Any] = media["examples"]["order_with_segments"]["value"]
    return BDSOrder.from_dict(example)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = apimock.create_app("bettrdata", credentials={USER: PASSWORD}, stream_interval=0.005, validate_responses=True)
    with served(app) as url:
        yield url


def test_sign_in_create_and_count_through_the_client_object(base_url: str) -> None:
    statuses: list[str] = []
    with BettrData(base_url=base_url, auth=CognitoAuth(USER, PASSWORD, CLIENT_ID), environ={}) as client:
        saved = client.audiences.create(body=order())
        assert isinstance(saved, BDSOrderRecord)
        with client.counts.start(saved.field_id, "default", current_user=USER) as count:
            count.wait(on_status=lambda event: statuses.append(event.status))
            rows = list(count.rows(limit=2))
        every_row = list(client.counts.rows(saved.field_id, "default", current_user=USER, limit=3))

    assert statuses[0] == "started"
    assert statuses[-1] == "end"
    assert rows
    assert len(every_row) == len(rows)


def test_the_async_client_object_runs_the_same_flow(base_url: str) -> None:
    async def run() -> tuple[list[str], int]:
        statuses: list[str] = []
        auth = CognitoAuth(USER, PASSWORD, CLIENT_ID)
        async with AsyncBettrData(base_url=base_url, auth=auth, environ={}) as client:
            saved = await client.audiences.create(body=order())
            count = await client.counts.start(saved.field_id, "default", current_user=USER)
            async with count:
                await count.wait(on_status=lambda event: statuses.append(event.status))
                rows = [row async for row in count.rows(limit=2)]
        return statuses, len(rows)

    statuses, rows = asyncio.run(run())
    assert statuses[-1] == "end"
    assert rows > 0
