from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v2_message import V2Message
from ...models.workflow_record_page import WorkflowRecordPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workflow_id: int,
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
        "url": "/v2/api/entity/le_workflow-type-entity-{workflow_id}/list/{level}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            level=quote(str(level), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2Message | WorkflowRecordPage | None:
    if response.status_code == 200:
        response_200 = WorkflowRecordPage.from_dict(response.json())

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
) -> Response[V2Message | WorkflowRecordPage]:
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
    workflow_id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[V2Message | WorkflowRecordPage]:
    """List the records of a workflow type, one page at a time

     Returns one page of the account's workflow records from the v2 entity API (entity
    `le_workflow-type-entity-{workflow_id}`), as a paginator whose `data` holds flat records.
    `level` sets how many related records each one embeds. Page with `page` and `per_page` until
    `current_page` reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/list/{{format}}`; the client uses the full path
    from the site root, `/v2/api/entity/le_workflow-type-entity-{workflow_id}/list/{level}`.

    A workflow type that does not exist answers 404.

    Args:
        workflow_id (int):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | WorkflowRecordPage]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        level=level,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> V2Message | WorkflowRecordPage | None:
    """List the records of a workflow type, one page at a time

     Returns one page of the account's workflow records from the v2 entity API (entity
    `le_workflow-type-entity-{workflow_id}`), as a paginator whose `data` holds flat records.
    `level` sets how many related records each one embeds. Page with `page` and `per_page` until
    `current_page` reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/list/{{format}}`; the client uses the full path
    from the site root, `/v2/api/entity/le_workflow-type-entity-{workflow_id}/list/{level}`.

    A workflow type that does not exist answers 404.

    Args:
        workflow_id (int):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | WorkflowRecordPage
    """

    return sync_detailed(
        workflow_id=workflow_id,
        level=level,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[V2Message | WorkflowRecordPage]:
    """List the records of a workflow type, one page at a time

     Returns one page of the account's workflow records from the v2 entity API (entity
    `le_workflow-type-entity-{workflow_id}`), as a paginator whose `data` holds flat records.
    `level` sets how many related records each one embeds. Page with `page` and `per_page` until
    `current_page` reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/list/{{format}}`; the client uses the full path
    from the site root, `/v2/api/entity/le_workflow-type-entity-{workflow_id}/list/{level}`.

    A workflow type that does not exist answers 404.

    Args:
        workflow_id (int):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | WorkflowRecordPage]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        level=level,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> V2Message | WorkflowRecordPage | None:
    """List the records of a workflow type, one page at a time

     Returns one page of the account's workflow records from the v2 entity API (entity
    `le_workflow-type-entity-{workflow_id}`), as a paginator whose `data` holds flat records.
    `level` sets how many related records each one embeds. Page with `page` and `per_page` until
    `current_page` reaches `last_page`.

    Filters and sorting are `filter[...]` and `sort[...]` query parameters; their syntax is
    described once under the `entities` tag. The generated client does not model them (they
    cannot be expressed as plain parameters); the facade adds them to the query.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/list/{{format}}`; the client uses the full path
    from the site root, `/v2/api/entity/le_workflow-type-entity-{workflow_id}/list/{level}`.

    A workflow type that does not exist answers 404.

    Args:
        workflow_id (int):
        level (int):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | WorkflowRecordPage
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            level=level,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
