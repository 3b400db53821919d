from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v2_message import V2Message
from ...models.workflow_record import WorkflowRecord
from ...types import Response, status_of


def _get_kwargs(
    workflow_id: int,
    id: int,
    level: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/entity/le_workflow-type-entity-{workflow_id}/{id}/{level}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            id=quote(str(id), safe=""),
            level=quote(str(level), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2Message | WorkflowRecord | None:
    if response.status_code == 200:
        response_200 = WorkflowRecord.from_dict(response.json())

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
) -> Response[V2Message | WorkflowRecord]:
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
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V2Message | WorkflowRecord]:
    """Read one workflow record

     Returns one workflow record by id from the v2 entity API, as the bare record (not wrapped in
    a model name or in `data`). `level` sets how many related records come embedded. An unknown
    id answers 404.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/{{record_id}}/{{format}}`; the client uses the full
    path from the site root,
    `/v2/api/entity/le_workflow-type-entity-{workflow_id}/{id}/{level}`.

    Args:
        workflow_id (int):
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | WorkflowRecord]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> V2Message | WorkflowRecord | None:
    """Read one workflow record

     Returns one workflow record by id from the v2 entity API, as the bare record (not wrapped in
    a model name or in `data`). `level` sets how many related records come embedded. An unknown
    id answers 404.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/{{record_id}}/{{format}}`; the client uses the full
    path from the site root,
    `/v2/api/entity/le_workflow-type-entity-{workflow_id}/{id}/{level}`.

    Args:
        workflow_id (int):
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | WorkflowRecord
    """

    return sync_detailed(
        workflow_id=workflow_id,
        id=id,
        level=level,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V2Message | WorkflowRecord]:
    """Read one workflow record

     Returns one workflow record by id from the v2 entity API, as the bare record (not wrapped in
    a model name or in `data`). `level` sets how many related records come embedded. An unknown
    id answers 404.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/{{record_id}}/{{format}}`; the client uses the full
    path from the site root,
    `/v2/api/entity/le_workflow-type-entity-{workflow_id}/{id}/{level}`.

    Args:
        workflow_id (int):
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Message | WorkflowRecord]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    id: int,
    level: int,
    *,
    client: AuthenticatedClient | Client,
) -> V2Message | WorkflowRecord | None:
    """Read one workflow record

     Returns one workflow record by id from the v2 entity API, as the bare record (not wrapped in
    a model name or in `data`). `level` sets how many related records come embedded. An unknown
    id answers 404.

    The documentation writes the workflow id as `{{workflow_id}}` inside the entity name and a
    `{{format}}` placeholder where the level goes.

    Daftra's documentation writes this address as `GET
    /le_workflow-type-entity-{{workflow_id}}/{{record_id}}/{{format}}`; the client uses the full
    path from the site root,
    `/v2/api/entity/le_workflow-type-entity-{workflow_id}/{id}/{level}`.

    Args:
        workflow_id (int):
        id (int):
        level (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Message | WorkflowRecord
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            id=id,
            level=level,
            client=client,
        )
    ).parsed
