"""What the v1 resources do to each other, through each client against the sandbox:
payments settle invoices, stock moves with its transactions, bookings become invoices,
records with transactions cannot be deleted, and the irregular endpoints work."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from daftra_facade import InvalidInputError, NotFoundError, ValidationError
from daftra_sandbox import Sandbox

from ..conftest import Scenario, every, invoice_body

Run = Callable[[Scenario], Any]


def test_a_payment_against_an_invoice_updates_its_paid_amounts_and_status(
    run: Run,
) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(invoice_body(unit_price=100, quantity=1))
        payment = {
            "InvoicePayment": {"invoice_id": invoice_id, "payment_method": "cash", "amount": 40}
        }
        first = await client.invoice_payments.create(payment)
        header = (await client.invoices.get(invoice_id)).invoice
        assert (header.summary_paid, header.summary_unpaid, header.payment_status) == (40, 60, 1)

        await client.invoice_payments.create(
            {"InvoicePayment": {**payment["InvoicePayment"], "amount": 60}}
        )
        assert (await client.invoices.get(invoice_id)).invoice.payment_status == 2

        await client.invoice_payments.delete(first)
        header = (await client.invoices.get(invoice_id)).invoice
        assert (header.summary_paid, header.payment_status) == (60, 1)

    run(scenario)


def test_a_payment_for_a_missing_invoice_is_refused_naming_the_field(run: Run) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ValidationError) as refused:
            await client.invoice_payments.create(
                {"InvoicePayment": {"invoice_id": 999, "payment_method": "cash", "amount": 5}}
            )
        assert "InvoicePayment.invoice_id" in refused.value.field_errors

    run(scenario)


def test_listing_invoice_payments_includes_client_credit_unless_told_otherwise(
    run: Run,
) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(invoice_body(unit_price=100))
        for method in ("cash", "client_credit"):
            await client.invoice_payments.create(
                {
                    "InvoicePayment": {
                        "invoice_id": invoice_id,
                        "payment_method": method,
                        "amount": 10,
                    }
                }
            )
        methods = sorted(p.payment_method for p in await every(client.invoice_payments.iter()))
        assert methods == ["cash", "client_credit"]
        hidden = await client.invoice_payments.list(include_client_credit=0)
        assert [p.payment_method for p in hidden.items] == ["cash"]

    run(scenario)


def test_stock_transactions_move_the_products_stock_and_back(run: Run, sandbox: Sandbox) -> None:
    async def scenario(client: Any) -> None:
        def balance() -> float:
            return float(sandbox.state.get("Product", 1)["stock_balance"])  # type: ignore[index]

        incoming = await client.stock_transactions.create(
            {
                "StockTransaction": {
                    "product_id": 1,
                    "store_id": 1,
                    "transaction_type": 1,
                    "quantity": 12,
                }
            }
        )
        assert balance() == 12
        await client.stock_transactions.create(
            {
                "StockTransaction": {
                    "product_id": 1,
                    "store_id": 1,
                    "transaction_type": 2,
                    "quantity": 5,
                }
            }
        )
        assert balance() == 7
        await client.stock_transactions.delete(incoming)
        assert balance() == -5

    run(scenario)


def test_a_client_with_invoices_cannot_be_deleted(run: Run) -> None:
    async def scenario(client: Any) -> None:
        await client.invoices.create(invoice_body(client_id=2))
        with pytest.raises(ValidationError, match="Remove its transactions first"):
            await client.clients.delete(2)
        assert (await client.clients.get(2)).client.id == 2

    run(scenario)


def test_each_sales_document_kind_keeps_to_its_own_resource(run: Run) -> None:
    async def scenario(client: Any) -> None:
        estimate_id = await client.estimates.create(
            {"Estimate": {"client_id": 1}, "InvoiceItem": [{"item": "Plan", "unit_price": 5}]}
        )
        assert (await client.estimates.get(estimate_id)).estimate.summary_total == 5
        with pytest.raises(NotFoundError):
            await client.invoices.get(estimate_id)  # Daftra serves only invoices there
        assert estimate_id not in [invoice.id for invoice in await every(client.invoices.iter())]

    run(scenario)


def test_a_booking_moves_through_statuses_and_becomes_an_invoice(run: Run) -> None:
    async def scenario(client: Any) -> None:
        booking_id = await client.bookings.create(
            {
                "Invoice": {
                    "staff_id": 1,
                    "client_id": 1,
                    "branch_id": 1,
                    "date": "30/06/2026",
                    "start_time": "16:00",
                    "end_time": "16:30",
                    "description": "First visit",
                    "converted": 0,
                },
                "InvoiceItem": [{"product_id": 3}],
            }
        )
        await client.bookings.change_status(booking_id, 1)
        invoice_id = await client.bookings.convert_to_invoice(booking_id)
        invoice = await client.invoices.get(invoice_id)
        assert invoice.invoice.client_id == 1
        assert [item.item for item in invoice.invoice_item] == ["Service hour"]
        with pytest.raises(ValidationError):
            await client.bookings.convert_to_invoice(booking_id)  # only once
        await client.bookings.delete(booking_id)

    run(scenario)


def test_notes_are_attached_to_the_record_named(run: Run) -> None:
    async def scenario(client: Any) -> None:
        note_id = await client.notes.add_to("client", 1, {"Note": {"body": "Called back"}})
        assert (await client.notes.get(note_id)).note.id == note_id
        with pytest.raises(InvalidInputError):
            await client.notes.add_to("../invoices", 1, {"Note": {"body": "x"}})

    run(scenario)


def test_the_general_listing_maps_ids_to_titles(run: Run) -> None:
    async def scenario(client: Any) -> None:
        branches = await client.general_listing.get("Branch")
        assert branches == {"1": "Main branch"}
        with pytest.raises(NotFoundError):
            await client.general_listing.get("NoSuchList")

    run(scenario)


def test_an_advance_payment_is_an_invoice_of_type_19(run: Run) -> None:
    async def scenario(client: Any) -> None:
        payment_id = await client.advance_payments.create(
            {
                "Invoice": {"client_id": 1, "type": 19},
                "InvoiceItem": [{"item": "Advance", "unit_price": 50}],
            }
        )
        listed = await client.invoices.list(type=19)
        assert [invoice.id for invoice in listed.items] == [payment_id]

    run(scenario)


def test_write_operations_take_generated_models_as_well_as_dicts(run: Run) -> None:
    async def scenario(client: Any) -> None:
        from daftra_client.models import Client, ClientAddRequest, TaxAddRequest, TaxInput

        client_id = await client.clients.create(
            ClientAddRequest(client=Client(business_name="Model Co", email="m@co.example"))
        )
        assert (await client.clients.get(client_id)).client.business_name == "Model Co"
        tax_id = await client.taxes.create(TaxAddRequest(tax=TaxInput(name="VAT", value=14)))
        assert (await client.taxes.get(tax_id)).tax.value == 14

    run(scenario)


def test_payments_sent_back_with_numeric_strings_read_as_numbers(
    run: Run, sandbox: Sandbox
) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(invoice_body(unit_price=100))
        payment_id = await client.invoice_payments.create(
            {"InvoicePayment": {"invoice_id": invoice_id, "payment_method": "cash", "amount": 10}}
        )
        sandbox.state.live("InvoicePayment", payment_id).update(status="1", amount="10.00")  # type: ignore[union-attr]
        (payment,) = [p for p in await every(client.invoice_payments.iter()) if p.id == payment_id]
        assert (payment.status, payment.amount) == (1, Decimal("10.00"))

    run(scenario)
