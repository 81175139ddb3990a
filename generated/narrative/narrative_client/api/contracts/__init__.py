"""The contracts operations: one module per operation, and the resource classes of the client object."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ..._client_object import success
from ..._pagination import AsyncPager, Pager
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
    ) -> Pager[ContractWithDetails]:
        """List contracts (admin)

        Lists contracts with their rates, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            Pager[ContractWithDetails]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return Pager(
            _admin_list_contracts,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    def admin_create(
        self,
        *,
        body: ContractCreate,
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
        response = _admin_create_contract.sync_detailed(client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_create_contract", (200,)))

    def admin_update_active(
        self,
        company_id: int,
        *,
        body: ContractUpdate,
    ) -> ContractCreated:
        """Revise a company's active contract (admin)

        Changes the active contract of a company, which makes a new revision.

        Args:
            company_id (int):
            body (ContractUpdate): A new revision of a company's active contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_update_active_contract.sync_detailed(company_id, client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_update_active_contract", (200,)))

    def admin_get_revision(
        self,
        contract_id: UUID,
        revision: int,
    ) -> ContractWithDetails:
        """Get a contract revision (admin)

        Returns one revision of a contract, with its rates.

        Args:
            contract_id (UUID):
            revision (int):

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_get_contract_revision.sync_detailed(contract_id, revision, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_contract_revision", (200,)))

    def admin_get_active(
        self,
        company_id: int,
    ) -> ContractWithDetails:
        """Get a company's active contract (admin)

        Returns the active contract of a company, with its rates.

        Args:
            company_id (int):

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_get_active_contract.sync_detailed(company_id, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_active_contract", (200,)))

    def admin_list_active_rates(
        self,
        company_id: int,
    ) -> ContractRates:
        """List the rates of a company's active contract (admin)

        Returns the rates of a company's active contract.

        Args:
            company_id (int):

        Returns:
            ContractRates

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _admin_list_active_contract_rates.sync_detailed(company_id, client=self._client)
        return cast("ContractRates", success(response, "admin_list_active_contract_rates", (200,)))

    def list(
        self,
    ) -> ContractList:
        """List the company's contracts

        Returns every contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = _list_contracts.sync_detailed(client=self._client)
        return cast("ContractList", success(response, "list_contracts", (200,)))

    def get_active(
        self,
    ) -> ContractWithDetails:
        """Get the company's active contract

        Returns the active contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
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
    ) -> AsyncPager[ContractWithDetails]:
        """List contracts (admin)

        Lists contracts with their rates, a page at a time.

        Args:
            per_page (int | Unset):
            offset (int | Unset):  Default: 0.

        Returns:
            AsyncPager[ContractWithDetails]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "per_page": per_page,
            "offset": offset,
        }
        return AsyncPager(
            _admin_list_contracts,
            self._client,
            {key: value for key, value in arguments.items() if not isinstance(value, Unset)},
        )

    async def admin_create(
        self,
        *,
        body: ContractCreate,
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
        response = await _admin_create_contract.asyncio_detailed(client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_create_contract", (200,)))

    async def admin_update_active(
        self,
        company_id: int,
        *,
        body: ContractUpdate,
    ) -> ContractCreated:
        """Revise a company's active contract (admin)

        Changes the active contract of a company, which makes a new revision.

        Args:
            company_id (int):
            body (ContractUpdate): A new revision of a company's active contract.

        Returns:
            ContractCreated

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_update_active_contract.asyncio_detailed(company_id, client=self._client, body=body)
        return cast("ContractCreated", success(response, "admin_update_active_contract", (200,)))

    async def admin_get_revision(
        self,
        contract_id: UUID,
        revision: int,
    ) -> ContractWithDetails:
        """Get a contract revision (admin)

        Returns one revision of a contract, with its rates.

        Args:
            contract_id (UUID):
            revision (int):

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_get_contract_revision.asyncio_detailed(contract_id, revision, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_contract_revision", (200,)))

    async def admin_get_active(
        self,
        company_id: int,
    ) -> ContractWithDetails:
        """Get a company's active contract (admin)

        Returns the active contract of a company, with its rates.

        Args:
            company_id (int):

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_get_active_contract.asyncio_detailed(company_id, client=self._client)
        return cast("ContractWithDetails", success(response, "admin_get_active_contract", (200,)))

    async def admin_list_active_rates(
        self,
        company_id: int,
    ) -> ContractRates:
        """List the rates of a company's active contract (admin)

        Returns the rates of a company's active contract.

        Args:
            company_id (int):

        Returns:
            ContractRates

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _admin_list_active_contract_rates.asyncio_detailed(company_id, client=self._client)
        return cast("ContractRates", success(response, "admin_list_active_contract_rates", (200,)))

    async def list(
        self,
    ) -> ContractList:
        """List the company's contracts

        Returns every contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractList

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _list_contracts.asyncio_detailed(client=self._client)
        return cast("ContractList", success(response, "list_contracts", (200,)))

    async def get_active(
        self,
    ) -> ContractWithDetails:
        """Get the company's active contract

        Returns the active contract of the caller's company (the company comes from the token), with rates.

        Returns:
            ContractWithDetails

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        response = await _get_active_contract.asyncio_detailed(client=self._client)
        return cast("ContractWithDetails", success(response, "get_active_contract", (200,)))


__all__ = ("ContractsResource", "AsyncContractsResource")
