"""Fixtures of the Narrative flow modules: one fresh apimock per module, served over HTTP, and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from narrative_client import AuthenticatedClient

from ..servers import served
from .narrative_flow_support import client_for, mock_app


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with served(mock_app()) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[AuthenticatedClient]:
    with client_for(base_url) as connected:
        yield connected
