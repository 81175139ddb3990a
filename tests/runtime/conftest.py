"""Fixtures: a fake clock, the BettrData stand-in and clients connected to it.

`target` is the one place that says where BettrData is. Today: the in-process `FakeBettrData` (an httpx
transport). To run these tests against apimock, make `target` start apimock and return its base URL with
`transport=None`, keeping `fake` for the assertions apimock can answer (its request log).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from bettrdata_client import AuthenticatedClient, connect
from bettrdata_client.lib.cognito import CognitoAuth
from moto.server import ThreadedMotoServer

from .standin import FakeBettrData, FakeClock

USER = "analyst@example.com"
PASSWORD = "correct-horse-battery-staple"
CLIENT_ID = "app-client-1"


@dataclass
class Target:
    base_url: str
    transport: httpx.MockTransport | None


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> FakeBettrData:
    return FakeBettrData(clock)


@pytest.fixture
def target(fake: FakeBettrData) -> Target:
    return Target(fake.base_url, fake.transport)


Connector = Callable[..., AuthenticatedClient]


@pytest.fixture
def make_client(target: Target, clock: FakeClock) -> Connector:
    """`connect` to the target with the fake clock; keyword arguments override the defaults."""

    def make(**options: Any) -> AuthenticatedClient:
        settings: dict[str, Any] = {
            "base_url": target.base_url,
            "transport": target.transport,
            "clock": clock,
            "environ": {},
            "auth": CognitoAuth(USER, PASSWORD, CLIENT_ID),
        }
        settings.update(options)
        return connect(**settings)

    return make


@pytest.fixture
def client(make_client: Connector) -> AuthenticatedClient:
    return make_client()


# -- moto's Cognito -------------------------------------------------------------------------------------------

MOTO_PASSWORD = "Correct-Horse-7-Battery"


@dataclass
class Pool:
    endpoint: str
    client_id: str
    secret_client_id: str
    client_secret: str


def _call(endpoint: str, operation: str, body: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(
        endpoint,
        content=json.dumps(body),
        headers={
            "X-Amz-Target": f"AWSCognitoIdentityProviderService.{operation}",
            "Content-Type": "application/x-amz-json-1.1",
        },
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


@pytest.fixture(scope="session")
def pool() -> Iterator[Pool]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}/"
        pool_id = _call(endpoint, "CreateUserPool", {"PoolName": "bettrdata"})["UserPool"]["Id"]
        flows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
        plain = _call(
            endpoint,
            "CreateUserPoolClient",
            {"UserPoolId": pool_id, "ClientName": "api", "GenerateSecret": False, "ExplicitAuthFlows": flows},
        )["UserPoolClient"]
        secret = _call(
            endpoint,
            "CreateUserPoolClient",
            {"UserPoolId": pool_id, "ClientName": "api-secret", "GenerateSecret": True, "ExplicitAuthFlows": flows},
        )["UserPoolClient"]
        for user, permanent in (("analyst", True), ("newbie", False)):
            _call(
                endpoint,
                "AdminCreateUser",
                {
                    "UserPoolId": pool_id,
                    "Username": user,
                    "TemporaryPassword": MOTO_PASSWORD,
                    "MessageAction": "SUPPRESS",
                },
            )
            if permanent:
                _call(
                    endpoint,
                    "AdminSetUserPassword",
                    {"UserPoolId": pool_id, "Username": user, "Password": MOTO_PASSWORD, "Permanent": True},
                )
        _call(endpoint, "SignUp", {"ClientId": plain["ClientId"], "Username": "unconfirmed", "Password": MOTO_PASSWORD})
        yield Pool(endpoint, plain["ClientId"], secret["ClientId"], secret["ClientSecret"])
    finally:
        server.stop()
