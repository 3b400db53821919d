from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.multi_entity_query import MultiEntityQuery
from ...models.multi_entity_response import MultiEntityResponse
from ...models.v2_message import V2Message
from ...types import Response, json_ready, status_of


def _get_kwargs(
    *,
    body: list[MultiEntityQuery],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/multi-entity",
    }

    _kwargs["json"] = []
    for componentsschemas_multi_entity_request_item_data in body:
        componentsschemas_multi_entity_request_item = (
            componentsschemas_multi_entity_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_multi_entity_request_item)

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        _kwargs["json"] = json_ready(_kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MultiEntityResponse | V2Message | None:
    if response.status_code == 200:
        response_200 = MultiEntityResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Message.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Message.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MultiEntityResponse | V2Message]:
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
    body: list[MultiEntityQuery],
) -> Response[MultiEntityResponse | V2Message]:
    """Run several v2 reads in one request

     Takes a JSON array of queries and answers one object with a member per query, keyed by the
    query's `alias` (or its `key` when no alias is given). A `show` query names one record by id
    in `options` and yields that record; a `list` query gives plain `field: value` filters in
    `options` (not the `filter[...]` syntax of list calls) and yields a paginator. `data_level`
    plays the part of the level of single calls.

    Give queries of the same entity different aliases, otherwise one answer member replaces the
    other. The documentation shows neither the answer nor error answers; what a failing query
    does to the others is not documented.

    Daftra's documentation shows this call on the site root (`/v2/api/multi-entity`), which is
    where the client sends it.

    A body that is not a list of queries answers 400; a query that fails answers inside the object,
    under its alias, while the others still answer.

    Args:
        body (list[MultiEntityQuery]): The queries to run, in any order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultiEntityResponse | V2Message]
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
    body: list[MultiEntityQuery],
) -> MultiEntityResponse | V2Message | None:
    """Run several v2 reads in one request

     Takes a JSON array of queries and answers one object with a member per query, keyed by the
    query's `alias` (or its `key` when no alias is given). A `show` query names one record by id
    in `options` and yields that record; a `list` query gives plain `field: value` filters in
    `options` (not the `filter[...]` syntax of list calls) and yields a paginator. `data_level`
    plays the part of the level of single calls.

    Give queries of the same entity different aliases, otherwise one answer member replaces the
    other. The documentation shows neither the answer nor error answers; what a failing query
    does to the others is not documented.

    Daftra's documentation shows this call on the site root (`/v2/api/multi-entity`), which is
    where the client sends it.

    A body that is not a list of queries answers 400; a query that fails answers inside the object,
    under its alias, while the others still answer.

    Args:
        body (list[MultiEntityQuery]): The queries to run, in any order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiEntityResponse | V2Message
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[MultiEntityQuery],
) -> Response[MultiEntityResponse | V2Message]:
    """Run several v2 reads in one request

     Takes a JSON array of queries and answers one object with a member per query, keyed by the
    query's `alias` (or its `key` when no alias is given). A `show` query names one record by id
    in `options` and yields that record; a `list` query gives plain `field: value` filters in
    `options` (not the `filter[...]` syntax of list calls) and yields a paginator. `data_level`
    plays the part of the level of single calls.

    Give queries of the same entity different aliases, otherwise one answer member replaces the
    other. The documentation shows neither the answer nor error answers; what a failing query
    does to the others is not documented.

    Daftra's documentation shows this call on the site root (`/v2/api/multi-entity`), which is
    where the client sends it.

    A body that is not a list of queries answers 400; a query that fails answers inside the object,
    under its alias, while the others still answer.

    Args:
        body (list[MultiEntityQuery]): The queries to run, in any order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultiEntityResponse | V2Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[MultiEntityQuery],
) -> MultiEntityResponse | V2Message | None:
    """Run several v2 reads in one request

     Takes a JSON array of queries and answers one object with a member per query, keyed by the
    query's `alias` (or its `key` when no alias is given). A `show` query names one record by id
    in `options` and yields that record; a `list` query gives plain `field: value` filters in
    `options` (not the `filter[...]` syntax of list calls) and yields a paginator. `data_level`
    plays the part of the level of single calls.

    Give queries of the same entity different aliases, otherwise one answer member replaces the
    other. The documentation shows neither the answer nor error answers; what a failing query
    does to the others is not documented.

    Daftra's documentation shows this call on the site root (`/v2/api/multi-entity`), which is
    where the client sends it.

    A body that is not a list of queries answers 400; a query that fails answers inside the object,
    under its alias, while the others still answer.

    Args:
        body (list[MultiEntityQuery]): The queries to run, in any order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiEntityResponse | V2Message
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
