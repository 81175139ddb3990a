"""Credentials as the spec declares them, checked against tokens this mock issued or was configured with."""

from __future__ import annotations

import base64
import random
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

from ._spec import JSON, Operation, Spec


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""  # "missing", "invalid" or "expired" when not ok


class TokenStore:
    """Tokens the mock issued (with an expiry on the mock's clock) and tokens it accepts unconditionally.

    Issued tokens are unpredictable (the `secrets` module) unless `seed` is given: then every process with that
    seed issues the same sequence, for tests that need to know a token in advance."""

    def __init__(
        self,
        *,
        accepted: Iterable[str] = (),
        lifetime: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
        seed: int | None = None,
    ) -> None:
        self.accepted = set(accepted)
        self.lifetime = lifetime
        self.clock = clock
        self._issued: dict[str, float] = {}
        self._random = random.Random(f"tokens-{seed}") if seed is not None else None

    def issue(self, lifetime: float | None = None) -> tuple[str, float]:
        """A new token and its lifetime in seconds."""
        seconds = self.lifetime if lifetime is None else lifetime
        token = self.new_secret("mock")
        self._issued[token] = self.clock() + seconds
        return token, seconds

    def revoke_all_but(self, token: str) -> None:
        """Every token issued before `token` stops being accepted (a server allowing one live token)."""
        self._issued = {issued: expiry for issued, expiry in self._issued.items() if issued == token}

    def new_secret(self, prefix: str) -> str:
        """128 random bits, from the seeded generator when there is one, else from the operating system's."""
        bits = self._random.getrandbits(128) if self._random is not None else secrets.randbits(128)
        return f"{prefix}.{bits:032x}"

    def check(self, token: str) -> Verdict:
        if token in self.accepted:
            return Verdict(True)
        expires = self._issued.get(token)
        if expires is None:
            return Verdict(False, "invalid")
        if self.clock() >= expires:
            return Verdict(False, "expired")
        return Verdict(True)


class Authenticator:
    def __init__(self, spec: Spec, tokens: TokenStore, basic: Mapping[str, str] | None = None) -> None:
        """`basic`: user name to password for HTTP Basic schemes; None accepts any well-formed credentials."""
        components = spec.document.get("components") or {}
        self._schemes: dict[str, JSON] = {
            name: spec.resolve(scheme) for name, scheme in (components.get("securitySchemes") or {}).items()
        }
        self._tokens = tokens
        self._basic = dict(basic) if basic is not None else None

    def credential_headers(self) -> frozenset[str]:
        """Lower-case names of the headers that carry credentials (beside `Authorization`): API key headers."""
        return frozenset(
            str(scheme.get("name", "")).lower()
            for scheme in self._schemes.values()
            if isinstance(scheme, Mapping) and scheme.get("type") == "apiKey" and scheme.get("in") == "header"
        )

    def check(self, operation: Operation, headers: Mapping[str, str], query_string: str) -> Verdict:
        if not operation.security:
            return Verdict(True)
        worst = Verdict(False, "missing")
        for requirement in operation.security:
            if not requirement:
                return Verdict(True)
            verdicts = [self._one(name, headers, query_string) for name in requirement]
            failed = [verdict for verdict in verdicts if not verdict.ok]
            if not failed:
                return Verdict(True)
            if failed[0].reason != "missing":
                worst = failed[0]
        return worst

    def _one(self, name: str, headers: Mapping[str, str], query_string: str) -> Verdict:
        scheme = self._schemes.get(name)
        if not isinstance(scheme, Mapping):
            return Verdict(False, "invalid")
        kind = scheme.get("type")
        if kind == "apiKey":
            where = scheme.get("in")
            key = str(scheme.get("name", ""))
            if where == "header":
                value = headers.get(key.lower())
            elif where == "query":
                value = next((v for k, v in parse_qsl(query_string, keep_blank_values=True) if k == key), None)
            else:
                value = _cookie(headers.get("cookie", ""), key)
            return Verdict(False, "missing") if not value else self._tokens.check(value)
        authorization = headers.get("authorization", "")
        if not authorization:
            return Verdict(False, "missing")
        scheme_name, _, credentials = authorization.partition(" ")
        credentials = credentials.strip()
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            if scheme_name.lower() != "basic" or not credentials:
                return Verdict(False, "invalid")
            try:
                user, colon, password = base64.b64decode(credentials, validate=True).decode().partition(":")
            except ValueError:
                return Verdict(False, "invalid")
            if not colon or not user:
                return Verdict(False, "invalid")
            if self._basic is None or self._basic.get(user) == password:
                return Verdict(True)
            return Verdict(False, "invalid")
        # http bearer, oauth2 and openIdConnect all travel as a bearer token.
        if scheme_name.lower() != "bearer" or not credentials:
            return Verdict(False, "invalid")
        return self._tokens.check(credentials)


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None
