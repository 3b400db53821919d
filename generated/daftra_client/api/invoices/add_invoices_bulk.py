from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_add_request import InvoiceAddRequest
from ...models.invoice_bulk_failure import InvoiceBulkFailure
from ...models.invoice_bulk_success import InvoiceBulkSuccess
from ...types import UNSET, Response, json_ready, status_of


def _get_kwargs(
    *,
    body: list[InvoiceAddRequest],
    send: str,
    client_id: str,
    terminal_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send"] = send

    params["client_id"] = client_id

    params["terminal_id"] = terminal_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/add_bulk.json",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> InvoiceBulkFailure | InvoiceBulkSuccess:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_invoice_bulk_result_type_0 = InvoiceBulkSuccess.from_dict(
                        data
                    )

                    return componentsschemas_invoice_bulk_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_invoice_bulk_result_type_1 = InvoiceBulkFailure.from_dict(data)

                return componentsschemas_invoice_bulk_result_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]]:
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
    body: list[InvoiceAddRequest],
    send: str,
    client_id: str,
    terminal_id: str,
) -> Response[ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]]:
    """Create many invoices in one request, each judged on its own

     Takes a JSON array whose elements have exactly the shape of an Add New Invoice body and
    creates the invoices one after the other. The request is not atomic: an element that
    fails validation is skipped while the others are still created.

    The answer is HTTP 200 with a JSON array holding one result per submitted element, in
    the order they were sent. A successful element gives the new invoice's id and number;
    a failed one gives `result: "failed"`, a message and possibly field errors. Check
    every element: an HTTP 200 does not mean that every invoice was created.

    Retrying the whole request after a partial failure creates the successful invoices a
    second time; resend only the elements that failed.

    Daftra documents only the HTTP 200 answer for this operation; the error answers below
    are the ones every v1 operation can give.

    Args:
        send (str):
        client_id (str):
        terminal_id (str):
        body (list[InvoiceAddRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]]
    """

    kwargs = _get_kwargs(
        body=body,
        send=send,
        client_id=client_id,
        terminal_id=terminal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[InvoiceAddRequest],
    send: str,
    client_id: str,
    terminal_id: str,
) -> ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess] | None:
    """Create many invoices in one request, each judged on its own

     Takes a JSON array whose elements have exactly the shape of an Add New Invoice body and
    creates the invoices one after the other. The request is not atomic: an element that
    fails validation is skipped while the others are still created.

    The answer is HTTP 200 with a JSON array holding one result per submitted element, in
    the order they were sent. A successful element gives the new invoice's id and number;
    a failed one gives `result: "failed"`, a message and possibly field errors. Check
    every element: an HTTP 200 does not mean that every invoice was created.

    Retrying the whole request after a partial failure creates the successful invoices a
    second time; resend only the elements that failed.

    Daftra documents only the HTTP 200 answer for this operation; the error answers below
    are the ones every v1 operation can give.

    Args:
        send (str):
        client_id (str):
        terminal_id (str):
        body (list[InvoiceAddRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]
    """

    return sync_detailed(
        client=client,
        body=body,
        send=send,
        client_id=client_id,
        terminal_id=terminal_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[InvoiceAddRequest],
    send: str,
    client_id: str,
    terminal_id: str,
) -> Response[ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]]:
    """Create many invoices in one request, each judged on its own

     Takes a JSON array whose elements have exactly the shape of an Add New Invoice body and
    creates the invoices one after the other. The request is not atomic: an element that
    fails validation is skipped while the others are still created.

    The answer is HTTP 200 with a JSON array holding one result per submitted element, in
    the order they were sent. A successful element gives the new invoice's id and number;
    a failed one gives `result: "failed"`, a message and possibly field errors. Check
    every element: an HTTP 200 does not mean that every invoice was created.

    Retrying the whole request after a partial failure creates the successful invoices a
    second time; resend only the elements that failed.

    Daftra documents only the HTTP 200 answer for this operation; the error answers below
    are the ones every v1 operation can give.

    Args:
        send (str):
        client_id (str):
        terminal_id (str):
        body (list[InvoiceAddRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]]
    """

    kwargs = _get_kwargs(
        body=body,
        send=send,
        client_id=client_id,
        terminal_id=terminal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[InvoiceAddRequest],
    send: str,
    client_id: str,
    terminal_id: str,
) -> ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess] | None:
    """Create many invoices in one request, each judged on its own

     Takes a JSON array whose elements have exactly the shape of an Add New Invoice body and
    creates the invoices one after the other. The request is not atomic: an element that
    fails validation is skipped while the others are still created.

    The answer is HTTP 200 with a JSON array holding one result per submitted element, in
    the order they were sent. A successful element gives the new invoice's id and number;
    a failed one gives `result: "failed"`, a message and possibly field errors. Check
    every element: an HTTP 200 does not mean that every invoice was created.

    Retrying the whole request after a partial failure creates the successful invoices a
    second time; resend only the elements that failed.

    Daftra documents only the HTTP 200 answer for this operation; the error answers below
    are the ones every v1 operation can give.

    Args:
        send (str):
        client_id (str):
        terminal_id (str):
        body (list[InvoiceAddRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[InvoiceBulkFailure | InvoiceBulkSuccess]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send=send,
            client_id=client_id,
            terminal_id=terminal_id,
        )
    ).parsed
