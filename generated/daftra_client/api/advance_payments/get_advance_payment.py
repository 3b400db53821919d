from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advance_payment_record import AdvancePaymentRecord
from ...models.v2_message import V2Message
from ...types import Response, status_of


def _get_kwargs(
    id: int,
    level: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/entity/invoice/{id}/{level}".format(
            id=quote(str(id), safe=""),
            level=quote(str(level), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvancePaymentRecord | V2Message | None:
    if response.status_code == 200:
        response_200 = AdvancePaymentRecord.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Message.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdvancePaymentRecord | V2Message]:
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
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdvancePaymentRecord | V2Message]:
    """Read one advance payment through the v2 entity API

     Returns one invoice row from the v2 entity API, not wrapped in an envelope: the flat
    snake_case record with its relations (store, client, branch, payments, lines, layout,
    ...) as nested objects, as many as `level` asks for. The endpoint serves any invoice id;
    check that `type` is 19 to be sure the record is an advance payment. Errors come in the
    v2 form (`{"message": ...}`).

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvancePaymentRecord | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> AdvancePaymentRecord | V2Message | None:
    """Read one advance payment through the v2 entity API

     Returns one invoice row from the v2 entity API, not wrapped in an envelope: the flat
    snake_case record with its relations (store, client, branch, payments, lines, layout,
    ...) as nested objects, as many as `level` asks for. The endpoint serves any invoice id;
    check that `type` is 19 to be sure the record is an advance payment. Errors come in the
    v2 form (`{"message": ...}`).

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvancePaymentRecord | V2Message
    """

    return sync_detailed(
        id=id,
        level=level,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdvancePaymentRecord | V2Message]:
    """Read one advance payment through the v2 entity API

     Returns one invoice row from the v2 entity API, not wrapped in an envelope: the flat
    snake_case record with its relations (store, client, branch, payments, lines, layout,
    ...) as nested objects, as many as `level` asks for. The endpoint serves any invoice id;
    check that `type` is 19 to be sure the record is an advance payment. Errors come in the
    v2 form (`{"message": ...}`).

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvancePaymentRecord | V2Message]
    """

    kwargs = _get_kwargs(
        id=id,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> AdvancePaymentRecord | V2Message | None:
    """Read one advance payment through the v2 entity API

     Returns one invoice row from the v2 entity API, not wrapped in an envelope: the flat
    snake_case record with its relations (store, client, branch, payments, lines, layout,
    ...) as nested objects, as many as `level` asks for. The endpoint serves any invoice id;
    check that `type` is 19 to be sure the record is an advance payment. Errors come in the
    v2 form (`{"message": ...}`).

    Args:
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvancePaymentRecord | V2Message
    """

    return (
        await asyncio_detailed(
            id=id,
            level=level,
            client=client,
        )
    ).parsed
