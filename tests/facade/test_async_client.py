"""AsyncDaftra: the same resources and behaviour as Daftra, awaited."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from daftra_facade import (
    AsyncDaftra,
    BulkAbortedError,
    Created,
    InvalidInputError,
    NotFoundError,
    Rejected,
    ServerError,
)
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

T = TypeVar("T")


def with_client(sandbox: Sandbox, scenario: Callable[[AsyncDaftra], Awaitable[T]]) -> T:
    async def main() -> T:
        async with AsyncDaftra(
            base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0
        ) as client:
            return await scenario(client)

    return asyncio.run(main())


def test_async_iteration_walks_every_page(sandbox: Sandbox) -> None:
    for number in range(35):
        sandbox.add_invoice(invoice_body(1, unit_price=float(number + 1)))

    async def scenario(client: AsyncDaftra) -> list[int]:
        return [invoice.id async for invoice in client.invoices.iter(limit=10)]

    ids = with_client(sandbox, scenario)
    assert sorted(ids) == sorted(i["id"] for i in sandbox.state.all("Invoice"))
    assert len(ids) == 35 == len(set(ids))


def test_async_crud_round_trip(sandbox: Sandbox) -> None:
    async def scenario(client: AsyncDaftra) -> None:
        invoice_id = await client.invoices.create(invoice_body(2, quantity=2, unit_price=5))
        view = await client.invoices.get(invoice_id)
        assert view.invoice.summary_total == 10
        await client.invoices.update(invoice_id, {"Invoice": {"notes": "async"}})
        assert (await client.invoices.get(invoice_id)).invoice.notes == "async"
        page = await client.invoices.list(limit=5)
        assert [inv.id for inv in page] == [invoice_id]
        await client.invoices.delete(invoice_id)
        with pytest.raises(NotFoundError):
            await client.invoices.get(invoice_id)
        with pytest.raises(InvalidInputError):
            await client.invoices.create({"Invoice": {}})
        assert (await client.site.get()).subdomain

    with_client(sandbox, scenario)


def test_async_bulk_is_concurrent_and_ordered(sandbox: Sandbox) -> None:
    records = [invoice_body(1, unit_price=float(i + 1)) for i in range(25)]
    records[7] = invoice_body(client_id=9999)

    async def scenario(client: AsyncDaftra) -> object:
        return await client.invoices.bulk_create(records, chunk_size=4, concurrency=3)

    result = with_client(sandbox, scenario)
    assert [o.index for o in result] == list(range(25))  # type: ignore[attr-defined]
    assert isinstance(result[7], Rejected)  # type: ignore[index]
    assert len(result.created) == 24  # type: ignore[attr-defined]


def test_async_errors_are_the_same_errors(sandbox: Sandbox) -> None:
    sandbox.inject(502, b"<html>Bad Gateway</html>", path_contains="/invoices.json")
    sandbox.inject(503, b"<html>down</html>", path_contains="add_bulk")

    async def scenario(client: AsyncDaftra) -> object:
        with pytest.raises(ServerError):
            await client.invoices.list()
        return await client.invoices.bulk_create(
            [invoice_body(1)] * 2, concurrency=1, settle_window=0.1
        )

    result = with_client(sandbox, scenario)
    # Lost before processing: found absent by reference after the window, then sent again.
    assert [type(o) for o in result] == [Created, Created]  # type: ignore[attr-defined]
    assert sandbox.state.count("Invoice") == 2


def test_async_refusal_keeps_what_was_done(sandbox: Sandbox) -> None:
    sandbox.inject(
        403,
        b'{"result":"failed","code":403,"message":"Forbidden"}',
        content_type="application/json",
        path_contains="add_bulk",
        after=1,
    )

    async def scenario(client: AsyncDaftra) -> None:
        await client.invoices.bulk_create([invoice_body(1)] * 4, chunk_size=2, concurrency=1)

    with pytest.raises(BulkAbortedError) as raised:
        with_client(sandbox, scenario)
    assert [type(o) for o in raised.value.result] == [Created, Created, Rejected, Rejected]
