from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.designation import Designation
from ...models.v2_message import V2Message
from ...types import Response, status_of


def _get_kwargs(
    id: int,
    level: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/entity/designation/{id}/{level}".format(
            id=quote(str(id), safe=""),
            level=quote(str(level), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Designation | V2Message | None:
    if response.status_code == 200:
        response_200 = Designation.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Message.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Designation | V2Message]:
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
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Designation | V2Message]:
    """Read one designation

     Returns one designation by id from the v2 entity API, as the bare record (not wrapped in a
    model name or in `data`). `level` sets how many related records come embedded. An unknown id
    answers 404.

    Daftra's documentation writes this address as `GET /designation/{{id}}/1`; the client uses
    the full path from the site root, `/v2/api/entity/designation/{id}/{level}`.

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Designation | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Designation | V2Message | None:
    """Read one designation

     Returns one designation by id from the v2 entity API, as the bare record (not wrapped in a
    model name or in `data`). `level` sets how many related records come embedded. An unknown id
    answers 404.

    Daftra's documentation writes this address as `GET /designation/{{id}}/1`; the client uses
    the full path from the site root, `/v2/api/entity/designation/{id}/{level}`.

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Designation | V2Message
    """

    return sync_detailed(
        id=id,
        level=level,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Designation | V2Message]:
    """Read one designation

     Returns one designation by id from the v2 entity API, as the bare record (not wrapped in a
    model name or in `data`). `level` sets how many related records come embedded. An unknown id
    answers 404.

    Daftra's documentation writes this address as `GET /designation/{{id}}/1`; the client uses
    the full path from the site root, `/v2/api/entity/designation/{id}/{level}`.

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Designation | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Designation | V2Message | None:
    """Read one designation

     Returns one designation by id from the v2 entity API, as the bare record (not wrapped in a
    model name or in `data`). `level` sets how many related records come embedded. An unknown id
    answers 404.

    Daftra's documentation writes this address as `GET /designation/{{id}}/1`; the client uses
    the full path from the site root, `/v2/api/entity/designation/{id}/{level}`.

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Designation | V2Message
    """

    return (
        await asyncio_detailed(
            id=id,
            level=level,
            client=client,
        )
    ).parsed
