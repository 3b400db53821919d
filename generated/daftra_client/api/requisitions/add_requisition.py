from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_result import AddResult
from ...models.error_response import ErrorResponse
from ...models.operation_result import OperationResult
from ...models.requisition_add_request import RequisitionAddRequest
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: RequisitionAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/requisitions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddResult | ErrorResponse | OperationResult | None:
    if response.status_code == 200:
        response_200 = OperationResult.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddResult | ErrorResponse | OperationResult]:
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
    body: RequisitionAddRequest,
) -> Response[AddResult | ErrorResponse | OperationResult]:
    """Create one requisition with its items

     Creates a requisition from a `Requisition` header and its `RequisitionItem` lines
    (address without `.json`, as documented).

    Daftra's documentation declares every header key below as required, yet its own
    example sends most of them as empty strings; send them all, empty where they do not
    apply. Three keys are spelt with a capital letter in the documented body (`Status`,
    `Order_type`, `To_store_id`) while reads return them in lowercase; the spelling here
    is the documented one, and whether the service also accepts lowercase is not
    documented. The documented example gives `date` as `DD/MM/YYYY HH:MM`, not in ISO
    form.

    The documentation shows only a bare HTTP 200 answer; other v1 resources answer a
    create with 202 and the new id, so both are described.

    Args:
        body (RequisitionAddRequest): The body that creates a requisition; the documentation
            requires both members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResult | ErrorResponse | OperationResult]
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
    body: RequisitionAddRequest,
) -> AddResult | ErrorResponse | OperationResult | None:
    """Create one requisition with its items

     Creates a requisition from a `Requisition` header and its `RequisitionItem` lines
    (address without `.json`, as documented).

    Daftra's documentation declares every header key below as required, yet its own
    example sends most of them as empty strings; send them all, empty where they do not
    apply. Three keys are spelt with a capital letter in the documented body (`Status`,
    `Order_type`, `To_store_id`) while reads return them in lowercase; the spelling here
    is the documented one, and whether the service also accepts lowercase is not
    documented. The documented example gives `date` as `DD/MM/YYYY HH:MM`, not in ISO
    form.

    The documentation shows only a bare HTTP 200 answer; other v1 resources answer a
    create with 202 and the new id, so both are described.

    Args:
        body (RequisitionAddRequest): The body that creates a requisition; the documentation
            requires both members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResult | ErrorResponse | OperationResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RequisitionAddRequest,
) -> Response[AddResult | ErrorResponse | OperationResult]:
    """Create one requisition with its items

     Creates a requisition from a `Requisition` header and its `RequisitionItem` lines
    (address without `.json`, as documented).

    Daftra's documentation declares every header key below as required, yet its own
    example sends most of them as empty strings; send them all, empty where they do not
    apply. Three keys are spelt with a capital letter in the documented body (`Status`,
    `Order_type`, `To_store_id`) while reads return them in lowercase; the spelling here
    is the documented one, and whether the service also accepts lowercase is not
    documented. The documented example gives `date` as `DD/MM/YYYY HH:MM`, not in ISO
    form.

    The documentation shows only a bare HTTP 200 answer; other v1 resources answer a
    create with 202 and the new id, so both are described.

    Args:
        body (RequisitionAddRequest): The body that creates a requisition; the documentation
            requires both members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddResult | ErrorResponse | OperationResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RequisitionAddRequest,
) -> AddResult | ErrorResponse | OperationResult | None:
    """Create one requisition with its items

     Creates a requisition from a `Requisition` header and its `RequisitionItem` lines
    (address without `.json`, as documented).

    Daftra's documentation declares every header key below as required, yet its own
    example sends most of them as empty strings; send them all, empty where they do not
    apply. Three keys are spelt with a capital letter in the documented body (`Status`,
    `Order_type`, `To_store_id`) while reads return them in lowercase; the spelling here
    is the documented one, and whether the service also accepts lowercase is not
    documented. The documented example gives `date` as `DD/MM/YYYY HH:MM`, not in ISO
    form.

    The documentation shows only a bare HTTP 200 answer; other v1 resources answer a
    create with 202 and the new id, so both are described.

    Args:
        body (RequisitionAddRequest): The body that creates a requisition; the documentation
            requires both members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddResult | ErrorResponse | OperationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
