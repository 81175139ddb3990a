"""Narrative API access for an OAuth client: `connect(auth=ClientCredentialsAuth(client_id, client_secret))`.

The access token comes from `POST /oauth/token` (HTTP Basic client credentials, a form body), is sent as
`Authorization: Bearer ...`, and is renewed `renew_before` seconds before it expires: with the refresh token when
the server gave one, else by a new `client_credentials` grant. A request answered 401 is sent once more with a
fresh token. The token requests go through the connected client's own transport (retries, pacing, logging).

Concurrent requests that find the token expired may each ask for a new one; the last answer is kept.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._clock import SYSTEM_CLOCK, Clock
from ._errors import make_status_error
from ._logging import Secret
from ._spec_meta import ENV_PREFIX, OPERATIONS

TOKEN_PATH = str(OPERATIONS["request_oauth_token"]["path"])


@dataclass(frozen=True)
class _Token:
    access: Secret
    expires_at: float
    refresh: Secret | None


class ClientCredentialsAuth(httpx.Auth):
    requires_response_body = True  # the token answers are read inside the flow

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        renew_before: float = 60.0,
        token_url: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("ClientCredentialsAuth needs a client id and a client secret")
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.renew_before = renew_before
        self.token_url = token_url
        self.clock = clock
        self._token: _Token | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> ClientCredentialsAuth:
        """Credentials from `NARRATIVE_CLIENT_ID` and `NARRATIVE_CLIENT_SECRET`."""
        environ = os.environ if environ is None else environ
        names = (f"{ENV_PREFIX}_CLIENT_ID", f"{ENV_PREFIX}_CLIENT_SECRET")
        missing = [name for name in names if not environ.get(name, "").strip()]
        if missing:
            raise ValueError(f"ClientCredentialsAuth.from_env: {', '.join(missing)} not set")
        return cls(environ[names[0]].strip(), environ[names[1]].strip(), **options)

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, client_secret={self._client_secret!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token
        if token is None or self.clock.monotonic() >= token.expires_at - self.renew_before:
            token = yield from self._renew(request, token)
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"
        response = yield request
        if response.status_code == 401:
            token = yield from self._renew(request, None)
            request.headers["Authorization"] = f"Bearer {token.access.reveal()}"
            yield request

    def _renew(
        self, request: httpx.Request, current: _Token | None
    ) -> Generator[httpx.Request, httpx.Response, _Token]:
        if current is not None and current.refresh is not None:
            response = yield self._token_request(request, "refresh_token", current.refresh)
            if response.status_code < 400:
                return self._keep(response)
        response = yield self._token_request(request, "client_credentials", None)
        if response.status_code >= 400:
            raise make_status_error(
                response.status_code, response.headers, response.content, what=f"POST {TOKEN_PATH} (sign-in)"
            )
        return self._keep(response)

    def _token_request(self, request: httpx.Request, grant: str, refresh: Secret | None) -> httpx.Request:
        form = {"grant_type": grant, "client_id": self.client_id}
        if refresh is not None:
            form["refresh_token"] = refresh.reveal()
        url = self.token_url or str(request.url.copy_with(path=TOKEN_PATH, query=None))
        token_request = httpx.Request("POST", url, data=form)
        basic = httpx.BasicAuth(self.client_id, self._client_secret.reveal())
        return next(basic.auth_flow(token_request))

    def _keep(self, response: httpx.Response) -> _Token:
        answer = response.json()
        lifetime = float(answer.get("access_token_expires_in") or answer.get("expires_in") or 0)
        refresh = answer.get("refresh_token")
        self._token = _Token(
            access=Secret(str(answer["access_token"])),
            expires_at=self.clock.monotonic() + lifetime,
            refresh=Secret(str(refresh)) if refresh else None,
        )
        return self._token
