from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.follow_up_action_list_response import FollowUpActionListResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/follow_up_actions.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FollowUpActionListResponse | None:
    if response.status_code == 200:
        response_200 = FollowUpActionListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FollowUpActionListResponse]:
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
    type_: int,
) -> Response[ErrorResponse | FollowUpActionListResponse]:
    """List the follow-up actions of one kind of record

     Returns the follow-up actions defined for one kind of record, in the v1 list form.

    Daftra documents this list as `/follow_up_actions/{type}{format}`, with the kind in the
    path, which is the very address of Get Single Follow-Up Action
    (`/follow_up_actions/{id}{format}`): a number there cannot mean both, and OpenAPI cannot
    hold both templates either. The client therefore sends the list to `/follow_up_actions.json`
    with the kind as the `type` query parameter, the way v1 lists take their filters. Whether
    the service honours `type` there is not documented (v1 ignores unknown parameters), so check
    the `item_type`-like fields of what comes back; the single read keeps the documented path.

    Args:
        page (int | Unset):
        limit (int | Unset):
        type_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FollowUpActionListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        type_=type_,
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
    type_: int,
) -> ErrorResponse | FollowUpActionListResponse | None:
    """List the follow-up actions of one kind of record

     Returns the follow-up actions defined for one kind of record, in the v1 list form.

    Daftra documents this list as `/follow_up_actions/{type}{format}`, with the kind in the
    path, which is the very address of Get Single Follow-Up Action
    (`/follow_up_actions/{id}{format}`): a number there cannot mean both, and OpenAPI cannot
    hold both templates either. The client therefore sends the list to `/follow_up_actions.json`
    with the kind as the `type` query parameter, the way v1 lists take their filters. Whether
    the service honours `type` there is not documented (v1 ignores unknown parameters), so check
    the `item_type`-like fields of what comes back; the single read keeps the documented path.

    Args:
        page (int | Unset):
        limit (int | Unset):
        type_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FollowUpActionListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: int,
) -> Response[ErrorResponse | FollowUpActionListResponse]:
    """List the follow-up actions of one kind of record

     Returns the follow-up actions defined for one kind of record, in the v1 list form.

    Daftra documents this list as `/follow_up_actions/{type}{format}`, with the kind in the
    path, which is the very address of Get Single Follow-Up Action
    (`/follow_up_actions/{id}{format}`): a number there cannot mean both, and OpenAPI cannot
    hold both templates either. The client therefore sends the list to `/follow_up_actions.json`
    with the kind as the `type` query parameter, the way v1 lists take their filters. Whether
    the service honours `type` there is not documented (v1 ignores unknown parameters), so check
    the `item_type`-like fields of what comes back; the single read keeps the documented path.

    Args:
        page (int | Unset):
        limit (int | Unset):
        type_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FollowUpActionListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: int,
) -> ErrorResponse | FollowUpActionListResponse | None:
    """List the follow-up actions of one kind of record

     Returns the follow-up actions defined for one kind of record, in the v1 list form.

    Daftra documents this list as `/follow_up_actions/{type}{format}`, with the kind in the
    path, which is the very address of Get Single Follow-Up Action
    (`/follow_up_actions/{id}{format}`): a number there cannot mean both, and OpenAPI cannot
    hold both templates either. The client therefore sends the list to `/follow_up_actions.json`
    with the kind as the `type` query parameter, the way v1 lists take their filters. Whether
    the service honours `type` there is not documented (v1 ignores unknown parameters), so check
    the `item_type`-like fields of what comes back; the single read keeps the documented path.

    Args:
        page (int | Unset):
        limit (int | Unset):
        type_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FollowUpActionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            type_=type_,
        )
    ).parsed
