from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unit_template_page import UnitTemplatePage
from ...models.v2_message import V2Message
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    level: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/entity/unit_template/list/{level}".format(
            level=quote(str(level), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnitTemplatePage | V2Message | None:
    if response.status_code == 200:
        response_200 = UnitTemplatePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UnitTemplatePage | V2Message]:
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
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[UnitTemplatePage | V2Message]:
    """List unit templates, one page at a time

     Returns one page of the account's unit templates from the v2 entity API (entity
    `unit_template`), as a paginator whose `data` holds flat records. `level` sets how many
    related records each one embeds. Page with `page` and `per_page` until `current_page`
    reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation puts a `{{format}}` placeholder where the level goes; it means the level,
    not a file format.

    Daftra's documentation writes this address as `GET /unit_template/list/{{format}}`; the
    client uses the full path from the site root, `/v2/api/entity/unit_template/list/{level}`.

    Args:
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnitTemplatePage | V2Message]
    """

    kwargs = _get_kwargs(
        level=level,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> UnitTemplatePage | V2Message | None:
    """List unit templates, one page at a time

     Returns one page of the account's unit templates from the v2 entity API (entity
    `unit_template`), as a paginator whose `data` holds flat records. `level` sets how many
    related records each one embeds. Page with `page` and `per_page` until `current_page`
    reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation puts a `{{format}}` placeholder where the level goes; it means the level,
    not a file format.

    Daftra's documentation writes this address as `GET /unit_template/list/{{format}}`; the
    client uses the full path from the site root, `/v2/api/entity/unit_template/list/{level}`.

    Args:
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnitTemplatePage | V2Message
    """

    return sync_detailed(
        level=level,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[UnitTemplatePage | V2Message]:
    """List unit templates, one page at a time

     Returns one page of the account's unit templates from the v2 entity API (entity
    `unit_template`), as a paginator whose `data` holds flat records. `level` sets how many
    related records each one embeds. Page with `page` and `per_page` until `current_page`
    reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation puts a `{{format}}` placeholder where the level goes; it means the level,
    not a file format.

    Daftra's documentation writes this address as `GET /unit_template/list/{{format}}`; the
    client uses the full path from the site root, `/v2/api/entity/unit_template/list/{level}`.

    Args:
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnitTemplatePage | V2Message]
    """

    kwargs = _get_kwargs(
        level=level,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> UnitTemplatePage | V2Message | None:
    """List unit templates, one page at a time

     Returns one page of the account's unit templates from the v2 entity API (entity
    `unit_template`), as a paginator whose `data` holds flat records. `level` sets how many
    related records each one embeds. Page with `page` and `per_page` until `current_page`
    reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation puts a `{{format}}` placeholder where the level goes; it means the level,
    not a file format.

    Daftra's documentation writes this address as `GET /unit_template/list/{{format}}`; the
    client uses the full path from the site root, `/v2/api/entity/unit_template/list/{level}`.

    Args:
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnitTemplatePage | V2Message
    """

    return (
        await asyncio_detailed(
            level=level,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
