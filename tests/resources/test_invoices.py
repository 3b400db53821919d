"""client.invoices: one page, every page, one record, create, update, delete; each
scenario with both clients (``run``), except the iterator's laziness, shown per client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from daftra_facade import AsyncDaftra, Daftra, InvalidInputError, NotFoundError, ValidationError
from daftra_facade.pagination import Later
from daftra_sandbox import Sandbox

from ..conftest import Scenario, every, invoice_body

Run = Callable[[Scenario], Any]


def add_invoices(sandbox: Sandbox, count: int, client_id: int = 1) -> None:
    for number in range(count):
        sandbox.add_invoice(invoice_body(client_id, unit_price=float(number + 1)))


def test_iteration_returns_every_record_once_across_pages(sandbox: Sandbox, run: Run) -> None:
    add_invoices(sandbox, 45)

    async def scenario(client: Any) -> list[int]:
        return [invoice.id for invoice in await every(client.invoices.iter(limit=10))]

    ids = run(scenario)

    assert len(ids) == 45 and len(set(ids)) == 45
    assert set(ids) == {invoice["id"] for invoice in sandbox.state.all("Invoice")}
    pages_read = [path for _, path, _ in sandbox.request_log if path == "/api2/invoices.json"]
    assert len(pages_read) == 5  # stops on page_count, without asking for an empty page 6


def test_iteration_is_lazy_and_reads_one_page_ahead(sandbox: Sandbox, client: Daftra) -> None:
    add_invoices(sandbox, 30)
    iterator = client.invoices.iter(limit=10)
    assert len(sandbox.request_log) == 0
    for _ in range(10):  # all of page 1, while page 2 is fetched meanwhile
        next(iterator)
    assert len(sandbox.request_log) <= 2
    next(iterator)  # page 2 is there; page 3 is being fetched
    assert len(sandbox.request_log) <= 3


def test_async_iteration_is_lazy_and_reads_one_page_ahead(sandbox: Sandbox) -> None:
    add_invoices(sandbox, 30)

    async def main() -> None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            records = client.invoices.iter(limit=10)
            assert len(sandbox.request_log) == 0
            for _ in range(10):
                await anext(records)
            assert len(sandbox.request_log) <= 2
            await anext(records)
            assert len(sandbox.request_log) <= 3

    asyncio.run(main())


def test_iteration_stops_at_an_empty_page_when_counts_are_missing(
    sandbox: Sandbox, run: Run
) -> None:
    sandbox.inject(
        200,
        b'{"code":200,"result":"successful","data":[{"Invoice":{"id":5}}],"pagination":{"page":1}}',
        content_type="application/json",
        path_contains="/invoices.json",
    )

    async def scenario(client: Any) -> None:
        assert [invoice.id for invoice in await every(client.invoices.iter())] == [5]

    run(scenario)


def test_a_page_carries_its_position_and_the_related_client(sandbox: Sandbox, run: Run) -> None:
    add_invoices(sandbox, 25)

    async def scenario(client: Any) -> None:
        page = await client.invoices.list(page=2, limit=10)
        assert (page.page, page.page_count, page.total_results) == (2, 3, 25)
        assert len(page) == 10 and page.has_next
        assert page.rows[0].client.id == page.items[0].client_id
        last = await client.invoices.list(page=3, limit=10)
        assert len(last) == 5 and not last.has_next

    run(scenario)


def test_related_records_are_built_only_when_a_page_s_rows_are_read(
    sandbox: Sandbox, run: Run
) -> None:
    add_invoices(sandbox, 3)

    async def scenario(client: Any) -> None:
        page = await client.invoices.list(limit=10)
        assert isinstance(page._rows, Later) and isinstance(page._raw, Later)  # not built yet
        assert [row.invoice for row in page.rows] == page.items  # the same models, not copies
        assert all(row.invoice is item for row, item in zip(page.rows, page.items, strict=True))
        assert [row.client.id for row in page.rows] == [item.client_id for item in page.items]
        assert [row.invoice for row in page.raw.data] == page.items

    run(scenario)


def test_documented_filters_are_sent_and_unknown_ones_refused(sandbox: Sandbox, run: Run) -> None:
    add_invoices(sandbox, 3, client_id=1)
    add_invoices(sandbox, 2, client_id=2)

    async def scenario(client: Any) -> None:
        found = await every(client.invoices.iter(client_id=2))
        assert [invoice.client_id for invoice in found] == [2, 2]
        with pytest.raises(InvalidInputError, match="silently ignore"):
            await client.invoices.list(clientid=2)

    run(scenario)
    assert all("clientid" not in path for _, path, _ in sandbox.request_log)


def test_create_returns_the_new_id_and_get_reads_it_back(run: Run) -> None:
    body = invoice_body(1, quantity=3, unit_price=12.5)
    body["Payment"] = [{"payment_method": "cash", "amount": 10}]

    async def scenario(client: Any) -> None:
        new_id = await client.invoices.create(body)
        view = await client.invoices.get(new_id)
        assert isinstance(new_id, int)
        assert view.invoice.id == new_id
        assert view.invoice.summary_total == 37.5
        assert view.invoice.summary_unpaid == 27.5
        assert [item.quantity for item in view.invoice_item] == [3]
        assert [payment.amount for payment in view.invoice_payment] == [10]

    run(scenario)


def test_create_accepts_generated_models(run: Run) -> None:
    from daftra_client.models import InvoiceAddRequest

    async def scenario(client: Any) -> None:
        new_id = await client.invoices.create(InvoiceAddRequest.from_dict(invoice_body(2)))
        assert (await client.invoices.get(new_id)).invoice.client_id == 2

    run(scenario)


def test_create_refuses_a_body_missing_required_fields_before_sending(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError) as raised:
            await client.invoices.create({"Invoice": {"currency_code": "USD"}})
        assert "Invoice" in raised.value.field_errors
        assert "client_id" in str(raised.value)

    run(scenario)
    assert len(sandbox.request_log) == 0


def test_server_side_refusals_carry_the_field_errors(run: Run) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ValidationError) as raised:
            await client.invoices.create(invoice_body(client_id=424242))
        assert raised.value.status == 400
        assert "Invoice.client_id" in raised.value.field_errors

    run(scenario)


def test_update_changes_only_what_is_given(run: Run) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(invoice_body(1, notes="first"))
        await client.invoices.update(invoice_id, {"Invoice": {"notes": "second"}})
        invoice = (await client.invoices.get(invoice_id)).invoice
        assert invoice.notes == "second" and invoice.client_id == 1

    run(scenario)


def test_a_v2_update_sends_only_the_changes_and_keeps_the_rest(run: Run) -> None:
    # The v2 edit schema requires every member of a whole record; the changes need not
    # name them: the record read back supplies the rest.
    async def scenario(client: Any) -> None:
        before = await client.departments.get(1)
        await client.departments.update(1, {"description": "Moved upstairs"})  # no name
        after = (await client.departments.get(1)).to_dict()
        assert after.pop("description") == "Moved upstairs"
        assert {k: v for k, v in after.items() if k != "modified"} == {
            k: v for k, v in before.to_dict().items() if k not in ("description", "modified")
        }

    run(scenario)


def test_an_update_still_names_a_wrong_value_in_the_changes(run: Run) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError, match=r"^departments\.update: invalid body.*status"):
            await client.departments.update(1, {"status": "perhaps"})

    run(scenario)


def test_delete_removes_the_record(run: Run) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(invoice_body(1))
        await client.invoices.delete(invoice_id)
        with pytest.raises(NotFoundError, match="not found"):
            await client.invoices.get(invoice_id)
        with pytest.raises(NotFoundError):
            await client.invoices.delete(invoice_id)

    run(scenario)


@pytest.mark.parametrize("bad_id", [0, -3, "7", True])
def test_record_ids_are_checked(run: Run, bad_id: object) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError, match="positive integer"):
            await client.invoices.get(bad_id)

    run(scenario)


def test_site_info(run: Run) -> None:
    async def scenario(client: Any) -> None:
        site = await client.site.get()
        assert site.subdomain and site.currency_code

    run(scenario)


def test_the_raw_generated_client_reaches_the_same_account(
    sandbox: Sandbox, client: Daftra
) -> None:
    from daftra_client.api.invoices import list_invoices
    from daftra_client.models import InvoiceListResponse

    add_invoices(sandbox, 2)

    answer = list_invoices.sync(client=client.raw, page=1, limit=5)

    assert isinstance(answer, InvoiceListResponse)
    assert len(answer.data) == 2
