from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.access_rule_page import AccessRulePage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    owned_only: bool | Unset = UNSET,
    shared_only: bool | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    company_id: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owned_only"] = owned_only

    params["shared_only"] = shared_only

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    json_company_id: list[int] | Unset = UNSET
    if not isinstance(company_id, Unset):
        json_company_id = company_id

    params["company_id"] = json_company_id

    params["page"] = page

    params["per_page"] = per_page

    json_dataset_id: list[int] | Unset = UNSET
    if not isinstance(dataset_id, Unset):
        json_dataset_id = dataset_id

    params["dataset_id"] = json_dataset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/access-rules",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessRulePage | Error | None:
    if response.status_code == 200:
        response_200 = AccessRulePage.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessRulePage | Error]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("list_access_rules", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    owned_only: bool | Unset = UNSET,
    shared_only: bool | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    company_id: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Response[AccessRulePage | Error]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRulePage | Error]
    """

    kwargs = _get_kwargs(
        owned_only=owned_only,
        shared_only=shared_only,
        tag=tag,
        company_id=company_id,
        page=page,
        per_page=per_page,
        dataset_id=dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    owned_only: bool | Unset = UNSET,
    shared_only: bool | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    company_id: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> AccessRulePage | Error | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRulePage | Error
    """

    return sync_detailed(
        client=client,
        owned_only=owned_only,
        shared_only=shared_only,
        tag=tag,
        company_id=company_id,
        page=page,
        per_page=per_page,
        dataset_id=dataset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    owned_only: bool | Unset = UNSET,
    shared_only: bool | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    company_id: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> Response[AccessRulePage | Error]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRulePage | Error]
    """

    kwargs = _get_kwargs(
        owned_only=owned_only,
        shared_only=shared_only,
        tag=tag,
        company_id=company_id,
        page=page,
        per_page=per_page,
        dataset_id=dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    owned_only: bool | Unset = UNSET,
    shared_only: bool | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    company_id: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    dataset_id: list[int] | Unset = UNSET,
) -> AccessRulePage | Error | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRulePage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            owned_only=owned_only,
            shared_only=shared_only,
            tag=tag,
            company_id=company_id,
            page=page,
            per_page=per_page,
            dataset_id=dataset_id,
        )
    ).parsed
