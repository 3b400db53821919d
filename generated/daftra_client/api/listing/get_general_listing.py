from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.general_listing_response import GeneralListingResponse
from ...types import Response, status_of


def _get_kwargs(
    model: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/listing/{model}.json".format(
            model=quote(str(model), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GeneralListingResponse | None:
    if response.status_code == 200:
        response_200 = GeneralListingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GeneralListingResponse]:
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
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GeneralListingResponse]:
    """Read an id-to-title lookup of one model

     Returns the records of one model as a plain lookup: each id is a key under
    `data.Listing` and its title the value. It is the way to find the ids that other
    records refer to (time zones, date formats, print layouts, price groups, branches)
    without paging through a full resource. There is no paging.

    An unknown model answers 404. Ids arrive as object keys, hence as text.

    Args:
        model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeneralListingResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GeneralListingResponse | None:
    """Read an id-to-title lookup of one model

     Returns the records of one model as a plain lookup: each id is a key under
    `data.Listing` and its title the value. It is the way to find the ids that other
    records refer to (time zones, date formats, print layouts, price groups, branches)
    without paging through a full resource. There is no paging.

    An unknown model answers 404. Ids arrive as object keys, hence as text.

    Args:
        model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeneralListingResponse
    """

    return sync_detailed(
        model=model,
        client=client,
    ).parsed


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GeneralListingResponse]:
    """Read an id-to-title lookup of one model

     Returns the records of one model as a plain lookup: each id is a key under
    `data.Listing` and its title the value. It is the way to find the ids that other
    records refer to (time zones, date formats, print layouts, price groups, branches)
    without paging through a full resource. There is no paging.

    An unknown model answers 404. Ids arrive as object keys, hence as text.

    Args:
        model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeneralListingResponse]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GeneralListingResponse | None:
    """Read an id-to-title lookup of one model

     Returns the records of one model as a plain lookup: each id is a key under
    `data.Listing` and its title the value. It is the way to find the ids that other
    records refer to (time zones, date formats, print layouts, price groups, branches)
    without paging through a full resource. There is no paging.

    An unknown model answers 404. Ids arrive as object keys, hence as text.

    Args:
        model (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeneralListingResponse
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
        )
    ).parsed
