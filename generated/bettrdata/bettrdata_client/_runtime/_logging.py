"""The package's logger, and redaction of secrets wherever text leaves the runtime.

Everything the runtime logs goes through `logger` (named after the package, e.g. `bettrdata_client`). Header
values that carry credentials are never formatted; free text (vendor messages, exception messages) passes
through `redact_text`; and a filter on the logger redacts any record that slipped through. Credentials held by
the runtime are `Secret`s, whose `repr` and `str` show no part of the value.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping

import httpx

# The package's own logger (`bettrdata_client`), whose runtime this is (`bettrdata_client._runtime`).
logger = logging.getLogger((__package__ or __name__).removesuffix("._runtime"))

REDACTED = "[REDACTED]"

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-amz-security-token"}
)
# JSON keys and key=value names whose values are secrets (compared lower-case, without `_` and `-`).
SENSITIVE_KEYS = frozenset(
    {
        "password",
        "newpassword",
        "secret",
        "clientsecret",
        "secrethash",
        "token",
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "authorization",
        "session",
        "apikey",
    }
)

_KEY_NAMES = r"[A-Za-z_\-]*(?:password|secret|token|authorization|session|api[_-]?key)[A-Za-z_\-]*"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "password": "..." and 'password': '...' (JSON bodies, dict reprs)
    (re.compile(rf"""(["']{_KEY_NAMES}["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2""", re.IGNORECASE), rf"\1\2{REDACTED}\2"),
    # password=... in query strings, form bodies and reprs
    (re.compile(rf"""(\b{_KEY_NAMES}=)[^\s&,)'"]+""", re.IGNORECASE), rf"\1{REDACTED}"),
    # Authorization header values
    (re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]+", re.IGNORECASE), rf"\1 {REDACTED}"),
    # JSON Web Tokens wherever they appear
    (re.compile(r"\beyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*"), REDACTED),
)


# Every credential the runtime holds (each `Secret`), by value, so that text echoing one verbatim (an error body
# repeating a password, a token in a message) is scrubbed whatever its shape. The newest few hundred are kept.
_KNOWN_SECRETS: dict[str, None] = {}
_KNOWN_SECRETS_LIMIT = 512
_SHORTEST_SECRET = 8  # shorter values would scrub ordinary words (a key named `secret`, say)


def remember_secret(value: str) -> None:
    if len(value) < _SHORTEST_SECRET:
        return
    _KNOWN_SECRETS.pop(value, None)
    _KNOWN_SECRETS[value] = None
    while len(_KNOWN_SECRETS) > _KNOWN_SECRETS_LIMIT:
        del _KNOWN_SECRETS[next(iter(_KNOWN_SECRETS))]


def redact_text(text: str) -> str:
    """`text` with the credentials it contains replaced by `[REDACTED]`: every secret the runtime holds, by
    value, and whatever looks like one (a password or token member, an Authorization value, a JWT)."""
    for secret in list(_KNOWN_SECRETS):
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def is_sensitive_key(name: str) -> bool:
    return name.lower().replace("_", "").replace("-", "") in SENSITIVE_KEYS


def redact_headers(headers: httpx.Headers | Mapping[str, str]) -> dict[str, str]:
    """The headers with the value of every credential-carrying one replaced."""
    items: Iterable[tuple[str, str]] = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    return {name: REDACTED if name.lower() in SENSITIVE_HEADERS else value for name, value in items}


def url_without_credentials(url: httpx.URL | str) -> str:
    """The URL without the user name and password it may embed (`https://user:pw@host/` -> `https://host/`)."""
    url = httpx.URL(url)
    if url.username or url.password:
        url = url.copy_with(username=None, password=None)
    return str(url)


def describe(request: httpx.Request) -> str:
    """`METHOD url` for logs, without user information embedded in the URL."""
    return redact_text(f"{request.method} {url_without_credentials(request.url)}")


class Secret:
    """A credential: `repr` and `str` never show it; `reveal()` does, for the one place that sends it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        remember_secret(value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


class RedactingFilter(logging.Filter):
    """Redacts every record of the package's logger, as a last line of defence."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


logger.addFilter(RedactingFilter())


def configure_from_environment(variable: str, environ: Mapping[str, str] = os.environ) -> None:
    """Send the package's logs to stderr at the level named in `variable` (`debug`, `info`, ...), if it is set."""
    value = environ.get(variable, "").strip()
    if not value:
        return
    level = logging.getLevelName(value.upper())
    if not isinstance(level, int):
        raise ValueError(f"{variable}={value!r} is not a logging level (use debug, info, warning or error)")
    logger.setLevel(level)
    if not any(getattr(handler, "_runtime_handler", False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.addFilter(RedactingFilter())
        handler._runtime_handler = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
