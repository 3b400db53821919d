from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_result import AddResult
from ...models.advance_payment_add_request import AdvancePaymentAddRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: AdvancePaymentAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddResult | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AddResult.from_dict(response.json())

        return response_202

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
) -> Response[AddResult | ErrorResponse]:
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
    body: AdvancePaymentAddRequest,
) -> Response[AddResult | ErrorResponse]:
    """Create an advance payment

     Creates an advance payment: an invoice whose `Invoice.type` is 19, usually with one line
    naming what the money is for and the payment received. The body is the one of Add New
    Invoice, with `type` fixed to 19.

    Daftra documents this operation as `POST /invoices`, without the `.json` suffix the
    other v1 operations carry; it reaches the same service as Add New Invoice (`POST
    /invoices.json`), which is why the path is written here without the suffix. Its example
    sends `Payment` as a single object rather than a list and `InvoiceCustomField` as an
    empty list; both spellings are accepted here. It also sends values the invoice header
    schema does not accept (`draft` as `"0"`, `subscription_id` and `shipping_options` as
    empty strings, `po_number` as a number); send numbers, null and text as the header
    describes instead.

    The documentation shows only an HTTP 200 with an unspecified body; the answer is
    modelled like the invoice add (HTTP 202 with the new id). Nothing prevents duplicates:
    sending the same body twice records two advance payments.

    Args:
        body (AdvancePaymentAddRequest): The body that creates an advance payment: the Add New
            Invoice body with `Invoice.type`
            set to 19.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResult | ErrorResponse]
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
    body: AdvancePaymentAddRequest,
) -> AddResult | ErrorResponse | None:
    """Create an advance payment

     Creates an advance payment: an invoice whose `Invoice.type` is 19, usually with one line
    naming what the money is for and the payment received. The body is the one of Add New
    Invoice, with `type` fixed to 19.

    Daftra documents this operation as `POST /invoices`, without the `.json` suffix the
    other v1 operations carry; it reaches the same service as Add New Invoice (`POST
    /invoices.json`), which is why the path is written here without the suffix. Its example
    sends `Payment` as a single object rather than a list and `InvoiceCustomField` as an
    empty list; both spellings are accepted here. It also sends values the invoice header
    schema does not accept (`draft` as `"0"`, `subscription_id` and `shipping_options` as
    empty strings, `po_number` as a number); send numbers, null and text as the header
    describes instead.

    The documentation shows only an HTTP 200 with an unspecified body; the answer is
    modelled like the invoice add (HTTP 202 with the new id). Nothing prevents duplicates:
    sending the same body twice records two advance payments.

    Args:
        body (AdvancePaymentAddRequest): The body that creates an advance payment: the Add New
            Invoice body with `Invoice.type`
            set to 19.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AdvancePaymentAddRequest,
) -> Response[AddResult | ErrorResponse]:
    """Create an advance payment

     Creates an advance payment: an invoice whose `Invoice.type` is 19, usually with one line
    naming what the money is for and the payment received. The body is the one of Add New
    Invoice, with `type` fixed to 19.

    Daftra documents this operation as `POST /invoices`, without the `.json` suffix the
    other v1 operations carry; it reaches the same service as Add New Invoice (`POST
    /invoices.json`), which is why the path is written here without the suffix. Its example
    sends `Payment` as a single object rather than a list and `InvoiceCustomField` as an
    empty list; both spellings are accepted here. It also sends values the invoice header
    schema does not accept (`draft` as `"0"`, `subscription_id` and `shipping_options` as
    empty strings, `po_number` as a number); send numbers, null and text as the header
    describes instead.

    The documentation shows only an HTTP 200 with an unspecified body; the answer is
    modelled like the invoice add (HTTP 202 with the new id). Nothing prevents duplicates:
    sending the same body twice records two advance payments.

    Args:
        body (AdvancePaymentAddRequest): The body that creates an advance payment: the Add New
            Invoice body with `Invoice.type`
            set to 19.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AdvancePaymentAddRequest,
) -> AddResult | ErrorResponse | None:
    """Create an advance payment

     Creates an advance payment: an invoice whose `Invoice.type` is 19, usually with one line
    naming what the money is for and the payment received. The body is the one of Add New
    Invoice, with `type` fixed to 19.

    Daftra documents this operation as `POST /invoices`, without the `.json` suffix the
    other v1 operations carry; it reaches the same service as Add New Invoice (`POST
    /invoices.json`), which is why the path is written here without the suffix. Its example
    sends `Payment` as a single object rather than a list and `InvoiceCustomField` as an
    empty list; both spellings are accepted here. It also sends values the invoice header
    schema does not accept (`draft` as `"0"`, `subscription_id` and `shipping_options` as
    empty strings, `po_number` as a number); send numbers, null and text as the header
    describes instead.

    The documentation shows only an HTTP 200 with an unspecified body; the answer is
    modelled like the invoice add (HTTP 202 with the new id). Nothing prevents duplicates:
    sending the same body twice records two advance payments.

    Args:
        body (AdvancePaymentAddRequest): The body that creates an advance payment: the Add New
            Invoice body with `Invoice.type`
            set to 19.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
