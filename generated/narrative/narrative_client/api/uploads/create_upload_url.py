from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import response_validation_error
from ..._runtime import whole_answer as object_member  # the answer's model names a body of the wrong kind
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_url import UploadUrl
from ...types import Response


def _get_kwargs(
    upload_path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/uploads/{upload_path}".format(
            upload_path=quote(str(upload_path), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UploadUrl | None:
    if response.status_code == 200:
        response_200 = UploadUrl.from_dict(object_member(response.json(), "response_200"))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(object_member(response.json(), "response_400"))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(object_member(response.json(), "response_401"))

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(object_member(response.json(), "response_404"))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UploadUrl]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error("create_upload_url", response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    upload_path: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | UploadUrl]:
    """Get an upload URL for a file

     First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
    an
    `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
    {upload_url}`.

    Args:
        upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
            are sent unencoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadUrl]
    """

    kwargs = _get_kwargs(
        upload_path=upload_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_path: str,
    *,
    client: AuthenticatedClient,
) -> Error | UploadUrl | None:
    """Get an upload URL for a file

     First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
    an
    `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
    {upload_url}`.

    Args:
        upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
            are sent unencoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadUrl
    """

    return sync_detailed(
        upload_path=upload_path,
        client=client,
    ).parsed


async def asyncio_detailed(
    upload_path: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | UploadUrl]:
    """Get an upload URL for a file

     First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
    an
    `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
    {upload_url}`.

    Args:
        upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
            are sent unencoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadUrl]
    """

    kwargs = _get_kwargs(
        upload_path=upload_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_path: str,
    *,
    client: AuthenticatedClient,
) -> Error | UploadUrl | None:
    """Get an upload URL for a file

     First step of sending a file to Narrative (e.g. to create a list or add data to a dataset): returns
    an
    `upload_url`, valid for 30 minutes, to `PUT` the file to, e.g. `curl -v --upload-file my-file.csv
    {upload_url}`.

    Args:
        upload_path (str): A slash-separated path where the uploaded file is stored; its slashes
            are sent unencoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadUrl
    """

    return (
        await asyncio_detailed(
            upload_path=upload_path,
            client=client,
        )
    ).parsed
