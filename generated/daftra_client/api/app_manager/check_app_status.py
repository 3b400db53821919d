from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_status import AppStatus
from ...models.v2_message import V2Message
from ...types import Response, status_of


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/app-manager/is_active/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStatus | V2Message | None:
    if response.status_code == 200:
        response_200 = AppStatus.from_dict(response.json())

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
) -> Response[AppStatus | V2Message]:
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
) -> Response[AppStatus | V2Message]:
    """Check whether an app is active in the account

     For apps built in Daftra's Developers Portal: tells whether the app with this id is active
    (installed and switched on) in the account whose credentials are used. The documentation
    gives neither the answer's fields nor its errors, so the answer is modelled as an open
    object; the 404 is the v2 form for an unknown id.

    The documentation shows this call on the site root (`/v2/api/app-manager/is_active/{id}`),
    which is where the client sends it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStatus | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AppStatus | V2Message | None:
    """Check whether an app is active in the account

     For apps built in Daftra's Developers Portal: tells whether the app with this id is active
    (installed and switched on) in the account whose credentials are used. The documentation
    gives neither the answer's fields nor its errors, so the answer is modelled as an open
    object; the 404 is the v2 form for an unknown id.

    The documentation shows this call on the site root (`/v2/api/app-manager/is_active/{id}`),
    which is where the client sends it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStatus | V2Message
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AppStatus | V2Message]:
    """Check whether an app is active in the account

     For apps built in Daftra's Developers Portal: tells whether the app with this id is active
    (installed and switched on) in the account whose credentials are used. The documentation
    gives neither the answer's fields nor its errors, so the answer is modelled as an open
    object; the 404 is the v2 form for an unknown id.

    The documentation shows this call on the site root (`/v2/api/app-manager/is_active/{id}`),
    which is where the client sends it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStatus | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AppStatus | V2Message | None:
    """Check whether an app is active in the account

     For apps built in Daftra's Developers Portal: tells whether the app with this id is active
    (installed and switched on) in the account whose credentials are used. The documentation
    gives neither the answer's fields nor its errors, so the answer is modelled as an open
    object; the 404 is the v2 form for an unknown id.

    The documentation shows this call on the site root (`/v2/api/app-manager/is_active/{id}`),
    which is where the client sends it.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStatus | V2Message
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
