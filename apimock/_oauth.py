"""OAuth 2.0 token endpoints (RFC 6749, sections 4.4 and 6), recognised from the spec and served for real.

An operation is one when its request body is a form with a `grant_type` field and its success answer has an
`access_token` member. The mock then issues its own tokens, which every bearer-secured operation accepts until
they expire: `client_credentials` gives a new access token (and a refresh token when the answer declares one);
`refresh_token` exchanges a refresh token this mock issued for a new pair, and refuses any other with
`invalid_grant`, as it refuses one whose lifetime is over. Lifetimes go into every answer member named
`expires_in` or ending in `_expires_in`: a refresh token lasts as long as the access token issued with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._bindings import record_properties, success_schema, success_status
from ._replies import Reply
from ._schemas import Problem
from ._spec import Operation, Spec

if TYPE_CHECKING:
    from ._vendor import Call

FORM = "application/x-www-form-urlencoded"


def is_token_endpoint(spec: Spec, operation: Operation) -> bool:
    content: Mapping[str, Any] = (operation.request_body or {}).get("content") or {}
    form = content.get(FORM)
    if operation.method != "post" or not isinstance(form, Mapping):
        return False
    answer = success_schema(spec, operation)
    return "grant_type" in record_properties(spec, form.get("schema", {})) and (
        answer is not None and "access_token" in record_properties(spec, answer)
    )


class TokenEndpoint:
    """Issues access tokens through the mock's token store, and keeps the refresh tokens it handed out."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._refresh_tokens: dict[str, float] = {}  # refresh token to its expiry on the token store's clock

    def answer(self, call: Call) -> Reply:
        form = call.body if isinstance(call.body, Mapping) else {}
        if form.get("grant_type") == "refresh_token":
            presented = str(form.get("refresh_token", ""))
            expires = self._refresh_tokens.pop(presented, None)
            if expires is None:
                problem = Problem("body", "refresh_token", "was not issued by this server or was already used")
                return call.error("invalid", "invalid_grant", [problem])
            if call.mock.tokens.clock() >= expires:
                problem = Problem("body", "refresh_token", "has expired (its announced lifetime is over)")
                return call.error("invalid", "invalid_grant", [problem])
        operation = call.operation
        answer = success_schema(self._spec, operation) or {}
        members = record_properties(self._spec, answer)
        tokens = call.mock.tokens
        token, lifetime = tokens.issue()
        body: dict[str, Any] = {"access_token": token}
        if "refresh_token" in members:
            refresh = tokens.new_secret("refresh")
            self._refresh_tokens[refresh] = tokens.clock() + lifetime
            body["refresh_token"] = refresh
        for name in members:
            if name == "expires_in" or name.endswith("_expires_in"):
                body[name] = max(0, int(lifetime))
        if "token_type" in members:
            body["token_type"] = "Bearer"
        completed = call.mock.complete(answer, body)
        return call.reply(success_status(operation) or 200, completed)
