from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_storage_input import AssetStorageInput
from ...models.v2_message import V2Message
from ...models.v2_save_result import V2SaveResult
from ...models.v2_validation_error import V2ValidationError
from ...types import Response, json_ready, status_of


def _get_kwargs(
    id: int,
    *,
    body: AssetStorageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/api/entity/storage/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2Message | V2SaveResult | V2ValidationError | None:
    if response.status_code == 200:
        response_200 = V2SaveResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Message.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Message.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = V2ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """The answer with its status, headers and body; ``parsed`` is None where the body does
    not read as documented (an HTML page, a refusal where a record was documented, a value
    the model cannot read), so that the answer itself stays readable. Only
    ``UnexpectedStatus`` (``raise_on_unexpected_status``) is raised."""
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:  # noqa: BLE001 - JSONDecodeError, KeyError, ValueError, TypeError...
        parsed = None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssetStorageInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Change an asset storage

     Changes a asset storage. The body has the fields of the create call, and Daftra's
    documentation repeats the record's `id` in it as well as in the path. An id that does not
    exist answers 400 `Record not found`; field errors answer 422. Whether fields left out keep
    their stored values is not documented, so send the complete record.

    Daftra's documentation writes this address as `PUT /storage/{{id}}`; the client uses the
    full path from the site root, `/v2/api/entity/storage/{id}`.

    Args:
        id (int):
        body (AssetStorageInput): The body that creates or changes an asset storage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | V2SaveResult | V2ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssetStorageInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Change an asset storage

     Changes a asset storage. The body has the fields of the create call, and Daftra's
    documentation repeats the record's `id` in it as well as in the path. An id that does not
    exist answers 400 `Record not found`; field errors answer 422. Whether fields left out keep
    their stored values is not documented, so send the complete record.

    Daftra's documentation writes this address as `PUT /storage/{{id}}`; the client uses the
    full path from the site root, `/v2/api/entity/storage/{id}`.

    Args:
        id (int):
        body (AssetStorageInput): The body that creates or changes an asset storage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | V2SaveResult | V2ValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssetStorageInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Change an asset storage

     Changes a asset storage. The body has the fields of the create call, and Daftra's
    documentation repeats the record's `id` in it as well as in the path. An id that does not
    exist answers 400 `Record not found`; field errors answer 422. Whether fields left out keep
    their stored values is not documented, so send the complete record.

    Daftra's documentation writes this address as `PUT /storage/{{id}}`; the client uses the
    full path from the site root, `/v2/api/entity/storage/{id}`.

    Args:
        id (int):
        body (AssetStorageInput): The body that creates or changes an asset storage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | V2SaveResult | V2ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssetStorageInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Change an asset storage

     Changes a asset storage. The body has the fields of the create call, and Daftra's
    documentation repeats the record's `id` in it as well as in the path. An id that does not
    exist answers 400 `Record not found`; field errors answer 422. Whether fields left out keep
    their stored values is not documented, so send the complete record.

    Daftra's documentation writes this address as `PUT /storage/{{id}}`; the client uses the
    full path from the site root, `/v2/api/entity/storage/{id}`.

    Args:
        id (int):
        body (AssetStorageInput): The body that creates or changes an asset storage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | V2SaveResult | V2ValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
