"""The schema_inference operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
        response = await _infer_schema.asyncio_detailed(client=self._client, body=body)
        return cast("InferredSchema", success(response, "infer_schema", (200,)))


__all__ = ("SchemaInferenceResource", "AsyncSchemaInferenceResource")
