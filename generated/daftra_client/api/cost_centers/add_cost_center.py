from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_center_input import CostCenterInput
from ...models.v2_message import V2Message
from ...models.v2_save_result import V2SaveResult
from ...models.v2_validation_error import V2ValidationError
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: CostCenterInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/entity/cost_center",
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
    body: CostCenterInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Create a cost centre

     Creates a cost center from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    `code` must be unique. For a primary centre send `is_primary` `1` and `cost_center_id` `0`;
    for a child, the parent's id in both `cost_center_id` and `cost_center_ids`. The
    documentation shows no answer; the usual v2 create answer is assumed. The documentation
    writes this address already including `/v2/api/entity` under the v2 base, which would double
    that prefix; the client uses it once.

    Daftra's documentation writes this address as `POST /v2/api/entity/cost_center`; the client
    uses the full path from the site root, `/v2/api/entity/cost_center`.

    Args:
        body (CostCenterInput): The body that creates or changes a cost centre.

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
    body: CostCenterInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Create a cost centre

     Creates a cost center from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    `code` must be unique. For a primary centre send `is_primary` `1` and `cost_center_id` `0`;
    for a child, the parent's id in both `cost_center_id` and `cost_center_ids`. The
    documentation shows no answer; the usual v2 create answer is assumed. The documentation
    writes this address already including `/v2/api/entity` under the v2 base, which would double
    that prefix; the client uses it once.

    Daftra's documentation writes this address as `POST /v2/api/entity/cost_center`; the client
    uses the full path from the site root, `/v2/api/entity/cost_center`.

    Args:
        body (CostCenterInput): The body that creates or changes a cost centre.

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
    body: CostCenterInput,
) -> Response[V2Message | V2SaveResult | V2ValidationError]:
    """Create a cost centre

     Creates a cost center from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    `code` must be unique. For a primary centre send `is_primary` `1` and `cost_center_id` `0`;
    for a child, the parent's id in both `cost_center_id` and `cost_center_ids`. The
    documentation shows no answer; the usual v2 create answer is assumed. The documentation
    writes this address already including `/v2/api/entity` under the v2 base, which would double
    that prefix; the client uses it once.

    Daftra's documentation writes this address as `POST /v2/api/entity/cost_center`; the client
    uses the full path from the site root, `/v2/api/entity/cost_center`.

    Args:
        body (CostCenterInput): The body that creates or changes a cost centre.

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
    body: CostCenterInput,
) -> V2Message | V2SaveResult | V2ValidationError | None:
    """Create a cost centre

     Creates a cost center from a flat JSON body (the fields at the top level, not wrapped in a
    model name). The answer names the new record's id with a confirmation in the account's
    language; field errors answer 422 with a list of messages per field. Nothing guards against
    duplicates: sending the same body twice creates two records.

    `code` must be unique. For a primary centre send `is_primary` `1` and `cost_center_id` `0`;
    for a child, the parent's id in both `cost_center_id` and `cost_center_ids`. The
    documentation shows no answer; the usual v2 create answer is assumed. The documentation
    writes this address already including `/v2/api/entity` under the v2 base, which would double
    that prefix; the client uses it once.

    Daftra's documentation writes this address as `POST /v2/api/entity/cost_center`; the client
    uses the full path from the site root, `/v2/api/entity/cost_center`.

    Args:
        body (CostCenterInput): The body that creates or changes a cost centre.

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
