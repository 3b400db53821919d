from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_add_request import BookingAddRequest
from ...models.booking_result import BookingResult
from ...models.error_response import ErrorResponse
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: BookingAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bookings/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: BookingAddRequest,
) -> Response[BookingResult | ErrorResponse]:
    """Create a booking

     Books a client for a time slot. The address has no `.json` suffix, as documented.
    Daftra keeps bookings as sales documents, so the body is shaped like an invoice: the
    booking under `Invoice` and the booked services under `InvoiceItem` (only
    `product_id` is documented for them).

    The documentation marks every header field as required: `staff_id`, `client_id`,
    `branch_id`, `date`, `start_time`, `end_time`, `description` (may be empty) and
    `converted`. Its example writes the date as `DD/MM/YYYY` and the times as `HH:MM`,
    and sends the ids as strings; the account's date format may decide which date form
    is read.

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        body (BookingAddRequest): The body that creates a booking, shaped like an invoice body:
            the booking under `Invoice` and the booked services under `InvoiceItem`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BookingAddRequest,
) -> BookingResult | ErrorResponse | None:
    """Create a booking

     Books a client for a time slot. The address has no `.json` suffix, as documented.
    Daftra keeps bookings as sales documents, so the body is shaped like an invoice: the
    booking under `Invoice` and the booked services under `InvoiceItem` (only
    `product_id` is documented for them).

    The documentation marks every header field as required: `staff_id`, `client_id`,
    `branch_id`, `date`, `start_time`, `end_time`, `description` (may be empty) and
    `converted`. Its example writes the date as `DD/MM/YYYY` and the times as `HH:MM`,
    and sends the ids as strings; the account's date format may decide which date form
    is read.

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        body (BookingAddRequest): The body that creates a booking, shaped like an invoice body:
            the booking under `Invoice` and the booked services under `InvoiceItem`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookingAddRequest,
) -> Response[BookingResult | ErrorResponse]:
    """Create a booking

     Books a client for a time slot. The address has no `.json` suffix, as documented.
    Daftra keeps bookings as sales documents, so the body is shaped like an invoice: the
    booking under `Invoice` and the booked services under `InvoiceItem` (only
    `product_id` is documented for them).

    The documentation marks every header field as required: `staff_id`, `client_id`,
    `branch_id`, `date`, `start_time`, `end_time`, `description` (may be empty) and
    `converted`. Its example writes the date as `DD/MM/YYYY` and the times as `HH:MM`,
    and sends the ids as strings; the account's date format may decide which date form
    is read.

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        body (BookingAddRequest): The body that creates a booking, shaped like an invoice body:
            the booking under `Invoice` and the booked services under `InvoiceItem`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BookingAddRequest,
) -> BookingResult | ErrorResponse | None:
    """Create a booking

     Books a client for a time slot. The address has no `.json` suffix, as documented.
    Daftra keeps bookings as sales documents, so the body is shaped like an invoice: the
    booking under `Invoice` and the booked services under `InvoiceItem` (only
    `product_id` is documented for them).

    The documentation marks every header field as required: `staff_id`, `client_id`,
    `branch_id`, `date`, `start_time`, `end_time`, `description` (may be empty) and
    `converted`. Its example writes the date as `DD/MM/YYYY` and the times as `HH:MM`,
    and sends the ids as strings; the account's date format may decide which date form
    is read.

    Daftra documents the answer only as HTTP 200 with a JSON object, without members.

    Args:
        body (BookingAddRequest): The body that creates a booking, shaped like an invoice body:
            the booking under `Invoice` and the booked services under `InvoiceItem`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
