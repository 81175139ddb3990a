"""The schema_inference operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

from ..._runtime import (
    AsyncPager,
    AsyncStream,
    Pager,
    RequestOptions,
    Stream,
    aopen_operation_stream,
    async_raw_response,
    open_operation_stream,
    raw_response,
    request_options,
    success,
)
from ..._spec_meta import API
from ...models.error import Error
from ...models.inference_request import InferenceRequest
from ...models.inferred_schema import InferredSchema
from ...types import UNSET, Unset
from . import infer_schema as _infer_schema

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class SchemaInferenceResource:
    """The schema_inference operations: `client.schema_inference.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "SchemaInferenceResource()"

    def infer_schema(
        self,
        *,
        body: InferenceRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InferredSchema:
        """Infer a dataset schema from a file

        Analyses an uploaded file and returns its structure as a dataset schema.

        Args:
            body (InferenceRequest): A file to infer a schema from.

        Returns:
            InferredSchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _infer_schema.sync_detailed(client=self._client, body=body)
        return cast("InferredSchema", success(response, "infer_schema", (200,)))


class AsyncSchemaInferenceResource:
    """The schema_inference operations, awaited: `client.schema_inference.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncSchemaInferenceResource()"

    async def infer_schema(
        self,
        *,
        body: InferenceRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> InferredSchema:
        """Infer a dataset schema from a file

        Analyses an uploaded file and returns its structure as a dataset schema.

        Args:
            body (InferenceRequest): A file to infer a schema from.

        Returns:
            InferredSchema

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _infer_schema.asyncio_detailed(client=self._client, body=body)
        return cast("InferredSchema", success(response, "infer_schema", (200,)))


class SchemaInferenceResourceWithRawResponse:
    """The schema_inference operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: SchemaInferenceResource) -> None:
        self.infer_schema = raw_response(resource.infer_schema)


class AsyncSchemaInferenceResourceWithRawResponse:
    """The schema_inference operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncSchemaInferenceResource) -> None:
        self.infer_schema = async_raw_response(resource.infer_schema)


__all__ = (
    "SchemaInferenceResource",
    "AsyncSchemaInferenceResource",
    "SchemaInferenceResourceWithRawResponse",
    "AsyncSchemaInferenceResourceWithRawResponse",
)
