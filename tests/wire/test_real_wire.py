"""The client reads, writes and settles what the live Daftra sends, over real HTTP.

The sandbox answers in the live dialect here (its default): every v1 scalar as text,
missing values as ``null``, ``""``, ``"None"`` or zero dates, ``[]`` for empty objects,
all-null related records, extra columns, edits that replace the record. Each scenario
runs against both clients: ``Daftra`` and ``AsyncDaftra``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from daftra_client.models import InvoiceCustomField
from daftra_client.types import Unset

from daftra_facade import (
    AsyncDaftra,
    Created,
    Daftra,
    InvalidInputError,
    NotCreatedError,
    Rejected,
    UndecodableRecordError,
    UnparseableResponseError,
    UnsafeEditError,
    ValidationError,
)
from daftra_facade.cli import main
from daftra_facade.wire.validation import UnlistedValueWarning
from daftra_sandbox import Sandbox
from daftra_sandbox.routing import Answer, Request

from ..conftest import Scenario, every, invoice_body


class RecordingSandbox(Sandbox):
    """A sandbox that keeps the JSON body of every request it was sent."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.bodies: list[tuple[str, str, Any]] = []

    def handle(self, request: Request) -> Answer:
        if request.body:
            self.bodies.append((request.method, request.path, json.loads(request.body)))
        return super().handle(request)

    def sent(self, method: str) -> list[Any]:
        """The bodies of the requests with ``method`` that reached the handlers."""
        return [body for seen, _, body in self.bodies if seen == method]

    def posts(self) -> list[str]:
        """The path of every POST received, canned answers included."""
        return [path for method, path, _ in self.request_log if method == "POST"]


@pytest.fixture
def sandbox() -> Iterator[RecordingSandbox]:
    with RecordingSandbox() as running:
        yield running


# Reading.
def test_ids_are_ints_and_amounts_decimals_on_every_read(
    run: Callable[[Scenario], Any], sandbox: Sandbox
) -> None:
    for number in range(7):
        sandbox.add_invoice(invoice_body(1, quantity=number + 1, unit_price=2.5))

    async def scenario(client: Any) -> None:
        invoices = await every(client.invoices.iter(limit=3))
        assert len(invoices) == 7
        assert all(type(invoice.id) is int for invoice in invoices)
        assert sum(invoice.summary_total for invoice in invoices) == Decimal("70.00")
        assert all(type(invoice.summary_total) is Decimal for invoice in invoices)
        view = await client.invoices.get(invoices[0].id)  # the id read is accepted
        assert view.invoice.id == invoices[0].id
        assert [type(item.unit_price) for item in view.invoice_item] == [Decimal]
        client_record = await client.clients.get(1)
        assert type(client_record.client.id) is int

    run(scenario)


def test_empty_values_and_zero_dates_read_as_missing(sandbox: Sandbox) -> None:
    for number in range(12):  # the dialect spreads null, "", "None" and zero dates over rows
        sandbox.add_invoice(invoice_body(1 + number % 2, unit_price=1.0))
    invoice = sandbox.state.live("Invoice", 3)
    assert invoice is not None
    invoice.update(date=None, client_id=99)  # a zero date; a client that does not exist

    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        invoices = list(client.invoices.iter(limit=5))
        rows = [row for page in client.invoices.pages(limit=5) for row in page.rows]
        view = client.invoices.get(3)

    assert len(invoices) == 12
    for record in invoices:  # text fields keep "", but never a zero date or "None"
        assert record.issue_date not in ("0000-00-00", "0000-00-00 00:00:00")
        assert "None" not in (record.terminal_id, record.unique_id)
    assert isinstance(invoices[2].date, Unset)  # a zero date where the spec allows no null
    missing_client = next(row for row in rows if row.invoice.id == 3)
    assert not missing_client.client  # the all-null related record counts as missing
    assert isinstance(view.invoice_custom_field, InvoiceCustomField)  # sent as []


