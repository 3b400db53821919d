from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.flag import Flag
from ...models.invoice_payment_list_response import InvoicePaymentListResponse
from ...models.payment_record_status import PaymentRecordStatus
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
    include_client_credit: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_include_client_credit: int | Unset = UNSET
    if not isinstance(include_client_credit, Unset):
        json_include_client_credit = include_client_credit.value

    params["include_client_credit"] = json_include_client_credit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoice_payments.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoicePaymentListResponse | None:
    if response.status_code == 200:
        response_200 = InvoicePaymentListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InvoicePaymentListResponse]:
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
    status: PaymentRecordStatus | Unset = UNSET,
    include_client_credit: Flag | Unset = UNSET,
) -> Response[ErrorResponse | InvoicePaymentListResponse]:
    """List invoice payments, one page at a time

     Returns one page of invoice payments, with paging information. Each element carries
    the payment under `InvoicePayment`.

    **The list leaves out payments settled from client credit** (payment method
    `client_credit`) unless `include_client_credit=1` is sent. On accounts that apply
    client credit to invoices automatically these can be nearly all payments: one
    account was seen listing 1 of its 125 payments by default. The hidden payments stay
    readable one by one and inside each invoice's detail. Send the flag whenever the
    list has to be complete.

    Daftra's documentation gives only `page` and `limit` for this list; `status` and
    `include_client_credit` were observed in live use and are not documented. Unknown
    filters are ignored rather than refused.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.
        include_client_credit (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoicePaymentListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        include_client_credit=include_client_credit,
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
    status: PaymentRecordStatus | Unset = UNSET,
    include_client_credit: Flag | Unset = UNSET,
) -> ErrorResponse | InvoicePaymentListResponse | None:
    """List invoice payments, one page at a time

     Returns one page of invoice payments, with paging information. Each element carries
    the payment under `InvoicePayment`.

    **The list leaves out payments settled from client credit** (payment method
    `client_credit`) unless `include_client_credit=1` is sent. On accounts that apply
    client credit to invoices automatically these can be nearly all payments: one
    account was seen listing 1 of its 125 payments by default. The hidden payments stay
    readable one by one and inside each invoice's detail. Send the flag whenever the
    list has to be complete.

    Daftra's documentation gives only `page` and `limit` for this list; `status` and
    `include_client_credit` were observed in live use and are not documented. Unknown
    filters are ignored rather than refused.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.
        include_client_credit (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoicePaymentListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        include_client_credit=include_client_credit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
    include_client_credit: Flag | Unset = UNSET,
) -> Response[ErrorResponse | InvoicePaymentListResponse]:
    """List invoice payments, one page at a time

     Returns one page of invoice payments, with paging information. Each element carries
    the payment under `InvoicePayment`.

    **The list leaves out payments settled from client credit** (payment method
    `client_credit`) unless `include_client_credit=1` is sent. On accounts that apply
    client credit to invoices automatically these can be nearly all payments: one
    account was seen listing 1 of its 125 payments by default. The hidden payments stay
    readable one by one and inside each invoice's detail. Send the flag whenever the
    list has to be complete.

    Daftra's documentation gives only `page` and `limit` for this list; `status` and
    `include_client_credit` were observed in live use and are not documented. Unknown
    filters are ignored rather than refused.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.
        include_client_credit (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoicePaymentListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        include_client_credit=include_client_credit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
    include_client_credit: Flag | Unset = UNSET,
) -> ErrorResponse | InvoicePaymentListResponse | None:
    """List invoice payments, one page at a time

     Returns one page of invoice payments, with paging information. Each element carries
    the payment under `InvoicePayment`.

    **The list leaves out payments settled from client credit** (payment method
    `client_credit`) unless `include_client_credit=1` is sent. On accounts that apply
    client credit to invoices automatically these can be nearly all payments: one
    account was seen listing 1 of its 125 payments by default. The hidden payments stay
    readable one by one and inside each invoice's detail. Send the flag whenever the
    list has to be complete.

    Daftra's documentation gives only `page` and `limit` for this list; `status` and
    `include_client_credit` were observed in live use and are not documented. Unknown
    filters are ignored rather than refused.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.
        include_client_credit (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoicePaymentListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
            include_client_credit=include_client_credit,
        )
    ).parsed
