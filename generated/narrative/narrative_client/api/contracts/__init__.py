"""The contracts operations: one module per operation, and the resource classes of the client object."""

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
from ...models.contract_create import ContractCreate
from ...models.contract_created import ContractCreated
from ...models.contract_list import ContractList
from ...models.contract_rates import ContractRates
from ...models.contract_update import ContractUpdate
from ...models.contract_with_details import ContractWithDetails
from ...models.error import Error
from ...types import UNSET, Unset
from . import admin_create_contract as _admin_create_contract
from . import admin_get_active_contract as _admin_get_active_contract
from . import admin_get_contract_revision as _admin_get_contract_revision
from . import admin_list_active_contract_rates as _admin_list_active_contract_rates
from . import admin_list_contracts as _admin_list_contracts
from . import admin_update_active_contract as _admin_update_active_contract
from . import get_active_contract as _get_active_contract
from . import list_contracts as _list_contracts

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class ContractsResource:
    """The contracts operations: `client.contracts.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ContractsResource()"

    def admin_list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[ContractWithDetails, ContractList]:
        """List contracts (admin)

        Lists contracts with their rates, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            Pager[ContractWithDetails, ContractList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _admin_list_contracts,
            API.operations["admin_list_contracts"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def admin_create(
        self,
        *,
        body: ContractCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContractCreated:
        """Create a contract (admin)

        Creates a contract for a company, with optional rates.

        Args:
            body (ContractCreate): A new contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_create_contract.sync_detailed(client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_create_contract", (200,)))

    def admin_update_active(
        self,
        company_id: int,
        *,
        body: ContractUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContractCreated:
        """Revise a company's active contract (admin)

        Changes the active contract of a company, which makes a new revision.

        Args:
            company_id (int): The company's identifier.
            body (ContractUpdate): A new revision of a company's active contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _admin_update_active_contract.sync_detailed(company_id, client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_update_active_contract", (200,)))

    def admin_get_revision(
        self,
        contract_id: UUID,
        revision: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get a contract revision (admin)

        Returns one revision of a contract, with its rates.

        Args:
            contract_id (UUID): The contract's identifier.
            revision (int): The revision's number.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_get_contract_revision.sync_detailed(contract_id, revision, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_contract_revision", (200,)))

    def admin_get_active(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get a company's active contract (admin)

        Returns the active contract of a company, with its rates.

        Args:
            company_id (int): The company's identifier.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_get_active_contract.sync_detailed(company_id, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_active_contract", (200,)))

    def admin_list_active_rates(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractRates:
        """List the rates of a company's active contract (admin)

        Returns the rates of a company's active contract.

        Args:
            company_id (int): The company's identifier.

        Returns:
            ContractRates

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _admin_list_active_contract_rates.sync_detailed(company_id, client=self._client)
        return cast("ContractRates", success(response, "admin_list_active_contract_rates", (200,)))

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractList:
        """List the company's contracts

        Returns every contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _list_contracts.sync_detailed(client=self._client)
        return cast("ContractList", success(response, "list_contracts", (200,)))

    def get_active(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get the company's active contract

        Returns the active contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_active_contract.sync_detailed(client=self._client)
        return cast("ContractWithDetails", success(response, "get_active_contract", (200,)))


class AsyncContractsResource:
    """The contracts operations, awaited: `client.contracts.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncContractsResource()"

    def admin_list(
        self,
        *,
        per_page: int | Unset = UNSET,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ContractWithDetails, ContractList]:
        """List contracts (admin)

        Lists contracts with their rates, a page at a time.

        Args:
            per_page (int | Unset): How many records to return.
            offset (int | Unset): How many records to skip; usually the page number times `per_page`.
                Default: 0.

        Returns:
            AsyncPager[ContractWithDetails, ContractList]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _admin_list_contracts,
            API.operations["admin_list_contracts"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def admin_create(
        self,
        *,
        body: ContractCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContractCreated:
        """Create a contract (admin)

        Creates a contract for a company, with optional rates.

        Args:
            body (ContractCreate): A new contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_create_contract.asyncio_detailed(client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_create_contract", (200,)))

    async def admin_update_active(
        self,
        company_id: int,
        *,
        body: ContractUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContractCreated:
        """Revise a company's active contract (admin)

        Changes the active contract of a company, which makes a new revision.

        Args:
            company_id (int): The company's identifier.
            body (ContractUpdate): A new revision of a company's active contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _admin_update_active_contract.asyncio_detailed(company_id, client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_update_active_contract", (200,)))

    async def admin_get_revision(
        self,
        contract_id: UUID,
        revision: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get a contract revision (admin)

        Returns one revision of a contract, with its rates.

        Args:
            contract_id (UUID): The contract's identifier.
            revision (int): The revision's number.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_get_contract_revision.asyncio_detailed(contract_id, revision, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_contract_revision", (200,)))

    async def admin_get_active(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get a company's active contract (admin)

        Returns the active contract of a company, with its rates.

        Args:
            company_id (int): The company's identifier.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_get_active_contract.asyncio_detailed(company_id, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_active_contract", (200,)))

    async def admin_list_active_rates(
        self,
        company_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractRates:
        """List the rates of a company's active contract (admin)

        Returns the rates of a company's active contract.

        Args:
            company_id (int): The company's identifier.

        Returns:
            ContractRates

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _admin_list_active_contract_rates.asyncio_detailed(company_id, client=self._client)
        return cast("ContractRates", success(response, "admin_list_active_contract_rates", (200,)))

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractList:
        """List the company's contracts

        Returns every contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _list_contracts.asyncio_detailed(client=self._client)
        return cast("ContractList", success(response, "list_contracts", (200,)))

    async def get_active(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContractWithDetails:
        """Get the company's active contract

        Returns the active contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_active_contract.asyncio_detailed(client=self._client)
        return cast("ContractWithDetails", success(response, "get_active_contract", (200,)))


class ContractsResourceWithRawResponse:
    """The contracts operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: ContractsResource) -> None:
        self.admin_create = raw_response(resource.admin_create)
        self.admin_update_active = raw_response(resource.admin_update_active)
        self.admin_get_revision = raw_response(resource.admin_get_revision)
        self.admin_get_active = raw_response(resource.admin_get_active)
        self.admin_list_active_rates = raw_response(resource.admin_list_active_rates)
        self.list = raw_response(resource.list)
        self.get_active = raw_response(resource.get_active)


class AsyncContractsResourceWithRawResponse:
    """The contracts operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncContractsResource) -> None:
        self.admin_create = async_raw_response(resource.admin_create)
        self.admin_update_active = async_raw_response(resource.admin_update_active)
        self.admin_get_revision = async_raw_response(resource.admin_get_revision)
        self.admin_get_active = async_raw_response(resource.admin_get_active)
        self.admin_list_active_rates = async_raw_response(resource.admin_list_active_rates)
        self.list = async_raw_response(resource.list)
        self.get_active = async_raw_response(resource.get_active)


__all__ = (
    "ContractsResource",
    "AsyncContractsResource",
    "ContractsResourceWithRawResponse",
    "AsyncContractsResourceWithRawResponse",
)
