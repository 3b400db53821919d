from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_list_response import ClientListResponse
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    created_from: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["sort"] = sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["created_from"] = created_from

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientListResponse | ErrorResponse]:
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
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    created_from: str | Unset = UNSET,
) -> Response[ClientListResponse | ErrorResponse]:
    """List clients, one page at a time

     Returns one page of the account's clients, each wrapped as `{"Client": {...}}`, with
    paging information.

    Daftra documents only `page` and `limit` for this list. `sort`, `direction` and
    `created_from` below are not documented; they come from one team's live use of the
    service. Without `sort` the order is stable but arbitrary, so a full sweep should
    sort. Remember that the service ignores parameters it does not know (for example
    `keywords`, `email` or `order=desc`) and then answers with the unfiltered list, so
    there is no reliable way to look a client up by email through this list: scan the
    pages or keep your own id map.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.
        created_from (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        direction=direction,
        created_from=created_from,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    created_from: str | Unset = UNSET,
) -> ClientListResponse | ErrorResponse | None:
    """List clients, one page at a time

     Returns one page of the account's clients, each wrapped as `{"Client": {...}}`, with
    paging information.

    Daftra documents only `page` and `limit` for this list. `sort`, `direction` and
    `created_from` below are not documented; they come from one team's live use of the
    service. Without `sort` the order is stable but arbitrary, so a full sweep should
    sort. Remember that the service ignores parameters it does not know (for example
    `keywords`, `email` or `order=desc`) and then answers with the unfiltered list, so
    there is no reliable way to look a client up by email through this list: scan the
    pages or keep your own id map.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.
        created_from (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort=sort,
        direction=direction,
        created_from=created_from,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    created_from: str | Unset = UNSET,
) -> Response[ClientListResponse | ErrorResponse]:
    """List clients, one page at a time

     Returns one page of the account's clients, each wrapped as `{"Client": {...}}`, with
    paging information.

    Daftra documents only `page` and `limit` for this list. `sort`, `direction` and
    `created_from` below are not documented; they come from one team's live use of the
    service. Without `sort` the order is stable but arbitrary, so a full sweep should
    sort. Remember that the service ignores parameters it does not know (for example
    `keywords`, `email` or `order=desc`) and then answers with the unfiltered list, so
    there is no reliable way to look a client up by email through this list: scan the
    pages or keep your own id map.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.
        created_from (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        direction=direction,
        created_from=created_from,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    created_from: str | Unset = UNSET,
) -> ClientListResponse | ErrorResponse | None:
    """List clients, one page at a time

     Returns one page of the account's clients, each wrapped as `{"Client": {...}}`, with
    paging information.

    Daftra documents only `page` and `limit` for this list. `sort`, `direction` and
    `created_from` below are not documented; they come from one team's live use of the
    service. Without `sort` the order is stable but arbitrary, so a full sweep should
    sort. Remember that the service ignores parameters it does not know (for example
    `keywords`, `email` or `order=desc`) and then answers with the unfiltered list, so
    there is no reliable way to look a client up by email through this list: scan the
    pages or keep your own id map.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        direction (SortDirection | Unset): Sort order.
        created_from (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort=sort,
            direction=direction,
            created_from=created_from,
        )
    ).parsed
