"""What the v1 resources do to each other, through the facade against the sandbox:
payments settle invoices, stock moves with its transactions, bookings become invoices,
records with transactions cannot be deleted, and the irregular endpoints work."""

from __future__ import annotations

from decimal import Decimal

import pytest

from daftra_facade import Daftra, InvalidInputError, NotFoundError, ValidationError
from daftra_sandbox import Sandbox

from .conftest import invoice_body


def test_a_payment_against_an_invoice_updates_its_paid_amounts_and_status(
    client: Daftra,
) -> None:
    invoice_id = client.invoices.create(invoice_body(unit_price=100, quantity=1))
    payment = {"InvoicePayment": {"invoice_id": invoice_id, "payment_method": "cash",
                                  "amount": 40}}
    first = client.invoice_payments.create(payment)
    header = client.invoices.get(invoice_id).invoice
    assert (header.summary_paid, header.summary_unpaid, header.payment_status) == (40, 60, 1)

    client.invoice_payments.create({"InvoicePayment": {**payment["InvoicePayment"],
                                                       "amount": 60}})
    assert client.invoices.get(invoice_id).invoice.payment_status == 2

    client.invoice_payments.delete(first)
    header = client.invoices.get(invoice_id).invoice
    assert (header.summary_paid, header.payment_status) == (60, 1)


def test_a_payment_for_a_missing_invoice_is_refused_naming_the_field(client: Daftra) -> None:
    with pytest.raises(ValidationError) as refused:
        client.invoice_payments.create(
            {"InvoicePayment": {"invoice_id": 999, "payment_method": "cash", "amount": 5}}
        )
    assert "InvoicePayment.invoice_id" in refused.value.field_errors


def test_listing_invoice_payments_includes_client_credit_unless_told_otherwise(
    client: Daftra,
) -> None:
    invoice_id = client.invoices.create(invoice_body(unit_price=100))
    for method in ("cash", "client_credit"):
        client.invoice_payments.create({"InvoicePayment": {
            "invoice_id": invoice_id, "payment_method": method, "amount": 10}})
    methods = sorted(p.payment_method for p in client.invoice_payments.iter())
    assert methods == ["cash", "client_credit"]
    hidden = client.invoice_payments.list(include_client_credit=0)
    assert [p.payment_method for p in hidden.items] == ["cash"]


def test_stock_transactions_move_the_products_stock_and_back(
    client: Daftra, sandbox: Sandbox
) -> None:
    def balance() -> float:
        return float(sandbox.state.get("Product", 1)["stock_balance"])  # type: ignore[index]

    incoming = client.stock_transactions.create({"StockTransaction": {
        "product_id": 1, "store_id": 1, "transaction_type": 1, "quantity": 12}})
    assert balance() == 12
    client.stock_transactions.create({"StockTransaction": {
        "product_id": 1, "store_id": 1, "transaction_type": 2, "quantity": 5}})
    assert balance() == 7
    client.stock_transactions.delete(incoming)
    assert balance() == -5


def test_a_client_with_invoices_cannot_be_deleted(client: Daftra) -> None:
    client.invoices.create(invoice_body(client_id=2))
    with pytest.raises(ValidationError, match="Remove its transactions first"):
        client.clients.delete(2)
    assert client.clients.get(2).client.id == 2


def test_each_sales_document_kind_keeps_to_its_own_resource(client: Daftra) -> None:
    estimate_id = client.estimates.create({"Estimate": {"client_id": 1},
                                           "InvoiceItem": [{"item": "Plan", "unit_price": 5}]})
    assert client.estimates.get(estimate_id).estimate.summary_total == 5
    with pytest.raises(NotFoundError):
        client.invoices.get(estimate_id)  # Daftra serves only invoices there
    assert estimate_id not in [invoice.id for invoice in client.invoices.iter()]


def test_a_booking_moves_through_statuses_and_becomes_an_invoice(client: Daftra) -> None:
    booking_id = client.bookings.create({
        "Invoice": {"staff_id": 1, "client_id": 1, "branch_id": 1, "date": "30/06/2026",
                    "start_time": "16:00", "end_time": "16:30", "description": "First visit",
                    "converted": 0},
        "InvoiceItem": [{"product_id": 3}],
    })
    client.bookings.change_status(booking_id, 1)
    invoice_id = client.bookings.convert_to_invoice(booking_id)
    invoice = client.invoices.get(invoice_id)
    assert invoice.invoice.client_id == 1
    assert [item.item for item in invoice.invoice_item] == ["Service hour"]
    with pytest.raises(ValidationError):
        client.bookings.convert_to_invoice(booking_id)  # only once
    client.bookings.delete(booking_id)


def test_notes_are_attached_to_the_record_named(client: Daftra) -> None:
    note_id = client.notes.add_to("client", 1, {"Note": {"body": "Called back"}})
    assert client.notes.get(note_id).note.id == note_id
    with pytest.raises(InvalidInputError):
        client.notes.add_to("../invoices", 1, {"Note": {"body": "x"}})


def test_the_general_listing_maps_ids_to_titles(client: Daftra) -> None:
    branches = client.general_listing.get("Branch")
    assert branches == {"1": "Main branch"}
    with pytest.raises(NotFoundError):
        client.general_listing.get("NoSuchList")


def test_an_advance_payment_is_an_invoice_of_type_19(client: Daftra) -> None:
    payment_id = client.advance_payments.create(
        {"Invoice": {"client_id": 1, "type": 19},
         "InvoiceItem": [{"item": "Advance", "unit_price": 50}]}
    )
    listed = client.invoices.list(type=19)
    assert [invoice.id for invoice in listed.items] == [payment_id]


def test_write_operations_take_generated_models_as_well_as_dicts(client: Daftra) -> None:
    from daftra_client.models import Client, ClientAddRequest, TaxAddRequest, TaxInput

    client_id = client.clients.create(
        ClientAddRequest(client=Client(business_name="Model Co", email="m@co.example"))
    )
    assert client.clients.get(client_id).client.business_name == "Model Co"
    tax_id = client.taxes.create(TaxAddRequest(tax=TaxInput(name="VAT", value=14)))
    assert client.taxes.get(tax_id).tax.value == 14


def test_payments_sent_back_with_numeric_strings_read_as_numbers(
    client: Daftra, sandbox: Sandbox
) -> None:
    invoice_id = client.invoices.create(invoice_body(unit_price=100))
    payment_id = client.invoice_payments.create({"InvoicePayment": {
        "invoice_id": invoice_id, "payment_method": "cash", "amount": 10}})
    sandbox.state.live("InvoicePayment", payment_id).update(status="1", amount="10.00")  # type: ignore[union-attr]
    (payment,) = [p for p in client.invoice_payments.iter() if p.id == payment_id]
    assert (payment.status, payment.amount) == (1, Decimal("10.00"))