def test_an_unreadable_row_is_reported_and_the_rows_around_it_are_kept(
    sandbox: Sandbox,
) -> None:
    for _ in range(5):
        sandbox.add_invoice(invoice_body(1))
    broken = sandbox.state.live("Invoice", 2)
    assert broken is not None
    broken["date"] = "31/02/2026"  # no such day, in any format

    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        records = client.invoices.iter(limit=2)
        read = [next(records)]
        with pytest.raises(UndecodableRecordError) as caught:
            read.append(next(records))
        read.extend(records)  # the iterator goes on after the bad row
        skipped: list[UndecodableRecordError] = []
        again = list(client.invoices.iter(limit=2, on_undecodable=skipped.append))
        with pytest.raises(UndecodableRecordError):
            client.invoices.list(page=1, limit=2)
        page = client.invoices.list(page=1, limit=2, on_undecodable=skipped.append)

    error = caught.value
    assert (error.page, error.row, error.field) == (1, 1, "Invoice.date")
    assert error.raw["Invoice"]["date"] == "31/02/2026" and "31/02/2026" in str(error)
    assert [invoice.id for invoice in read] == [1, 3, 4, 5]
    assert [invoice.id for invoice in again] == [1, 3, 4, 5]
    assert [invoice.id for invoice in page.items] == [1] and len(skipped) == 2


def test_an_unreadable_row_is_reported_by_the_async_client_too(sandbox: Sandbox) -> None:
    for _ in range(3):
        sandbox.add_invoice(invoice_body(1))
    broken = sandbox.state.live("Invoice", 1)
    assert broken is not None
    broken["date"] = "not a date"

    async def scenario() -> tuple[list[int], list[int], UndecodableRecordError]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            records = client.invoices.iter(limit=2)
            first = await records.__anext__()  # the readable rows of a page come first
            with pytest.raises(UndecodableRecordError) as caught:
                await records.__anext__()
            resumed = [first.id] + [invoice.id async for invoice in records]
            skipped: list[UndecodableRecordError] = []
            handled = [
                invoice.id
                async for invoice in client.invoices.iter(limit=2, on_undecodable=skipped.append)
            ]
            pages = [
                page async for page in client.invoices.pages(limit=2, on_undecodable=skipped.append)
            ]
            assert sum(len(page) for page in pages) == 2
            return resumed, handled, caught.value

    resumed, handled, error = asyncio.run(scenario())
    assert resumed == [2, 3] and handled == [2, 3]
    assert (error.page, error.row, error.field) == (1, 0, "Invoice.date")


def test_dates_in_other_formats_are_read(sandbox: Sandbox) -> None:
    sandbox.add_invoice(invoice_body(1))
    sandbox.add_invoice(invoice_body(1))
    for record_id, written in ((1, "17/06/2026"), (2, "2026-06-17 10:30:00")):
        invoice = sandbox.state.live("Invoice", record_id)
        assert invoice is not None
        invoice["date"] = written
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        assert [i.date for i in client.invoices.iter()] == [dt.date(2026, 6, 17)] * 2


