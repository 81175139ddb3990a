"""The mappings operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast
from uuid import UUID

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
from ...models.attribute_mapping import AttributeMapping
from ...models.error import Error
from ...models.mapped_records import MappedRecords
from ...models.mapping_create import MappingCreate
from ...models.mapping_list import MappingList
from ...models.mapping_update import MappingUpdate
from ...types import UNSET, Unset
from . import accept_mapping as _accept_mapping
from . import create_company_mapping as _create_company_mapping
from . import create_global_mapping as _create_global_mapping
from . import create_system_mapping as _create_system_mapping
from . import delete_mapping as _delete_mapping
from . import get_mapping as _get_mapping
from . import list_company_mappings as _list_company_mappings
from . import list_mappings as _list_mappings
from . import list_system_mappings as _list_system_mappings
from . import promote_mapping as _promote_mapping
from . import sample_mapping as _sample_mapping
from . import test_mapping as _test_mapping
from . import update_mapping as _update_mapping

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class MappingsResource:
    """The mappings operations: `client.mappings.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "MappingsResource()"

    def list(
        self,
        *,
        attribute_id: builtins.list[int] | Unset = UNSET,
        dataset_id: builtins.list[int] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List mappings

        Returns all mappings, private and global, optionally only those of some attributes or datasets.

        Args:
            attribute_id (list[int] | Unset): Only mappings to these attributes.
            dataset_id (list[int] | Unset): Only mappings from these datasets.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_mappings.sync_detailed(
                client=self._client, attribute_id=attribute_id, dataset_id=dataset_id
            )
        return cast("MappingList", success(response, "list_mappings", (200,)))

    def create_global(
        self,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a global mapping (admin)

        Creates a global mapping. Administrators only.

        Args:
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_global_mapping.sync_detailed(client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_global_mapping", (200,)))

    def list_system(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List system mappings (admin)

        Returns all mappings proposed by the system. Administrators only.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_system_mappings.sync_detailed(client=self._client)
        return cast("MappingList", success(response, "list_system_mappings", (200,)))

    def create_system(
        self,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a system mapping (admin)

        Creates a system mapping. Administrators only.

        Args:
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_system_mapping.sync_detailed(client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_system_mapping", (200,)))

    def get(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Get a mapping

        Returns one mapping.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_mapping.sync_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "get_mapping", (200,)))

    def update(
        self,
        mapping_id: UUID,
        *,
        body: MappingUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Update a mapping

        Replaces the definition of a mapping. Its attribute and dataset cannot change.

        Args:
            mapping_id (UUID): The mapping's identifier.
            body (MappingUpdate): A mapping's new definition.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_mapping.sync_detailed(mapping_id, client=self._client, body=body)
        return cast("AttributeMapping", success(response, "update_mapping", (200,)))

    def delete(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a mapping

        Deletes a mapping for good; it fails while the mapping is in use. Owners (users of the owning
        company) and administrators may do this.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _delete_mapping.sync_detailed(mapping_id, client=self._client)
        return cast("None", success(response, "delete_mapping", (204,)))

    def accept(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Accept a system-proposed mapping

        Moves a mapping proposed by the system from `pending` to `active`. The mapping must be system-
        proposed and not archived. Owners and administrators may do this.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _accept_mapping.sync_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "accept_mapping", (200,)))

    def promote(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Promote a private mapping to global (admin)

        Creates a global copy of a private, non-archived mapping; the copy's `derived_from` is the
        original's id and the original is left as it is. Administrators only.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _promote_mapping.sync_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "promote_mapping", (200,)))

    def list_company(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List a company's private mappings

        Returns the private mappings of a company.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_company_mappings.sync_detailed(company_id, client=self._client)
        return cast("MappingList", success(response, "list_company_mappings", (200,)))

    def create_company(
        self,
        company_id: int,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a private mapping

        Creates a private mapping for a company.

        Args:
            company_id (int): The id of an existing company.
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_company_mapping.sync_detailed(company_id, client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_company_mapping", (200,)))

    def sample(
        self,
        mapping_id: UUID,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappedRecords:
        """Sample a dataset through an existing mapping

        Returns sample rows of the mapping's dataset before (`input`) and after (`output`, keyed by
        attribute name) mapping.

        Args:
            mapping_id (UUID): The mapping's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            MappedRecords

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _sample_mapping.sync_detailed(mapping_id, client=self._client, size=size)
        return cast("MappedRecords", success(response, "sample_mapping", (200,)))

    def test(
        self,
        *,
        body: MappingCreate,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MappedRecords:
        """Try a mapping that does not exist yet

        Returns sample rows of a dataset mapped by the definition sent, without saving it.

        Args:
            size (int | Unset): How many rows to sample, at most 1000.
            body (MappingCreate): A new mapping.

        Returns:
            MappedRecords

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _test_mapping.sync_detailed(client=self._client, body=body, size=size)
        return cast("MappedRecords", success(response, "test_mapping", (200,)))


class AsyncMappingsResource:
    """The mappings operations, awaited: `client.mappings.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncMappingsResource()"

    async def list(
        self,
        *,
        attribute_id: builtins.list[int] | Unset = UNSET,
        dataset_id: builtins.list[int] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List mappings

        Returns all mappings, private and global, optionally only those of some attributes or datasets.

        Args:
            attribute_id (list[int] | Unset): Only mappings to these attributes.
            dataset_id (list[int] | Unset): Only mappings from these datasets.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_mappings.asyncio_detailed(
                client=self._client, attribute_id=attribute_id, dataset_id=dataset_id
            )
        return cast("MappingList", success(response, "list_mappings", (200,)))

    async def create_global(
        self,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a global mapping (admin)

        Creates a global mapping. Administrators only.

        Args:
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_global_mapping.asyncio_detailed(client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_global_mapping", (200,)))

    async def list_system(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List system mappings (admin)

        Returns all mappings proposed by the system. Administrators only.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_system_mappings.asyncio_detailed(client=self._client)
        return cast("MappingList", success(response, "list_system_mappings", (200,)))

    async def create_system(
        self,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a system mapping (admin)

        Creates a system mapping. Administrators only.

        Args:
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_system_mapping.asyncio_detailed(client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_system_mapping", (200,)))

    async def get(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Get a mapping

        Returns one mapping.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_mapping.asyncio_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "get_mapping", (200,)))

    async def update(
        self,
        mapping_id: UUID,
        *,
        body: MappingUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Update a mapping

        Replaces the definition of a mapping. Its attribute and dataset cannot change.

        Args:
            mapping_id (UUID): The mapping's identifier.
            body (MappingUpdate): A mapping's new definition.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_mapping.asyncio_detailed(mapping_id, client=self._client, body=body)
        return cast("AttributeMapping", success(response, "update_mapping", (200,)))

    async def delete(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a mapping

        Deletes a mapping for good; it fails while the mapping is in use. Owners (users of the owning
        company) and administrators may do this.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            None

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _delete_mapping.asyncio_detailed(mapping_id, client=self._client)
        return cast("None", success(response, "delete_mapping", (204,)))

    async def accept(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Accept a system-proposed mapping

        Moves a mapping proposed by the system from `pending` to `active`. The mapping must be system-
        proposed and not archived. Owners and administrators may do this.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _accept_mapping.asyncio_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "accept_mapping", (200,)))

    async def promote(
        self,
        mapping_id: UUID,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Promote a private mapping to global (admin)

        Creates a global copy of a private, non-archived mapping; the copy's `derived_from` is the
        original's id and the original is left as it is. Administrators only.

        Args:
            mapping_id (UUID): The mapping's identifier.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _promote_mapping.asyncio_detailed(mapping_id, client=self._client)
        return cast("AttributeMapping", success(response, "promote_mapping", (200,)))

    async def list_company(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappingList:
        """List a company's private mappings

        Returns the private mappings of a company.

        Args:
            company_id (int): The id of an existing company.

        Returns:
            MappingList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_company_mappings.asyncio_detailed(company_id, client=self._client)
        return cast("MappingList", success(response, "list_company_mappings", (200,)))

    async def create_company(
        self,
        company_id: int,
        *,
        body: MappingCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AttributeMapping:
        """Create a private mapping

        Creates a private mapping for a company.

        Args:
            company_id (int): The id of an existing company.
            body (MappingCreate): A new mapping.

        Returns:
            AttributeMapping

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_company_mapping.asyncio_detailed(company_id, client=self._client, body=body)
        return cast("AttributeMapping", success(response, "create_company_mapping", (200,)))

    async def sample(
        self,
        mapping_id: UUID,
        *,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MappedRecords:
        """Sample a dataset through an existing mapping

        Returns sample rows of the mapping's dataset before (`input`) and after (`output`, keyed by
        attribute name) mapping.

        Args:
            mapping_id (UUID): The mapping's identifier.
            size (int | Unset): How many rows to sample, at most 1000.

        Returns:
            MappedRecords

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _sample_mapping.asyncio_detailed(mapping_id, client=self._client, size=size)
        return cast("MappedRecords", success(response, "sample_mapping", (200,)))

    async def test(
        self,
        *,
        body: MappingCreate,
        size: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MappedRecords:
        """Try a mapping that does not exist yet

        Returns sample rows of a dataset mapped by the definition sent, without saving it.

        Args:
            size (int | Unset): How many rows to sample, at most 1000.
            body (MappingCreate): A new mapping.

        Returns:
            MappedRecords

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _test_mapping.asyncio_detailed(client=self._client, body=body, size=size)
        return cast("MappedRecords", success(response, "test_mapping", (200,)))


class MappingsResourceWithRawResponse:
    """The mappings operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: MappingsResource) -> None:
        self.list = raw_response(resource.list)
        self.create_global = raw_response(resource.create_global)
        self.list_system = raw_response(resource.list_system)
        self.create_system = raw_response(resource.create_system)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
        self.accept = raw_response(resource.accept)
        self.promote = raw_response(resource.promote)
        self.list_company = raw_response(resource.list_company)
        self.create_company = raw_response(resource.create_company)
        self.sample = raw_response(resource.sample)
        self.test = raw_response(resource.test)


class AsyncMappingsResourceWithRawResponse:
    """The mappings operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncMappingsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create_global = async_raw_response(resource.create_global)
        self.list_system = async_raw_response(resource.list_system)
        self.create_system = async_raw_response(resource.create_system)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
        self.accept = async_raw_response(resource.accept)
        self.promote = async_raw_response(resource.promote)
        self.list_company = async_raw_response(resource.list_company)
        self.create_company = async_raw_response(resource.create_company)
        self.sample = async_raw_response(resource.sample)
        self.test = async_raw_response(resource.test)


__all__ = (
    "MappingsResource",
    "AsyncMappingsResource",
    "MappingsResourceWithRawResponse",
    "AsyncMappingsResourceWithRawResponse",
)
