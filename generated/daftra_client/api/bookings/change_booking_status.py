from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_result import BookingResult
from ...models.booking_status import BookingStatus
from ...models.error_response import ErrorResponse
from ...types import Response, status_of


def _get_kwargs(
    id: int,
    status: BookingStatus,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bookings/change_status/{id}/{status}".format(
            id=quote(str(id), safe=""),
            status=quote(str(status), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BookingResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[BookingResult | ErrorResponse]:
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
    status: BookingStatus,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BookingResult | ErrorResponse]:
    """Confirm, cancel or complete a booking

     Sets a booking's status. Although it changes the booking, the operation is a `GET`,
    as documented, and the new status travels in the path: `1` confirmed, `3` cancelled,
    `4` done (Daftra documents no `2`).

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        id (int):
        status (BookingStatus): Status a booking can be set to: 1 confirmed, 3 cancelled, 4 done
            (no 2 is documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    status: BookingStatus,
    *,
    client: AuthenticatedClient | Client,
) -> BookingResult | ErrorResponse | None:
    """Confirm, cancel or complete a booking

     Sets a booking's status. Although it changes the booking, the operation is a `GET`,
    as documented, and the new status travels in the path: `1` confirmed, `3` cancelled,
    `4` done (Daftra documents no `2`).

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        id (int):
        status (BookingStatus): Status a booking can be set to: 1 confirmed, 3 cancelled, 4 done
            (no 2 is documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingResult | ErrorResponse
    """

    return sync_detailed(
        id=id,
        status=status,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    status: BookingStatus,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BookingResult | ErrorResponse]:
    """Confirm, cancel or complete a booking

     Sets a booking's status. Although it changes the booking, the operation is a `GET`,
    as documented, and the new status travels in the path: `1` confirmed, `3` cancelled,
    `4` done (Daftra documents no `2`).

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        id (int):
        status (BookingStatus): Status a booking can be set to: 1 confirmed, 3 cancelled, 4 done
            (no 2 is documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    status: BookingStatus,
    *,
    client: AuthenticatedClient | Client,
) -> BookingResult | ErrorResponse | None:
    """Confirm, cancel or complete a booking

     Sets a booking's status. Although it changes the booking, the operation is a `GET`,
    as documented, and the new status travels in the path: `1` confirmed, `3` cancelled,
    `4` done (Daftra documents no `2`).

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        id (int):
        status (BookingStatus): Status a booking can be set to: 1 confirmed, 3 cancelled, 4 done
            (no 2 is documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            status=status,
            client=client,
        )
    ).parsed
