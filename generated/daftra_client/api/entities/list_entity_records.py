from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_record_page import EntityRecordPage
from ...models.v2_message import V2Message
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    entity: str,
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
        "url": "/v2/api/entity/{entity}/list/{level}".format(
            entity=quote(str(entity), safe=""),
            level=quote(str(level), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntityRecordPage | V2Message | None:
    if response.status_code == 200:
        response_200 = EntityRecordPage.from_dict(response.json())

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
) -> Response[EntityRecordPage | V2Message]:
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
    entity: str,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[EntityRecordPage | V2Message]:
    """List the records of any v2 entity, one page at a time

     Returns one page of the records of the entity named in the path, for entities this spec has
    no dedicated operation for (and for those it has, when the generic record is enough). The
    records are open objects: their fields depend on the entity and on `level`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    Daftra's documentation shows this call as `GET /{entity}/list/1` under the v2 base with a
    filtered example; the client uses the full path `/v2/api/entity/{entity}/list/{level}`. The
    documentation's overview page describes a `data`/`meta`/`links` answer, but every concrete
    example shows the paginator modelled here.

    An entity name the account does not know answers 404.

    Args:
        entity (str):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityRecordPage | V2Message]
    """

    kwargs = _get_kwargs(
        entity=entity,
        level=level,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity: str,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> EntityRecordPage | V2Message | None:
    """List the records of any v2 entity, one page at a time

     Returns one page of the records of the entity named in the path, for entities this spec has
    no dedicated operation for (and for those it has, when the generic record is enough). The
    records are open objects: their fields depend on the entity and on `level`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    Daftra's documentation shows this call as `GET /{entity}/list/1` under the v2 base with a
    filtered example; the client uses the full path `/v2/api/entity/{entity}/list/{level}`. The
    documentation's overview page describes a `data`/`meta`/`links` answer, but every concrete
    example shows the paginator modelled here.

    An entity name the account does not know answers 404.

    Args:
        entity (str):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityRecordPage | V2Message
    """

    return sync_detailed(
        entity=entity,
        level=level,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    entity: str,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[EntityRecordPage | V2Message]:
    """List the records of any v2 entity, one page at a time

     Returns one page of the records of the entity named in the path, for entities this spec has
    no dedicated operation for (and for those it has, when the generic record is enough). The
    records are open objects: their fields depend on the entity and on `level`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    Daftra's documentation shows this call as `GET /{entity}/list/1` under the v2 base with a
    filtered example; the client uses the full path `/v2/api/entity/{entity}/list/{level}`. The
    documentation's overview page describes a `data`/`meta`/`links` answer, but every concrete
    example shows the paginator modelled here.

    An entity name the account does not know answers 404.

    Args:
        entity (str):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityRecordPage | V2Message]
    """

    kwargs = _get_kwargs(
        entity=entity,
        level=level,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: str,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> EntityRecordPage | V2Message | None:
    """List the records of any v2 entity, one page at a time

     Returns one page of the records of the entity named in the path, for entities this spec has
    no dedicated operation for (and for those it has, when the generic record is enough). The
    records are open objects: their fields depend on the entity and on `level`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    Daftra's documentation shows this call as `GET /{entity}/list/1` under the v2 base with a
    filtered example; the client uses the full path `/v2/api/entity/{entity}/list/{level}`. The
    documentation's overview page describes a `data`/`meta`/`links` answer, but every concrete
    example shows the paginator modelled here.

    An entity name the account does not know answers 404.

    Args:
        entity (str):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityRecordPage | V2Message
    """

    return (
        await asyncio_detailed(
            entity=entity,
            level=level,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
