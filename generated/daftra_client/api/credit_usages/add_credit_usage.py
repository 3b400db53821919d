from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_usage_input import CreditUsageInput
from ...models.v2_message import V2Message
from ...models.v2_save_result import V2SaveResult
from ...models.v2_validation_error import V2ValidationError
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: CreditUsageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/entity/credit_usage",
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

    if response.status_code == 400:
        response_400 = V2Message.from_dict(response.json())

        return response_400

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
    body: CreditUsageInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Record a credit usage, or change one

     Creates a credit usage from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    The same call also changes a record, which Daftra documents separately as "Edit Credit
    Usage" with the same method and address: put the record's `id` in the body and the record
    with that id is updated instead of a new one being created (an id that does not exist
    answers 400 `Record not found`).

    The documentation's examples write dates as `DD/MM/YYYY` in this body while answers use
    `YYYY-MM-DD`; which one the service expects may follow the account's date format setting,
    which is not documented.

    Daftra's documentation writes this address as `POST /credit_usage`; the client uses the full
    path from the site root, `/v2/api/entity/credit_usage`.

    Args:
        body (CreditUsageInput): The body that records a credit usage, or changes one when `id` is
            given. The create call also takes `usage_date` and `added_by`.

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
    body: CreditUsageInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Record a credit usage, or change one

     Creates a credit usage from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    The same call also changes a record, which Daftra documents separately as "Edit Credit
    Usage" with the same method and address: put the record's `id` in the body and the record
    with that id is updated instead of a new one being created (an id that does not exist
    answers 400 `Record not found`).

    The documentation's examples write dates as `DD/MM/YYYY` in this body while answers use
    `YYYY-MM-DD`; which one the service expects may follow the account's date format setting,
    which is not documented.

    Daftra's documentation writes this address as `POST /credit_usage`; the client uses the full
    path from the site root, `/v2/api/entity/credit_usage`.

    Args:
        body (CreditUsageInput): The body that records a credit usage, or changes one when `id` is
            given. The create call also takes `usage_date` and `added_by`.

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
    body: CreditUsageInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Record a credit usage, or change one

     Creates a credit usage from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    The same call also changes a record, which Daftra documents separately as "Edit Credit
    Usage" with the same method and address: put the record's `id` in the body and the record
    with that id is updated instead of a new one being created (an id that does not exist
    answers 400 `Record not found`).

    The documentation's examples write dates as `DD/MM/YYYY` in this body while answers use
    `YYYY-MM-DD`; which one the service expects may follow the account's date format setting,
    which is not documented.

    Daftra's documentation writes this address as `POST /credit_usage`; the client uses the full
    path from the site root, `/v2/api/entity/credit_usage`.

    Args:
        body (CreditUsageInput): The body that records a credit usage, or changes one when `id` is
            given. The create call also takes `usage_date` and `added_by`.

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
    body: CreditUsageInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Record a credit usage, or change one

     Creates a credit usage from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    The same call also changes a record, which Daftra documents separately as "Edit Credit
    Usage" with the same method and address: put the record's `id` in the body and the record
    with that id is updated instead of a new one being created (an id that does not exist
    answers 400 `Record not found`).

    The documentation's examples write dates as `DD/MM/YYYY` in this body while answers use
    `YYYY-MM-DD`; which one the service expects may follow the account's date format setting,
    which is not documented.

    Daftra's documentation writes this address as `POST /credit_usage`; the client uses the full
    path from the site root, `/v2/api/entity/credit_usage`.

    Args:
        body (CreditUsageInput): The body that records a credit usage, or changes one when `id` is
            given. The create call also takes `usage_date` and `added_by`.

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
