"""Helpers for apimock's tests: an in-process client, and a real HTTP server on a free local port."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

import apimock

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHELTER = FIXTURES / "shelter.yaml"
TOKEN = "test-token"
AMZ_TARGET = {"X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth"}
SIGN_IN = {"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "client", "AuthParameters": {"USERNAME": "u", "PASSWORD": "p"}}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def bettrdata(**options: Any) -> apimock.MockApp:
    settings: dict[str, Any] = {"tokens": {TOKEN}, "stream_interval": 0.001, "validate_responses": True}
    settings.update(options)
    return apimock.create_app("bettrdata", strict=True, **settings)


def shelter(**options: Any) -> apimock.MockApp:
    settings: dict[str, Any] = {"tokens": {TOKEN}, "validate_responses": True}
    settings.update(options)
    return apimock.create_app(SHELTER, strict=True, **settings)


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in_body(username: str = "u", password: str = "p") -> bytes:
    body = {**SIGN_IN, "AuthParameters": {"USERNAME": username, "PASSWORD": password}}
    return json.dumps(body).encode()


@asynccontextmanager
async def client(app: apimock.MockApp, base_url: str = "http://mock") -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url) as http:
        yield http
