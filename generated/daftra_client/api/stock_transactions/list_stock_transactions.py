from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stock_transaction_list_response import StockTransactionListResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stock_transactions.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StockTransactionListResponse | None:
    if response.status_code == 200:
        response_200 = StockTransactionListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StockTransactionListResponse]:
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
) -> Response[ErrorResponse | StockTransactionListResponse]:
    """List stock movements, one page at a time

     Returns one page of stock movements, each wrapped as `{"StockTransaction": {...}}`.
    Every sale, purchase, refund, transfer and manual adjustment that touches stock
    leaves one movement per product line; `source_type` and `order_id` tell which
    document caused it, `ref_id` which line.

    No filters are documented beyond `page` and `limit`; the service ignores unknown
    parameters, so narrowing by product or document has to happen on the caller's side.

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StockTransactionListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
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
) -> ErrorResponse | StockTransactionListResponse | None:
    """List stock movements, one page at a time

     Returns one page of stock movements, each wrapped as `{"StockTransaction": {...}}`.
    Every sale, purchase, refund, transfer and manual adjustment that touches stock
    leaves one movement per product line; `source_type` and `order_id` tell which
    document caused it, `ref_id` which line.

    No filters are documented beyond `page` and `limit`; the service ignores unknown
    parameters, so narrowing by product or document has to happen on the caller's side.

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StockTransactionListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | StockTransactionListResponse]:
    """List stock movements, one page at a time

     Returns one page of stock movements, each wrapped as `{"StockTransaction": {...}}`.
    Every sale, purchase, refund, transfer and manual adjustment that touches stock
    leaves one movement per product line; `source_type` and `order_id` tell which
    document caused it, `ref_id` which line.

    No filters are documented beyond `page` and `limit`; the service ignores unknown
    parameters, so narrowing by product or document has to happen on the caller's side.

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StockTransactionListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | StockTransactionListResponse | None:
    """List stock movements, one page at a time

     Returns one page of stock movements, each wrapped as `{"StockTransaction": {...}}`.
    Every sale, purchase, refund, transfer and manual adjustment that touches stock
    leaves one movement per product line; `source_type` and `order_id` tell which
    document caused it, `ref_id` which line.

    No filters are documented beyond `page` and `limit`; the service ignores unknown
    parameters, so narrowing by product or document has to happen on the caller's side.

    Args:
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StockTransactionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