# Refusals inside 2xx answers.
@pytest.mark.parametrize("status", [200, 202])
def test_a_refused_edit_or_delete_raises_with_the_servers_message(
    run: Callable[[Scenario], Any], sandbox: Sandbox, status: int
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.refuse_in_body(
            "editClient",
            status=status,
            message="Cannot edit",
            validation_errors={"Client.email": "Email already used"},
        )
        with pytest.raises(ValidationError) as refused:
            await client.clients.update(1, {"Client": {"email": "x@example.com"}})
        assert refused.value.message.startswith("400 from PUT")
        assert "Cannot edit" in refused.value.message
        assert refused.value.field_errors == {"Client.email": ("Email already used",)}
        sandbox.refuse_in_body("deleteClient", status=status, message="Has invoices")
        with pytest.raises(ValidationError, match="Has invoices"):
            await client.clients.delete(1)
        sandbox.refuse_in_body("getClient", status=status, message="No access")
        with pytest.raises(ValidationError, match="No access"):
            await client.clients.get(1)

    run(scenario)
    assert sandbox.state.live("Client", 1) is not None


def test_a_create_refused_inside_a_success_is_sent_once(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.refuse_in_body("addInvoice", status=202, message="فشل في حفظ الفاتورة")
        with pytest.raises(ValidationError, match="فشل في حفظ الفاتورة"):
            await client.invoices.create(invoice_body(1))

    run(scenario)
    assert len(sandbox.posts()) == 1 and sandbox.state.count("Invoice") == 0


def test_a_create_answered_successful_without_an_id_is_settled_not_resent(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.accept_without_saving("addInvoice")
        with pytest.raises(NotCreatedError, match="no record carries reference"):
            await client.invoices.create(invoice_body(1))

    run(scenario)
    assert sandbox.posts() == ["/api2/invoices.json"]  # never sent again
    assert sandbox.state.count("Invoice") == 0


def test_a_bulk_chunk_refused_as_a_whole_rejects_each_element_once(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> Any:
        sandbox.refuse_in_body("addInvoicesBulk", status=202, message="Invalid data")
        return await client.invoices.bulk_create([invoice_body(1), invoice_body(2)])

    result = run(scenario)
    assert [type(o) for o in result] == [Rejected, Rejected]
    assert all(
        o.message.endswith("Invalid data [answered 202 with the refusal in its body]")
        for o in result
    )
    assert len(sandbox.posts()) == 1 and sandbox.state.count("Invoice") == 0


def test_a_bulk_element_answered_successful_without_an_id_is_not_resent(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> Any:
        sandbox.inject(
            202,
            json.dumps(
                [
                    {"result": "successful", "code": 202, "id": None},
                    {"result": "successful", "code": 202, "id": "7", "no": "000007"},
                ]
            ).encode(),
            operation="addInvoicesBulk",
        )
        return await client.invoices.bulk_create([invoice_body(1), invoice_body(2)])

    result = run(scenario)
    assert isinstance(result[0], Rejected) and "nothing was stored" in result[0].message
    assert isinstance(result[1], Created) and result[1].id == 7
    assert len(sandbox.posts()) == 1


DOCUMENTS = [
    ("invoices", "Invoice", "InvoiceItem", "Client"),
    ("estimates", "Estimate", "InvoiceItem", "Client"),
    ("credit_notes", "CreditNote", "InvoiceItem", "Client"),
    ("refund_receipts", "RefundReceipt", "InvoiceItem", "Client"),
    ("purchase_invoices", "PurchaseOrder", "PurchaseOrderItem", "Supplier"),
    ("purchase_refunds", "PurchaseRefund", "PurchaseOrderItem", "Supplier"),
]


@pytest.mark.parametrize(("resource", "header", "items", "party"), DOCUMENTS)
def test_a_document_nested_as_live_reads_as_the_documented_one(
    run: Callable[[Scenario], Any], resource: str, header: str, items: str, party: str
) -> None:
    """The live sandbox nests party, lines, payments and taxes inside the header, dates
    as dd/mm/yyyy; every document type reads with them beside it, as documented."""

    async def scenario(client: Any) -> None:
        party_id = 1
        if party == "Supplier":
            party_id = await client.suppliers.create({"Supplier": {"business_name": "S Ltd"}})
        document_id = await getattr(client, resource).create(
            {
                header: {f"{party.lower()}_id": party_id, "date": "2026-09-25"},
                items: [
                    {"item": "Paper", "unit_price": 35000, "quantity": 1, "product_id": 1},
                    {"item": "Ink", "unit_price": Decimal("2.5"), "quantity": 2},
                ],
            }
        )
        view = (await getattr(client, resource).get(document_id)).to_dict()
        assert view[header]["id"] == document_id and items not in view[header]
        assert str(view[header]["date"]) == "2026-09-25"
        assert [(line["item"], line["subtotal"]) for line in view[items]] == [
            ("Paper", Decimal("35000")),
            ("Ink", Decimal("5")),
        ]
        assert view[items][0]["Product"]["name"]  # the nested product, kept as sent
        assert view[party]["id"] == party_id

    run(scenario)


TAX_NAME = "1-\u0627\u0644\u0642\u064a\u0645\u0629 \u0627\u0644\u0645\u0636\u0627\u0641\u0629"


def seed_open_values(sandbox: Sandbox) -> None:
    """Journal entries and accounts carrying values the documentation does not list,
    as 122 live journal rows do (subkeys, entity types)."""
    state = sandbox.state
    for entity_type in ("other_expenses", "pos_shift_account", "", None):  # None: null
        state.insert(
            "JournalAccount",
            {
                "id": None,
                "name": f"Account {entity_type!r}",
                "type": "0",
                "code": "4100",
                "entity_type": entity_type,
                "entity_id": "0",
                "created": "2026-01-01 00:00:00",
                "modified": "2026-01-01 00:00:00",
            },
        )
    for entity_type, subkeys in (
        ("", ["sales", TAX_NAME]),
        ("pos_shift_validate", ["cashier", None]),
        ("invoice", ["client", ""]),
    ):
        state.insert(
            "Journal",
            {
                "id": None,
                "entity_type": entity_type,
                "entity_id": "0",
                "total_debit": 5,
                "total_credit": 5,
                "currency_code": "EGP",
                "description": "seeded",
                "created": "2026-01-01 00:00:00",
                "modified": "2026-01-01 00:00:00",
                "JournalTransaction": [
                    {
                        "id": n + 1,
                        "journal_account_id": 1,
                        "debit": 5 * (1 - n),
                        "credit": 5 * n,
                        "subkey": subkey,
                    }
                    for n, subkey in enumerate(subkeys)
                ],
            },
        )


def test_journals_and_accounts_with_unlisted_values_read_as_sent(
    run: Callable[[Scenario], Any], sandbox: Sandbox
) -> None:
    """An open value set never fails a record or a page: a value the spec does not list
    comes back as the text that was sent; a listed one as its enum member."""
    from daftra_client.models import JournalAccountEntityType, JournalEntityType

    seed_open_values(sandbox)

    async def scenario(client: Any) -> None:
        accounts = await every(client.journal_accounts.iter(limit=2))
        types = {a.name: a.entity_type for a in accounts}
        assert types["Account 'other_expenses'"] is JournalAccountEntityType.OTHER_EXPENSES
        assert types["Account 'pos_shift_account'"] == "pos_shift_account"
        assert type(types["Account 'pos_shift_account'"]) is str
        assert types["Account ''"] == ""
        assert types["Account None"] in ("", None)  # null comes as null or ""
        page = await client.journals.list(limit=10)
        assert page.undecodable == [] and len(page.rows) == 3
        entries = [(await client.journals.get(row.journal.id)).journal for row in page.rows]
        assert [entry.entity_type for entry in entries] == [
            "",
            JournalEntityType.POS_SHIFT_VALIDATE,
            JournalEntityType.INVOICE,
        ]
        subkeys = [[line.subkey for line in entry.journal_transaction] for entry in entries]
        assert subkeys[0] == ["sales", TAX_NAME]  # kept as sent, typed str
        assert subkeys[1][0] == "cashier" and subkeys[1][1] in (None, "")
        assert subkeys[2] == [JournalAccountEntityType.CLIENT, ""]

    run(scenario)


def test_a_write_with_an_unlisted_value_is_sent_with_a_warning(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.warns(UnlistedValueWarning, match="JournalAccount.entity_type"):
            account_id = await client.journal_accounts.create(
                {
                    "JournalAccount": {
                        "name": "Shift float",
                        "type": "0",
                        "entity_type": "pos_shift_float",
                    }
                }
            )
        account = (await client.journal_accounts.get(account_id)).journal_account
        assert account.entity_type == "pos_shift_float"
        with pytest.raises(InvalidInputError, match="entity_typ"):  # a field typo: refused
            await client.journal_accounts.create(
                {"JournalAccount": {"name": "Typo", "type": "0", "entity_typ": "sales"}}
            )

    run(scenario)
    assert [body["JournalAccount"]["name"] for body in sandbox.sent("POST")] == ["Shift float"]


# Edits.
def test_a_notes_only_update_of_a_live_nested_invoice_keeps_its_lines(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> None:
        body = invoice_body(1, quantity=2, unit_price=12.5)
        body["InvoiceItem"].append({"item": "Gadget", "unit_price": 4, "quantity": 1})
        invoice_id = await client.invoices.create(body)
        await client.invoices.update(invoice_id, {"Invoice": {"notes": "only the notes"}})
        view = await client.invoices.get(invoice_id)
        assert view.invoice.notes == "only the notes"
        assert [(i.item, i.quantity) for i in view.invoice_item] == [
            ("Widget", Decimal("2")),
            ("Gadget", Decimal("1")),
        ]
        assert view.invoice.summary_total == Decimal("29")

    run(scenario)
    (edit,) = sandbox.sent("PUT")
    assert [line["item"] for line in edit["InvoiceItem"]] == ["Widget", "Gadget"]
    assert all("Product" not in line and "id" not in line for line in edit["InvoiceItem"])
    assert "InvoiceItem" not in edit["Invoice"] and "Client" not in edit["Invoice"]


def test_an_update_moves_lines_read_inside_the_header_beside_it(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    """A requisition's read nests its lines in ``Requisition``; its edit takes them
    beside: a notes-only edit sends them there, and the lines survive the edit."""

    async def scenario(client: Any) -> None:
        requisition_id = await client.requisitions.create(
            {
                "Requisition": {"type": 1, "store_id": 1, "date": "2026-01-01 10:00"},
                "RequisitionItem": [{"product_id": 1, "quantity": 2, "unit_price": 3}],
            }
        )
        await client.requisitions.update(requisition_id, {"Requisition": {"notes": "b"}})
        read = (await client.requisitions.get(requisition_id)).requisition
        assert read.notes == "b"
        assert [(line.product_id, line.quantity) for line in read.requisition_item] == [
            (1, Decimal("2"))
        ]

    run(scenario)
    (edit,) = sandbox.sent("PUT")
    assert "RequisitionItem" not in edit["Requisition"] and len(edit["RequisitionItem"]) == 1


class LinelessSandbox(RecordingSandbox):
    """A live sandbox whose single invoices come without their lines: none at all
    (``lines=None``), or an empty list while the header's totals say otherwise."""

    def __init__(self, lines: list[Any] | None) -> None:
        super().__init__()
        self.lines = lines

    def handle(self, request: Request) -> Answer:
        answer = super().handle(request)
        data = answer.body.get("data") if isinstance(answer.body, dict) else None
        if request.method == "GET" and isinstance(data, dict) and "Invoice" in data:
            data["Invoice"].pop("InvoiceItem", None)
            data.pop("InvoiceItem", None)
            if self.lines is not None:
                data["Invoice"]["InvoiceItem"] = self.lines
        return answer


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (None, "holds no InvoiceItem;"),
        ([], "holds no InvoiceItem, yet its summary_subtotal is 10"),
    ],
)
def test_an_update_refuses_when_the_read_holds_no_lines(
    run: Callable[[Scenario], Any], lines: list[Any] | None, why: str
) -> None:
    with LinelessSandbox(lines) as lineless:
        invoice_id = lineless.add_invoice(invoice_body(1))["id"]

        async def scenario(client: Any) -> None:
            with pytest.raises(UnsafeEditError, match=why):
                await client.invoices.update(invoice_id, {"Invoice": {"notes": "x"}})
            # Caught as before by code written for the error it was.
            with pytest.raises(UnparseableResponseError, match=why):
                await client.invoices.update(invoice_id, {"Invoice": {"notes": "x"}})
            # Lines given with the changes: nothing is left to guess.
            await client.invoices.update(
                invoice_id,
                {
                    "Invoice": {"notes": "y"},
                    "InvoiceItem": [{"item": "Kept", "unit_price": 1, "quantity": 1}],
                },
            )

        run(scenario, base_url=lineless.base_url, api_key=lineless.api_key)
        edits = lineless.sent("PUT")
        assert [edit["Invoice"]["notes"] for edit in edits] == ["y"]  # the refused one: unsent
        assert lineless.state.rows("InvoiceItem")[-1]["item"] == "Kept"


def test_a_flat_v2_record_missing_an_optional_list_is_still_edited(
    run: Callable[[Scenario], Any],
) -> None:
    """Only records of models are held to their related lists: a v2 department read
    without ``managers`` is edited as before."""

    async def scenario(client: Any) -> None:
        department_id = await client.departments.create({"name": "Audit", "active": 1})
        await client.departments.update(department_id, {"name": "Internal audit"})
        assert (await client.departments.get(department_id)).name == "Internal audit"

    run(scenario)


class TwiceToldSandbox(RecordingSandbox):
    """A live sandbox whose single invoices also carry a stale copy of their lines
    beside the header (nothing), as a list row would."""

    def handle(self, request: Request) -> Answer:
        answer = super().handle(request)
        data = answer.body.get("data") if isinstance(answer.body, dict) else None
        if request.method == "GET" and isinstance(data, dict) and "Invoice" in data:
            data["InvoiceItem"] = []
        return answer


def test_an_update_refuses_when_the_read_tells_the_lines_two_ways(
    run: Callable[[Scenario], Any],
) -> None:
    with TwiceToldSandbox() as twice:
        invoice_id = twice.add_invoice(invoice_body(1))["id"]

        async def scenario(client: Any) -> None:
            view = await client.invoices.get(invoice_id)
            assert [line.item for line in view.invoice_item] == ["Widget"]  # nested wins
            with pytest.raises(UnsafeEditError, match="InvoiceItem twice"):
                await client.invoices.update(invoice_id, {"Invoice": {"notes": "x"}})

        run(scenario, base_url=twice.base_url, api_key=twice.api_key)
        assert twice.sent("PUT") == []


def test_an_edit_keeps_every_field_it_does_not_change(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> None:
        invoice_id = await client.invoices.create(
            invoice_body(1, notes="first", date="2026-05-02", po_number="PO-9")
        )
        await client.invoices.update(invoice_id, {"Invoice": {"notes": "second"}})
        view = await client.invoices.get(invoice_id)
        assert view.invoice.notes == "second"
        assert (view.invoice.client_id, str(view.invoice.date)) == (1, "2026-05-02")
        assert view.invoice.po_number == "PO-9"
        assert [item.item for item in view.invoice_item] == ["Widget"]
        await client.invoices.update(
            invoice_id,
            {"InvoiceItem": [{"item": "Gadget", "unit_price": Decimal("3.10"), "quantity": 2}]},
        )
        view = await client.invoices.get(invoice_id)
        assert [(i.item, i.unit_price) for i in view.invoice_item] == [("Gadget", Decimal("3.1"))]
        assert view.invoice.notes == "second"

        payment_id = await client.invoice_payments.create(
            {
                "InvoicePayment": {
                    "invoice_id": invoice_id,
                    "payment_method": "cash",
                    "amount": 1,
                    "date": "2026-05-03 10:00:00",
                }
            }
        )
        await client.invoice_payments.update(payment_id, {"InvoicePayment": {"amount": 2}})
        payment = (await client.invoice_payments.get(payment_id)).invoice_payment
        assert (payment.amount, payment.date) == (Decimal("2"), "2026-05-03 10:00:00")
        assert payment.invoice_id == invoice_id

    run(scenario)
    edits = sandbox.sent("PUT")
    assert all("summary_total" not in body.get("Invoice", {}) for body in edits)
    assert all(
        "created" not in member
        for body in edits
        for member in body.values()
        if isinstance(member, dict)
    )
    assert all("site_id" not in body.get("Invoice", {}) for body in edits)


def test_replace_sends_the_body_as_it_is(run: Callable[[Scenario], Any], sandbox: Sandbox) -> None:
    async def scenario(client: Any) -> None:
        await client.clients.update(1, {"Client": {"first_name": "Ann"}})
        record = (await client.clients.get(1)).client
        assert (record.first_name, record.email) == ("Ann", "first@client.example")
        await client.clients.replace(1, {"Client": {"business_name": "Renamed", "type": 3}})
        record = (await client.clients.get(1)).client
        assert record.business_name == "Renamed" and not record.email  # reset, on purpose

    run(scenario)


# Writing values.
def test_typos_are_refused_before_sending_with_the_closest_name(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    body = invoice_body(1)
    body["InvoiceItem"][0]["quantty"] = 3

    async def scenario(client: Any) -> Any:
        with pytest.raises(InvalidInputError) as refused:
            await client.invoices.create(body)
        assert refused.value.field_errors == {
            "InvoiceItem.0.quantty": (
                "not a documented field of InvoiceItem; did you mean 'quantity'?",
            )
        }
        with pytest.raises(InvalidInputError, match="did you mean 'notes'"):
            await client.invoices.update(1, {"Invoice": {"notez": "x"}})
        result = await client.invoices.bulk_create([invoice_body(1), body])
        assert isinstance(result[1], Rejected) and not result[1].sent
        assert "InvoiceItem.0.quantty" in result[1].field_errors
        return await client.invoices.create(body, undocumented_fields=["InvoiceItem.quantty"])

    created = run(scenario)
    assert created > 0
    (sent,) = [b for b in sandbox.sent("POST") if "quantty" in json.dumps(b)]
    assert sent["InvoiceItem"] == body["InvoiceItem"]  # sent once, as asked


def test_a_typo_fails_the_dry_run(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    body = invoice_body(1)
    body["InvoiceItem"][0]["quantty"] = 3
    path = tmp_path / "invoices.json"
    path.write_text(json.dumps([invoice_body(1), body]))

    assert main(["invoices", "import", str(path), "--dry-run"]) == 1
    assert "did you mean 'quantity'" in capsys.readouterr().out
    assert (
        main(
            [
                "invoices",
                "import",
                str(path),
                "--dry-run",
                "--undocumented-field",
                "InvoiceItem.quantty",
            ]
        )
        == 0
    )


def test_decimals_dates_and_floats_are_written_exactly(
    run: Callable[[Scenario], Any], sandbox: RecordingSandbox
) -> None:
    async def scenario(client: Any) -> Any:
        invoice_id = await client.invoices.create(
            {
                "Invoice": {"client_id": 1, "currency_code": "USD", "date": dt.date(2026, 3, 4)},
                "InvoiceItem": [
                    {"item": "A", "unit_price": Decimal("0.10"), "quantity": 3},
                    {"item": "B", "unit_price": 0.2, "quantity": "1.5"},
                ],
            }
        )
        payment_id = await client.invoice_payments.create(
            {
                "InvoicePayment": {
                    "invoice_id": invoice_id,
                    "payment_method": "cash",
                    "amount": Decimal("0.30"),
                    "date": dt.datetime(2026, 3, 5, 9, 15),
                }
            }
        )
        with pytest.raises(InvalidInputError, match=r"InvoiceItem\.0\.unit_price"):
            await client.invoices.create(
                {
                    "Invoice": {"client_id": 1, "currency_code": "USD"},
                    "InvoiceItem": [{"item": "A", "unit_price": Decimal("NaN"), "quantity": 1}],
                }
            )
        with pytest.raises(InvalidInputError, match="a set cannot be sent"):
            await client.invoices.create({"Invoice": {"client_id": 1, "notes": {1, 2}}})
        return (await client.invoices.get(invoice_id), payment_id)

    view, _ = run(scenario)
    posts = sandbox.sent("POST")
    assert posts[0]["Invoice"]["date"] == "2026-03-04"
    assert posts[0]["InvoiceItem"][0]["unit_price"] == "0.10"
    assert posts[0]["InvoiceItem"][1]["unit_price"] == 0.2
    assert posts[1]["InvoicePayment"]["date"] == "2026-03-05 09:15:00"
    assert posts[1]["InvoicePayment"]["amount"] == "0.30"
    assert view.invoice.summary_total == Decimal("0.6")
    assert view.invoice.date == dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ([], {}),  # PHP's empty map
        (["Head office", "Showroom"], {"0": "Head office", "1": "Showroom"}),  # keys 0, 1, …
    ],
)
def test_a_listing_sent_as_a_list_is_read_as_a_map(
    run: Callable[[Scenario], Any], sandbox: Sandbox, sent: Any, read: Any
) -> None:
    async def scenario(client: Any) -> Any:
        sandbox.inject(
            200,
            json.dumps({"code": 200, "result": "successful", "data": {"Listing": sent}}).encode(),
            operation="getGeneralListing",
        )
        return await client.general_listing.get("Branch")

    assert run(scenario) == read


def test_dict_pages_read_the_same_rows_with_both_clients(sandbox: Sandbox) -> None:
    for number in range(5):
        sandbox.add_invoice(invoice_body(1, quantity=number + 1))

    async def read_async() -> list[Any]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            return [row async for page in client.invoices.dict_pages(limit=2) for row in page.rows]

    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        rows = [row for page in client.invoices.dict_pages(limit=2) for row in page.rows]
    assert len(rows) == 5 and rows == asyncio.run(read_async())
    assert all(type(row["Invoice"]["summary_total"]) is Decimal for row in rows)
