"""The client runtime every generated package carries as `<package>/_runtime/`: settings and wiring, retries,
pacing, typed errors, streaming, pagination, per-call options, the client objects' base, model reprs.

Hand-written, vendor-neutral, and independent of the generated code around it: the package hands it what it
needs (its `_spec_meta.API` table and its generated client class, through `Connector`, `Paginate` and the client
object bases), so the runtime is tested and linted here, in overrides/runtime/, as the project's own code.
"""

from ._client_object import AsyncClientObject, ConnectedClient, SyncClientObject, success
from ._clock import SYSTEM_CLOCK, Clock
from ._connect import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BearerToken, Connector, Runtime, RuntimeAware, StaticToken
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    StreamDecodeError,
    StreamError,
    make_status_error,
    parse_body,
    response_validation_error,
)
from ._logging import Secret
from ._members import MemberTypeError, array_member, json_kind, json_member, object_member, whole_answer
from ._model_repr import model_repr
from ._operations import ApiSpec, Credential, Operation, OperationTable, Pagination, RateLimit, Streaming
from ._options import RawResponse, RequestOptions, async_raw_response, raw_response, request_options
from ._pagination import AsyncPager, AsyncPaginate, Page, Pager, Paginate
from ._query import query_string
from ._retry import RetryPolicy
from ._streaming import AsyncStream, Stream, aopen_operation_stream, open_operation_stream
from ._transport import DualTransport
from ._types import UNSET, Response, Unset
from ._unknown_values import is_unknown, unknown_member

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "SYSTEM_CLOCK",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiSpec",
    "AsyncClientObject",
    "AsyncPager",
    "AsyncPaginate",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "Clock",
    "ConflictError",
    "ConnectedClient",
    "Connector",
    "Credential",
    "DualTransport",
    "ErrorDetail",
    "IncompleteStreamError",
    "InternalServerError",
    "MemberTypeError",
    "NotFoundError",
    "Operation",
    "OperationTable",
    "Page",
    "Pager",
    "Paginate",
    "Pagination",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "Response",
    "RetryPolicy",
    "Runtime",
    "RuntimeAware",
    "Secret",
    "StaticToken",
    "Stream",
    "StreamDecodeError",
    "StreamError",
    "Streaming",
    "SyncClientObject",
    "Unset",
    "aopen_operation_stream",
    "array_member",
    "async_raw_response",
    "is_unknown",
    "json_kind",
    "json_member",
    "make_status_error",
    "model_repr",
    "object_member",
    "open_operation_stream",
    "parse_body",
    "query_string",
    "raw_response",
    "request_options",
    "response_validation_error",
    "success",
    "unknown_member",
    "whole_answer",
]
