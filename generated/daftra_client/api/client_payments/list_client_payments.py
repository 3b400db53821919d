from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_payment_list_response import ClientPaymentListResponse
from ...models.error_response import ErrorResponse
from ...models.payment_record_status import PaymentRecordStatus
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client_payments.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientPaymentListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientPaymentListResponse.from_dict(response.json())

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
) -> Response[ClientPaymentListResponse | ErrorResponse]:
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
) -> Response[ClientPaymentListResponse | ErrorResponse]:
    """List client payments, one page at a time

     Returns one page of payments made to clients' accounts (as opposed to payments of a
    given invoice), with paging information. Each element carries the payment under
    `ClientPayment`. Client payments and invoice payments are separate resources with
    separate ids: the same number names different payments in each. Unlike the invoice
    payment list, this one was not seen hiding any payment method.

    Daftra's documentation gives only `page` and `limit`; `status` was observed in live
    use and is not documented.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientPaymentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
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
) -> ClientPaymentListResponse | ErrorResponse | None:
    """List client payments, one page at a time

     Returns one page of payments made to clients' accounts (as opposed to payments of a
    given invoice), with paging information. Each element carries the payment under
    `ClientPayment`. Client payments and invoice payments are separate resources with
    separate ids: the same number names different payments in each. Unlike the invoice
    payment list, this one was not seen hiding any payment method.

    Daftra's documentation gives only `page` and `limit`; `status` was observed in live
    use and is not documented.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientPaymentListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
) -> Response[ClientPaymentListResponse | ErrorResponse]:
    """List client payments, one page at a time

     Returns one page of payments made to clients' accounts (as opposed to payments of a
    given invoice), with paging information. Each element carries the payment under
    `ClientPayment`. Client payments and invoice payments are separate resources with
    separate ids: the same number names different payments in each. Unlike the invoice
    payment list, this one was not seen hiding any payment method.

    Daftra's documentation gives only `page` and `limit`; `status` was observed in live
    use and is not documented.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientPaymentListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: PaymentRecordStatus | Unset = UNSET,
) -> ClientPaymentListResponse | ErrorResponse | None:
    """List client payments, one page at a time

     Returns one page of payments made to clients' accounts (as opposed to payments of a
    given invoice), with paging information. Each element carries the payment under
    `ClientPayment`. Client payments and invoice payments are separate resources with
    separate ids: the same number names different payments in each. Unlike the invoice
    payment list, this one was not seen hiding any payment method.

    Daftra's documentation gives only `page` and `limit`; `status` was observed in live
    use and is not documented.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (PaymentRecordStatus | Unset): State of a payment: 0 failed, 1 completed, 2
            pending, 3 not completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientPaymentListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
        )
    ).parsed
