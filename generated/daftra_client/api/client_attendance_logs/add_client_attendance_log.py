from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_result import AddResult
from ...models.client_attendance_add_request import ClientAttendanceAddRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: ClientAttendanceAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client-attendance-log/store",
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
    body: ClientAttendanceAddRequest,
) -> Response[AddResult | ErrorResponse]:
    """Record a client's attendance

     Stores one attendance record. The address is written as Daftra documents it, with
    hyphens and without the `.json` suffix the other v1 operations use.

    The documented body holds only the moment of attendance, `ClientAttendance.time`
    (`YYYY-MM-DD HH:MM:SS`, required). The documentation does not say how the client is
    identified; the schema stays open so that further fields can be sent. The answer
    (HTTP 202) carries the new record's id.

    Args:
        body (ClientAttendanceAddRequest): The body that records a client's attendance.

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
    body: ClientAttendanceAddRequest,
) -> AddResult | ErrorResponse | None:
    """Record a client's attendance

     Stores one attendance record. The address is written as Daftra documents it, with
    hyphens and without the `.json` suffix the other v1 operations use.

    The documented body holds only the moment of attendance, `ClientAttendance.time`
    (`YYYY-MM-DD HH:MM:SS`, required). The documentation does not say how the client is
    identified; the schema stays open so that further fields can be sent. The answer
    (HTTP 202) carries the new record's id.

    Args:
        body (ClientAttendanceAddRequest): The body that records a client's attendance.

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
    body: ClientAttendanceAddRequest,
) -> Response[AddResult | ErrorResponse]:
    """Record a client's attendance

     Stores one attendance record. The address is written as Daftra documents it, with
    hyphens and without the `.json` suffix the other v1 operations use.

    The documented body holds only the moment of attendance, `ClientAttendance.time`
    (`YYYY-MM-DD HH:MM:SS`, required). The documentation does not say how the client is
    identified; the schema stays open so that further fields can be sent. The answer
    (HTTP 202) carries the new record's id.

    Args:
        body (ClientAttendanceAddRequest): The body that records a client's attendance.

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
    body: ClientAttendanceAddRequest,
) -> AddResult | ErrorResponse | None:
    """Record a client's attendance

     Stores one attendance record. The address is written as Daftra documents it, with
    hyphens and without the `.json` suffix the other v1 operations use.

    The documented body holds only the moment of attendance, `ClientAttendance.time`
    (`YYYY-MM-DD HH:MM:SS`, required). The documentation does not say how the client is
    identified; the schema stays open so that further fields can be sent. The answer
    (HTTP 202) carries the new record's id.

    Args:
        body (ClientAttendanceAddRequest): The body that records a client's attendance.

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
