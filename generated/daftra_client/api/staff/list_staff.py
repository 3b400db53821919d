from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.flag import Flag
from ...models.staff_list_response import StaffListResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    load_custom_data: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_load_custom_data: int | Unset = UNSET
    if not isinstance(load_custom_data, Unset):
        json_load_custom_data = load_custom_data.value

    params["load_custom_data"] = json_load_custom_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/staff.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StaffListResponse | None:
    if response.status_code == 200:
        response_200 = StaffListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StaffListResponse]:
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
    load_custom_data: Flag | Unset = UNSET,
) -> Response[ErrorResponse | StaffListResponse]:
    """List staff members, one page at a time

     Returns one page of the account's staff members, each wrapped as `{"Staff": {...}}`,
    with paging information. The v1 API can only read staff; there is no documented way
    to create, change or delete them here.

    Staff ids are what other records point to through `staff_id`; `0` there means the
    account owner, who is not a staff record.

    Args:
        page (int | Unset):
        limit (int | Unset):
        load_custom_data (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StaffListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        load_custom_data=load_custom_data,
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
    load_custom_data: Flag | Unset = UNSET,
) -> ErrorResponse | StaffListResponse | None:
    """List staff members, one page at a time

     Returns one page of the account's staff members, each wrapped as `{"Staff": {...}}`,
    with paging information. The v1 API can only read staff; there is no documented way
    to create, change or delete them here.

    Staff ids are what other records point to through `staff_id`; `0` there means the
    account owner, who is not a staff record.

    Args:
        page (int | Unset):
        limit (int | Unset):
        load_custom_data (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StaffListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        load_custom_data=load_custom_data,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    load_custom_data: Flag | Unset = UNSET,
) -> Response[ErrorResponse | StaffListResponse]:
    """List staff members, one page at a time

     Returns one page of the account's staff members, each wrapped as `{"Staff": {...}}`,
    with paging information. The v1 API can only read staff; there is no documented way
    to create, change or delete them here.

    Staff ids are what other records point to through `staff_id`; `0` there means the
    account owner, who is not a staff record.

    Args:
        page (int | Unset):
        limit (int | Unset):
        load_custom_data (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StaffListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        load_custom_data=load_custom_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    load_custom_data: Flag | Unset = UNSET,
) -> ErrorResponse | StaffListResponse | None:
    """List staff members, one page at a time

     Returns one page of the account's staff members, each wrapped as `{"Staff": {...}}`,
    with paging information. The v1 API can only read staff; there is no documented way
    to create, change or delete them here.

    Staff ids are what other records point to through `staff_id`; `0` there means the
    account owner, who is not a staff record.

    Args:
        page (int | Unset):
        limit (int | Unset):
        load_custom_data (Flag | Unset): A PHP-style yes/no flag sent as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StaffListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            load_custom_data=load_custom_data,
        )
    ).parsed
