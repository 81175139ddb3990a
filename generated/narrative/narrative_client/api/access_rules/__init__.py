"""The access_rules operations: one module per operation, and the resource classes of the client object."""

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
from ...models.access_rule import AccessRule
from ...models.access_rule_create import AccessRuleCreate
from ...models.access_rule_page import AccessRulePage
from ...models.access_rule_update import AccessRuleUpdate
from ...models.error import Error
from ...types import UNSET, Unset
from . import create_access_rule as _create_access_rule
from . import get_access_rule as _get_access_rule
from . import get_access_rule_by_name as _get_access_rule_by_name
from . import list_access_rules as _list_access_rules
from . import update_access_rule as _update_access_rule

if TYPE_CHECKING:
    from ...client import AuthenticatedClient


class AccessRulesResource:
    """The access_rules operations: `client.access_rules.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AccessRulesResource()"

    def get(
        self,
        access_rule_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Get an access rule

        Returns one access rule by its identifier.

        Args:
            access_rule_id (int): The access rule's identifier.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_access_rule.sync_detailed(access_rule_id, client=self._client)
        return cast("AccessRule", success(response, "get_access_rule", (200,)))

    def update(
        self,
        access_rule_id: int,
        *,
        body: AccessRuleUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Update an access rule

        Changes the fields sent of an access rule and returns the rule as stored.

        Args:
            access_rule_id (int): The access rule's identifier.
            body (AccessRuleUpdate): The fields of an access rule to change; those left out stay as
                they are.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _update_access_rule.sync_detailed(access_rule_id, client=self._client, body=body)
        return cast("AccessRule", success(response, "update_access_rule", (200,)))

    def get_by_name(
        self,
        company_slug: str,
        access_rule_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Get an access rule by company slug and name

        Returns one access rule, named by its owning company's slug and the rule's own name.

        Args:
            company_slug (str): The owning company's slug.
            access_rule_name (str): The access rule's name.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = _get_access_rule_by_name.sync_detailed(company_slug, access_rule_name, client=self._client)
        return cast("AccessRule", success(response, "get_access_rule_by_name", (200,)))

    def list(
        self,
        *,
        owned_only: bool | Unset = UNSET,
        shared_only: bool | Unset = UNSET,
        tag: builtins.list[str] | Unset = UNSET,
        company_id: builtins.list[int] | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        dataset_id: builtins.list[int] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Pager[AccessRule, AccessRulePage]:
        """List the access rules the caller can see

        Lists the access rules the caller owns or that are shared with it, a page at a time.

        `tag`, `company_id` and `dataset_id` may each be repeated. Values of one parameter are ORed,
        different
        parameters are ANDed: `tag=tag1&tag=tag2&company_id=1&company_id=2` means rules tagged `tag1` or
        `tag2`
        and owned by company 1 or 2.

        Args:
            owned_only (bool | Unset): Only rules the caller owns.
            shared_only (bool | Unset): Only rules shared with the caller (not owned).
            tag (list[str] | Unset): Only rules carrying any of these tags.
            company_id (list[int] | Unset): Only rules owned by any of these companies.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.
            dataset_id (list[int] | Unset): Only rules associated with any of these datasets.

        Returns:
            Pager[AccessRule, AccessRulePage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "owned_only": owned_only,
            "shared_only": shared_only,
            "tag": tag,
            "company_id": company_id,
            "page": page,
            "per_page": per_page,
            "dataset_id": dataset_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return Pager(
            _list_access_rules,
            API.operations["list_access_rules"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        body: AccessRuleCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessRulePage:
        """Create an access rule

        Creates an access rule from an NQL query, with its buyers and its price.

        Args:
            body (AccessRuleCreate): A new access rule.

        Returns:
            AccessRulePage

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = _create_access_rule.sync_detailed(client=self._client, body=body)
        return cast("AccessRulePage", success(response, "create_access_rule", (200,)))


class AsyncAccessRulesResource:
    """The access_rules operations, awaited: `client.access_rules.<method>(...)`."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncAccessRulesResource()"

    async def get(
        self,
        access_rule_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Get an access rule

        Returns one access rule by its identifier.

        Args:
            access_rule_id (int): The access rule's identifier.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_access_rule.asyncio_detailed(access_rule_id, client=self._client)
        return cast("AccessRule", success(response, "get_access_rule", (200,)))

    async def update(
        self,
        access_rule_id: int,
        *,
        body: AccessRuleUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Update an access rule

        Changes the fields sent of an access rule and returns the rule as stored.

        Args:
            access_rule_id (int): The access rule's identifier.
            body (AccessRuleUpdate): The fields of an access rule to change; those left out stay as
                they are.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _update_access_rule.asyncio_detailed(access_rule_id, client=self._client, body=body)
        return cast("AccessRule", success(response, "update_access_rule", (200,)))

    async def get_by_name(
        self,
        company_slug: str,
        access_rule_name: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccessRule:
        """Get an access rule by company slug and name

        Returns one access rule, named by its owning company's slug and the rule's own name.

        Args:
            company_slug (str): The owning company's slug.
            access_rule_name (str): The access rule's name.

        Returns:
            AccessRule

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query)):
            response = await _get_access_rule_by_name.asyncio_detailed(
                company_slug, access_rule_name, client=self._client
            )
        return cast("AccessRule", success(response, "get_access_rule_by_name", (200,)))

    def list(
        self,
        *,
        owned_only: bool | Unset = UNSET,
        shared_only: bool | Unset = UNSET,
        tag: builtins.list[str] | Unset = UNSET,
        company_id: builtins.list[int] | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        dataset_id: builtins.list[int] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[AccessRule, AccessRulePage]:
        """List the access rules the caller can see

        Lists the access rules the caller owns or that are shared with it, a page at a time.

        `tag`, `company_id` and `dataset_id` may each be repeated. Values of one parameter are ORed,
        different
        parameters are ANDed: `tag=tag1&tag=tag2&company_id=1&company_id=2` means rules tagged `tag1` or
        `tag2`
        and owned by company 1 or 2.

        Args:
            owned_only (bool | Unset): Only rules the caller owns.
            shared_only (bool | Unset): Only rules shared with the caller (not owned).
            tag (list[str] | Unset): Only rules carrying any of these tags.
            company_id (list[int] | Unset): Only rules owned by any of these companies.
            page (int | Unset): The page to return, counted from 1. Default: 1.
            per_page (int | Unset): How many records to return.
            dataset_id (list[int] | Unset): Only rules associated with any of these datasets.

        Returns:
            AsyncPager[AccessRule, AccessRulePage]

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        arguments = {
            "owned_only": owned_only,
            "shared_only": shared_only,
            "tag": tag,
            "company_id": company_id,
            "page": page,
            "per_page": per_page,
            "dataset_id": dataset_id,
        }
        given = {key: value for key, value in arguments.items() if not isinstance(value, Unset)}
        return AsyncPager(
            _list_access_rules,
            API.operations["list_access_rules"],
            self._client,
            given,
            RequestOptions(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        body: AccessRuleCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccessRulePage:
        """Create an access rule

        Creates an access rule from an NQL query, with its buyers and its price.

        Args:
            body (AccessRuleCreate): A new access rule.

        Returns:
            AccessRulePage

        Raises:
            APIError: the server answered an error or an undocumented status, or no answer came.
        """
        with request_options(RequestOptions(timeout, extra_headers, extra_query, extra_body)):
            response = await _create_access_rule.asyncio_detailed(client=self._client, body=body)
        return cast("AccessRulePage", success(response, "create_access_rule", (200,)))


class AccessRulesResourceWithRawResponse:
    """The access_rules operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AccessRulesResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.get_by_name = raw_response(resource.get_by_name)
        self.create = raw_response(resource.create)


class AsyncAccessRulesResourceWithRawResponse:
    """The access_rules operations answering `RawResponse`s (status, headers, request id, parsed model); paginated and streamed operations are left out."""

    def __init__(self, resource: AsyncAccessRulesResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.get_by_name = async_raw_response(resource.get_by_name)
        self.create = async_raw_response(resource.create)


__all__ = (
    "AccessRulesResource",
    "AsyncAccessRulesResource",
    "AccessRulesResourceWithRawResponse",
    "AsyncAccessRulesResourceWithRawResponse",
)
