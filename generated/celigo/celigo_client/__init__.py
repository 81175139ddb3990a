"""A client library for accessing Celigo integrator.io Connections API"""

from ._clock import Clock
from ._connect import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BearerToken, connect
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamDecodeError,
    StreamError,
)
from ._pagination import AsyncPager, Page, Pager, apaginate, paginate
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream
from .client import AuthenticatedClient, Client

__all__ = (
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncStream",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "Client",
    "Clock",
    "ConflictError",
    "ErrorDetail",
    "IncompleteStreamError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "apaginate",
    "connect",
    "paginate",
)
