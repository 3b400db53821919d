from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_debit_note_input import PurchaseDebitNoteInput
from ...models.v2_message import V2Message
from ...models.v2_save_result import V2SaveResult
from ...models.v2_validation_error import V2ValidationError
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: PurchaseDebitNoteInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/entity/purchase_debit_note",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2Message | V2SaveResult | V2ValidationError | None:
    if response.status_code == 200:
        response_200 = V2SaveResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = V2ValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
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
    body: PurchaseDebitNoteInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Create a purchase debit note

     Creates a purchase debit note from a flat JSON body (the fields at the top level, not
    wrapped in a model name). The answer names the new record's id with a confirmation in the
    account's language; field errors answer 422 with a list of messages per field. Nothing
    guards against duplicates: sending the same body twice creates two records.

    The lines go in `purchase_debit_notes_items` in the documentation's example but in
    `purchase_order_item` in its schema; both names are accepted here, and which one the service
    reads is not documented (send one, not both). The supplier copy fields (`supplier_*`) are
    what the note prints. The example writes the date as `DD/MM/YYYY` and flags as strings. The
    page shares its title with the list call; the two are told apart by method.

    Daftra's documentation writes this address as `POST /purchase_debit_note`; the client uses
    the full path from the site root, `/v2/api/entity/purchase_debit_note`.

    Args:
        body (PurchaseDebitNoteInput): The body that creates a purchase debit note. The
            documentation's schema marks every field of its example as required (including ones the
            example sends as null, and a line list under a name the example does not use); only the
            supplier and the date are required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | V2SaveResult | V2ValidationError]
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
    body: PurchaseDebitNoteInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Create a purchase debit note

     Creates a purchase debit note from a flat JSON body (the fields at the top level, not
    wrapped in a model name). The answer names the new record's id with a confirmation in the
    account's language; field errors answer 422 with a list of messages per field. Nothing
    guards against duplicates: sending the same body twice creates two records.

    The lines go in `purchase_debit_notes_items` in the documentation's example but in
    `purchase_order_item` in its schema; both names are accepted here, and which one the service
    reads is not documented (send one, not both). The supplier copy fields (`supplier_*`) are
    what the note prints. The example writes the date as `DD/MM/YYYY` and flags as strings. The
    page shares its title with the list call; the two are told apart by method.

    Daftra's documentation writes this address as `POST /purchase_debit_note`; the client uses
    the full path from the site root, `/v2/api/entity/purchase_debit_note`.

    Args:
        body (PurchaseDebitNoteInput): The body that creates a purchase debit note. The
            documentation's schema marks every field of its example as required (including ones the
            example sends as null, and a line list under a name the example does not use); only the
            supplier and the date are required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | V2SaveResult | V2ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseDebitNoteInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Create a purchase debit note

     Creates a purchase debit note from a flat JSON body (the fields at the top level, not
    wrapped in a model name). The answer names the new record's id with a confirmation in the
    account's language; field errors answer 422 with a list of messages per field. Nothing
    guards against duplicates: sending the same body twice creates two records.

    The lines go in `purchase_debit_notes_items` in the documentation's example but in
    `purchase_order_item` in its schema; both names are accepted here, and which one the service
    reads is not documented (send one, not both). The supplier copy fields (`supplier_*`) are
    what the note prints. The example writes the date as `DD/MM/YYYY` and flags as strings. The
    page shares its title with the list call; the two are told apart by method.

    Daftra's documentation writes this address as `POST /purchase_debit_note`; the client uses
    the full path from the site root, `/v2/api/entity/purchase_debit_note`.

    Args:
        body (PurchaseDebitNoteInput): The body that creates a purchase debit note. The
            documentation's schema marks every field of its example as required (including ones the
            example sends as null, and a line list under a name the example does not use); only the
            supplier and the date are required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | V2SaveResult | V2ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseDebitNoteInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Create a purchase debit note

     Creates a purchase debit note from a flat JSON body (the fields at the top level, not
    wrapped in a model name). The answer names the new record's id with a confirmation in the
    account's language; field errors answer 422 with a list of messages per field. Nothing
    guards against duplicates: sending the same body twice creates two records.

    The lines go in `purchase_debit_notes_items` in the documentation's example but in
    `purchase_order_item` in its schema; both names are accepted here, and which one the service
    reads is not documented (send one, not both). The supplier copy fields (`supplier_*`) are
    what the note prints. The example writes the date as `DD/MM/YYYY` and flags as strings. The
    page shares its title with the list call; the two are told apart by method.

    Daftra's documentation writes this address as `POST /purchase_debit_note`; the client uses
    the full path from the site root, `/v2/api/entity/purchase_debit_note`.

    Args:
        body (PurchaseDebitNoteInput): The body that creates a purchase debit note. The
            documentation's schema marks every field of its example as required (including ones the
            example sends as null, and a line list under a name the example does not use); only the
            supplier and the date are required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | V2SaveResult | V2ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
