"""BettrData's sign-in on the wire: Cognito's `InitiateAuth` request, `SECRET_HASH`, and reading the answer.

Pure functions and error types; sending is `cognito.CognitoAuth`'s job. The same exchange serves Cognito's own
endpoint and BettrData's `POST /auth/token`, which takes Cognito's request and answers either Cognito's
`AuthenticationResult` or its own `{token, expires_in}`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from .._runtime._errors import AuthenticationError, make_status_error, parse_body
from .._runtime._logging import Secret
from ..models.cognito_initiate_auth_response import CognitoInitiateAuthResponse
from ..models.token_auth_parameters import TokenAuthParameters
from ..models.token_request import TokenRequest
from ..models.token_request_auth_flow import TokenRequestAuthFlow
from ..models.token_response import TokenResponse

TARGET = "AWSCognitoIdentityProviderService.InitiateAuth"
HEADERS = {"X-Amz-Target": TARGET, "Content-Type": "application/x-amz-json-1.1"}
THROTTLING_CODES = frozenset({"TooManyRequestsException", "ThrottlingException"})


class SignInError(AuthenticationError):
    """Signing in was refused. An `AuthenticationError` whose `status_code` is the sign-in answer's; `code` is
    Cognito's error type (e.g. `NotAuthorizedException`) when it gave one."""

    def __init__(self, message: str, *, status_code: int, code: str | None = None) -> None:
        super().__init__(message, status_code=status_code)
        self.code = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status_code={self.status_code}, message={self.message!r})"


class NotAuthorizedError(SignInError):
    """Wrong user name or password (or client secret), or a disabled user (`NotAuthorizedException`)."""


class UserNotFoundError(SignInError):
    """No such user in the pool (`UserNotFoundException`)."""


class UserNotConfirmedError(SignInError):
    """The user signed up but was never confirmed (`UserNotConfirmedException`)."""


class PasswordResetRequiredError(SignInError):
    """The user's password must be reset first (`PasswordResetRequiredException`)."""


class SignInFlowNotAllowedError(SignInError):
    """The app client does not allow this sign-in flow (`InvalidParameterException`, "... flow not enabled")."""


class SignInThrottledError(SignInError):
    """Cognito kept throttling the sign-in after every retry (`TooManyRequestsException`)."""


class ChallengeRequiredError(SignInError):
    """Cognito answered with a challenge this client cannot answer (`NEW_PASSWORD_REQUIRED`, an MFA code, ...)."""

    def __init__(self, message: str, *, challenge_name: str, status_code: int = 200) -> None:
        super().__init__(message, status_code=status_code, code=challenge_name)
        self.challenge_name = challenge_name


_BY_CODE: dict[str, type[SignInError]] = {
    "NotAuthorizedException": NotAuthorizedError,
    "UserNotFoundException": UserNotFoundError,
    "UserNotConfirmedException": UserNotConfirmedError,
    "PasswordResetRequiredException": PasswordResetRequiredError,
    "TooManyRequestsException": SignInThrottledError,
    "ThrottlingException": SignInThrottledError,
}

_CHALLENGE_ADVICE = {
    "NEW_PASSWORD_REQUIRED": "the user must set a new password first (e.g. in BettrData's web app)",
    "SMS_MFA": "the user has SMS multi-factor authentication; API access needs a user without MFA",
    "SOFTWARE_TOKEN_MFA": "the user has authenticator-app MFA; API access needs a user without MFA",
    "MFA_SETUP": "the user must set up MFA first; API access needs a user without MFA",
    "SELECT_MFA_TYPE": "the user must choose an MFA type; API access needs a user without MFA",
}


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a sign-in or refresh yields. The secrets' reprs are masked."""

    access_token: Secret
    expires_in: float
    refresh_token: Secret | None = None


def secret_hash(username: str, client_id: str, client_secret: Secret) -> str:
    """Base64 of HMAC-SHA256(client secret, username + client id): Cognito's proof of the client secret."""
    digest = hmac.new(client_secret.reveal().encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def password_body(username: str, password: Secret, client_id: str, client_secret: Secret | None) -> dict[str, Any]:
    parameters = TokenAuthParameters(username=username, password=password.reveal())
    if client_secret is not None:
        parameters.secret_hash = secret_hash(username, client_id, client_secret)
    body = TokenRequest(
        auth_flow=TokenRequestAuthFlow.USER_PASSWORD_AUTH, client_id=client_id, auth_parameters=parameters
    )
    return body.to_dict()


def refresh_body(refresh_token: Secret, username: str, client_id: str, client_secret: Secret | None) -> dict[str, Any]:
    # Not in BettrData's document (its request schema names only USER_PASSWORD_AUTH): Cognito's refresh flow.
    parameters = {"REFRESH_TOKEN": refresh_token.reveal()}
    if client_secret is not None:
        parameters["SECRET_HASH"] = secret_hash(username, client_id, client_secret)
    return {"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": client_id, "AuthParameters": parameters}


def _error_code(response: httpx.Response, body: object) -> str | None:
    raw = body.get("__type") if isinstance(body, dict) else None
    if not isinstance(raw, str):
        raw = response.headers.get("x-amzn-errortype", "").split(":")[0] or None
    return raw.rsplit("#", 1)[-1] if raw else None


def _scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[REDACTED]")
    return text


def read_answer(response: httpx.Response, flow: str, secrets: Iterable[str] = ()) -> Tokens:
    """The tokens in a sign-in answer, or the typed error it stands for. `secrets` are scrubbed from messages."""
    body = parse_body(response.read())
    if response.status_code >= 500:
        raise make_status_error(response.status_code, response.headers, response.content, what=f"sign-in ({flow})")
    if response.status_code >= 400:
        code = _error_code(response, body)
        vendor = body.get("message") or body.get("Message") if isinstance(body, dict) else None
        detail = _scrub(str(vendor), secrets) if vendor else httpx.codes.get_reason_phrase(response.status_code)
        kind = _BY_CODE.get(code or "", SignInError)
        if code == "InvalidParameterException" and "flow" in detail.lower():
            kind = SignInFlowNotAllowedError
        elif code is None and response.status_code == 401:
            kind = NotAuthorizedError
        label = f"{code}: " if code else ""
        message = f"sign-in ({flow}) failed with {response.status_code}: {label}{detail}"
        raise kind(message, code=code, status_code=response.status_code)
    if not isinstance(body, dict):
        raise SignInError(
            f"sign-in ({flow}) answered {response.status_code} without a JSON object", status_code=response.status_code
        )
    challenge = body.get("ChallengeName")
    if isinstance(challenge, str):
        advice = _CHALLENGE_ADVICE.get(challenge, "this client answers no sign-in challenges")
        raise ChallengeRequiredError(
            f"sign-in ({flow}) requires the {challenge} challenge, which this client cannot answer: {advice}",
            challenge_name=challenge,
        )
    try:
        if "AuthenticationResult" in body:
            result = CognitoInitiateAuthResponse.from_dict(body).authentication_result
            refresh = result.refresh_token if isinstance(result.refresh_token, str) else None
            return Tokens(Secret(result.access_token), float(result.expires_in), Secret(refresh) if refresh else None)
        grant = TokenResponse.from_dict(body)
        return Tokens(Secret(grant.token), float(grant.expires_in))
    except (KeyError, TypeError, ValueError):
        keys = ", ".join(sorted(body)) or "none"
        message = f"sign-in ({flow}) answered 200 without a token (fields: {keys})"
        raise SignInError(message, status_code=response.status_code) from None
