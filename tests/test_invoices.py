"""client.invoices: one page, every page, one record, create, update, delete."""

from __future__ import annotations

import pytest

from daftra_facade import Daftra, InvalidInputError, NotFoundError, ValidationError
from daftra_sandbox import Sandbox

from .conftest import invoice_body


def add_invoices(sandbox: Sandbox, count: int, client_id: int = 1) -> None:
    for number in range(count):
        sandbox.add_invoice(invoice_body(client_id, unit_price=float(number + 1)))


def test_iteration_returns_every_record_once_across_pages(
    sandbox: Sandbox, client: Daftra
) -> None:
    add_invoices(sandbox, 45)

    ids = [invoice.id for invoice in client.invoices.iter(limit=10)]

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


def test_iteration_stops_at_an_empty_page_when_counts_are_missing(
    sandbox: Sandbox, client: Daftra
) -> None:
    sandbox.inject(
        200,
        b'{"code":200,"result":"successful","data":[{"Invoice":{"id":5}}],'
        b'"pagination":{"page":1}}',
        content_type="application/json",
        path_contains="/invoices.json",
    )
    assert [invoice.id for invoice in client.invoices.iter()] == [5]


def test_a_page_carries_its_position_and_the_related_client(
    sandbox: Sandbox, client: Daftra
) -> None:
    add_invoices(sandbox, 25)

    page = client.invoices.list(page=2, limit=10)

    assert (page.page, page.page_count, page.total_results) == (2, 3, 25)
    assert len(page) == 10 and page.has_next
    assert page.rows[0].client.id == page.items[0].client_id
    last = client.invoices.list(page=3, limit=10)
    assert len(last) == 5 and not last.has_next


def test_documented_filters_are_sent_and_unknown_ones_refused(
    sandbox: Sandbox, client: Daftra
) -> None:
    add_invoices(sandbox, 3, client_id=1)
    add_invoices(sandbox, 2, client_id=2)

    assert {inv.client_id for inv in client.invoices.iter(client_id=2)} == {2}
    assert len(list(client.invoices.iter(client_id=2))) == 2
    with pytest.raises(InvalidInputError, match="silently ignore"):
        client.invoices.list(clientid=2)
    assert all("clientid" not in path for _, path, _ in sandbox.request_log)


def test_create_returns_the_new_id_and_get_reads_it_back(client: Daftra) -> None:
    body = invoice_body(1, quantity=3, unit_price=12.5)
    body["Payment"] = [{"payment_method": "cash", "amount": 10}]

    new_id = client.invoices.create(body)
    view = client.invoices.get(new_id)

    assert isinstance(new_id, int)
    assert view.invoice.id == new_id
    assert view.invoice.summary_total == 37.5
    assert view.invoice.summary_unpaid == 27.5
    assert [item.quantity for item in view.invoice_item] == [3]
    assert [payment.amount for payment in view.invoice_payment] == [10]


def test_create_accepts_generated_models(client: Daftra) -> None:
    from daftra_client.models import InvoiceAddRequest

    model = InvoiceAddRequest.from_dict(invoice_body(2))
    assert client.invoices.get(client.invoices.create(model)).invoice.client_id == 2


def test_create_refuses_a_body_missing_required_fields_before_sending(
    sandbox: Sandbox, client: Daftra
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        client.invoices.create({"Invoice": {"currency_code": "USD"}})
    assert "Invoice" in raised.value.field_errors
    assert "client_id" in str(raised.value)
    assert len(sandbox.request_log) == 0


def test_server_side_refusals_carry_the_field_errors(client: Daftra) -> None:
    with pytest.raises(ValidationError) as raised:
        client.invoices.create(invoice_body(client_id=424242))
    assert raised.value.status == 400
    assert "Invoice.client_id" in raised.value.field_errors


def test_update_changes_only_what_is_given(sandbox: Sandbox, client: Daftra) -> None:
    invoice_id = client.invoices.create(invoice_body(1, notes="first"))

    client.invoices.update(invoice_id, {"Invoice": {"notes": "second"}})

    invoice = client.invoices.get(invoice_id).invoice
    assert invoice.notes == "second" and invoice.client_id == 1


def test_delete_removes_the_record(client: Daftra) -> None:
    invoice_id = client.invoices.create(invoice_body(1))

    client.invoices.delete(invoice_id)

    with pytest.raises(NotFoundError, match="not found"):
        client.invoices.get(invoice_id)
    with pytest.raises(NotFoundError):
        client.invoices.delete(invoice_id)


@pytest.mark.parametrize("bad_id", [0, -3, "7", True])
def test_record_ids_are_checked(client: Daftra, bad_id: object) -> None:
    with pytest.raises(InvalidInputError, match="positive integer"):
        client.invoices.get(bad_id)  # type: ignore[arg-type]


def test_site_info(client: Daftra) -> None:
    site = client.site.get()
    assert site.subdomain and site.currency_code


def test_the_raw_generated_client_reaches_the_same_account(
    sandbox: Sandbox, client: Daftra
) -> None:
    from daftra_client.api.invoices import list_invoices
    from daftra_client.models import InvoiceListResponse

    add_invoices(sandbox, 2)

    answer = list_invoices.sync(client=client.raw, page=1, limit=5)

    assert isinstance(answer, InvoiceListResponse)
    assert len(answer.data) == 2
