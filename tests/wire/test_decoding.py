"""The decoding step between the wire and the generated models, one rule at a time."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from daftra_facade.wire.decoding import (
    DecodeFailure,
    answer_member_node,
    conflicting_relations,
    decode_answer,
    decode_rows,
)
from daftra_facade.wire.encoding import dumps, to_json
from daftra_facade.wire.operations import Operation
from daftra_facade.wire.specification import operations

LIVE_ROW = {
    "Invoice": {
        "id": "244",
        "client_id": "1",
        "no": "000244",
        "date": "0000-00-00",
        "issue_date": "0000-00-00 00:00:00",
        "summary_total": "32999.9961",
        "summary_subtotal": "10",
        "summary_discount": "0",
        "summary_paid": "0",
        "summary_unpaid": "10",
        "payment_status": "0",
        "draft": "1",
        "type": "0",
        "discount": "",
        "deposit": None,
        "currency_code": "USD",
        "terminal_id": "None",
        "extra_details": '{"client_balance": 1119194.17}',
    },
    "Client": {"id": None, "business_name": None, "email": None},
    "InvoiceCustomField": [],
}


def list_answer(*rows: Any) -> dict[str, Any]:
    return {
        "code": 200,
        "result": "successful",
        "data": list(rows),
        "pagination": {"page": "1", "page_count": "1", "total_results": str(len(rows))},
    }


def test_a_live_invoice_row_reads_as_the_spec_says() -> None:
    row = decode_answer("listInvoices", 200, list_answer(LIVE_ROW))["data"][0]
    invoice = row["Invoice"]
    assert (invoice["id"], invoice["client_id"], invoice["no"]) == (244, 1, "000244")
    assert invoice["summary_total"] == Decimal("32999.9961")
    assert (invoice["payment_status"], invoice["type"], invoice["draft"]) == (0, 0, True)
    assert invoice["discount"] is None and invoice["deposit"] is None
    assert "date" not in invoice  # a zero date where the spec allows no null: Unset
    assert invoice["issue_date"] is None and invoice["terminal_id"] is None
    assert invoice["extra_details"] == LIVE_ROW["Invoice"]["extra_details"]  # kept as sent
    assert "Client" not in row  # every field null: the related record is missing
    assert row["InvoiceCustomField"] == {}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("17/06/2026", "2026-06-17"),
        ("2026-06-17 10:30:00", "2026-06-17"),
        ("2026/06/17", "2026-06-17"),
        ("\u0661\u0667/\u0660\u0666/\u0662\u0660\u0662\u0666", "2026-06-17"),  # Arabic-Indic
    ],
)
def test_dates_are_read_in_the_formats_accounts_use(written: str, read: str) -> None:
    row = {"Invoice": {**LIVE_ROW["Invoice"], "date": written}}
    assert (
        decode_answer("listInvoices", 200, list_answer(row))["data"][0]["Invoice"]["date"] == read
    )


def test_amounts_are_exact_whatever_their_spelling() -> None:
    for written, read in (
        (0.1, Decimal("0.1")),
        ("1250.00", Decimal("1250.00")),
        ("\u0661\u0662\u0665\u0660\u066b\u0665\u0660", Decimal("1250.50")),
        (7, Decimal(7)),
    ):
        row = {"Invoice": {**LIVE_ROW["Invoice"], "summary_total": written}}
        decoded = decode_answer("listInvoices", 200, list_answer(row))
        assert decoded["data"][0]["Invoice"]["summary_total"] == read
        assert type(decoded["data"][0]["Invoice"]["summary_total"]) is Decimal


def test_a_value_that_fits_nothing_names_its_path() -> None:
    bad = {"Invoice": {**LIVE_ROW["Invoice"], "summary_total": "twelve"}}
    with pytest.raises(DecodeFailure) as failure:
        decode_answer("listInvoices", 200, list_answer(LIVE_ROW, bad))
    assert failure.value.where == "data.1.Invoice.summary_total"
    decoded, failures = decode_rows(
        "listInvoices", 200, list_answer(LIVE_ROW, bad, LIVE_ROW), ("data",)
    )
    assert len(decoded["data"]) == 2 and decoded["pagination"]["total_results"] == 3
    assert [(f.index, f.failure.where, f.raw) for f in failures] == [
        (1, "Invoice.summary_total", bad)
    ]


# A live single invoice, as captured on a live account: relations inside the header.
LIVE_NESTED = {
    "Invoice": {
        "id": "1",
        "no": "000001",
        "draft": "0",
        "payment_status": 0,
        "summary_total": 35000,
        "date": "25/09/2026",
        "client_id": "1",
        "invoice_html_url": "https://x.daftra.com/invoices/preview/1?hash=0846864e66",
        "Client": {"id": "1", "business_name": "Print Home", "type": "3"},
        "InvoiceItem": [
            {
                "id": "1",
                "item": "Duplex",
                "quantity": "1",
                "unit_price": "35000",
                "subtotal": 35000,
                "tax1": None,
                "Product": {"id": "8", "name": "Duplex"},
            }
        ],
        "InvoicePayment": [],
        "InvoiceTax": [],
    }
}


def view_answer(data: Any) -> dict[str, Any]:
    return {"code": 200, "result": "successful", "data": data}


@pytest.mark.parametrize(
    ("operation_id", "header"),
    [
        ("getInvoice", "Invoice"),
        ("getEstimate", "Estimate"),
        ("getCreditNote", "CreditNote"),
        ("getRefundReceipt", "RefundReceipt"),
    ],
)
def test_relations_nested_in_a_document_read_as_if_beside_it(
    operation_id: str, header: str
) -> None:
    nested = {header: LIVE_NESTED["Invoice"]}
    data = decode_answer(operation_id, 200, view_answer(nested))["data"]
    assert list(data) == [header, "Client", "InvoiceItem", "InvoicePayment", "InvoiceTax"]
    assert data[header]["date"] == "2026-09-25" and data[header]["summary_total"] == 35000
    assert "Client" not in data[header] and "InvoiceItem" not in data[header]
    assert data["Client"] == {"id": 1, "business_name": "Print Home", "type": 3}
    (line,) = data["InvoiceItem"]
    assert (line["id"], line["quantity"], line["tax1"]) == (1, Decimal("1"), None)
    assert line["Product"] == {"id": "8", "name": "Duplex"}  # undocumented: kept as sent
    assert data["InvoicePayment"] == [] and data["InvoiceTax"] == []
    assert data[header]["invoice_html_url"].endswith("hash=0846864e66")


def test_a_nested_relation_wins_over_one_beside_even_when_empty() -> None:
    both = {
        "Invoice": {"id": "1", "Client": {"id": "2", "business_name": "Nested"}, "InvoiceItem": []},
        "Client": {"id": "3", "business_name": "Beside"},
        "InvoiceItem": [{"id": "9", "item": "Beside"}],
        "InvoicePayment": [{"id": "4", "amount": "1"}],
    }
    data = decode_answer("getInvoice", 200, view_answer(both))["data"]
    assert data["Client"]["business_name"] == "Nested" and data["InvoiceItem"] == []
    assert data["InvoicePayment"][0]["id"] == 4  # only beside: kept
    assert data["Invoice"] == {"id": 1}


def test_purchase_documents_and_list_rows_are_read_nested_too() -> None:
    nested = {
        "PurchaseOrder": {
            "id": "5",
            "date": "01/02/2026",
            "supplier_id": "2",
            "Supplier": {"id": "2", "business_name": "Mills"},
            "PurchaseOrderItem": [{"id": "7", "quantity": "3"}],
            "PurchaseOrderTax": [],
        }
    }
    data = decode_answer("getPurchaseInvoice", 200, view_answer(nested))["data"]
    assert data["PurchaseOrder"] == {"id": 5, "date": "2026-02-01", "supplier_id": 2}
    assert data["Supplier"]["id"] == 2 and data["PurchaseOrderItem"][0]["quantity"] == 3
    refund = decode_answer(
        "getPurchaseRefund", 200, view_answer({"PurchaseRefund": nested["PurchaseOrder"]})
    )["data"]
    assert refund["PurchaseOrderItem"][0]["id"] == 7 and refund["PurchaseOrderTax"] == []
    row = {"Invoice": {**LIVE_ROW["Invoice"], "Client": {"id": "1", "business_name": "In"}}}
    read = decode_answer("listInvoices", 200, list_answer(row))["data"][0]
    assert read["Client"] == {"id": 1, "business_name": "In"} and "Client" not in read["Invoice"]


def test_relations_told_two_ways_are_named() -> None:
    both = {
        "Invoice": {
            "id": "1",
            "InvoiceItem": [{"id": "1", "quantity": "2"}],
            "Client": {"id": "2"},
        },
        "InvoiceItem": [],
        "Client": {"id": 2},
    }
    assert conflicting_relations("getInvoice", ("data",), view_answer(both)) == ["InvoiceItem"]
    same = {**both, "InvoiceItem": [{"id": 1, "quantity": 2}]}
    assert conflicting_relations("getInvoice", ("data",), view_answer(same)) == []


def test_lines_a_header_documents_stay_inside_it() -> None:
    """A journal documents its lines inside the header: they are not moved."""
    entry = {"Journal": {"id": "3", "JournalTransaction": [{"id": "8", "debit": "5"}]}}
    data = decode_answer("getJournal", 200, view_answer(entry))["data"]
    assert data == {"Journal": {"id": 3, "JournalTransaction": [{"id": 8, "debit": 5}]}}


def test_values_a_list_does_not_name_are_kept_as_sent() -> None:
    """Open value sets: an unlisted value of the right kind never fails its record."""
    row = {"Invoice": {**LIVE_ROW["Invoice"], "type": "42", "payment_status": "7"}}
    invoice = decode_answer("listInvoices", 200, list_answer(row))["data"][0]["Invoice"]
    assert (invoice["type"], invoice["payment_status"]) == (42, 7)
    entry = {
        "Journal": {
            "id": "1",
            "entity_type": "",
            "JournalTransaction": [
                {"id": "1", "subkey": "sales"},
                {"id": "2", "subkey": None},
                {"id": "3", "subkey": "treasury"},
            ],
        }
    }
    data = decode_answer("getJournal", 200, view_answer(entry))["data"]
    assert data["Journal"]["entity_type"] == ""
    assert [line["subkey"] for line in data["Journal"]["JournalTransaction"]] == [
        "sales",
        None,
        "treasury",
    ]
    with pytest.raises(DecodeFailure, match="not an integer"):  # the wrong kind still fails
        decode_answer(
            "listInvoices",
            200,
            list_answer({"Invoice": {**LIVE_ROW["Invoice"], "type": "estimate"}}),
        )


def test_a_const_still_tells_alternatives_apart() -> None:
    answer = [
        {"result": "successful", "code": 202, "id": "5"},
        {"result": "failed", "code": 400, "message": "No", "validation_errors": {}},
    ]
    decoded = decode_answer("addInvoicesBulk", 200, answer)
    assert decoded[0]["id"] == 5 and decoded[1]["result"] == "failed"


def test_values_are_written_as_daftra_reads_them() -> None:
    import datetime as dt

    body = {
        "a": Decimal("0.10"),
        "b": dt.date(2026, 1, 2),
        "c": dt.datetime(2026, 1, 2, 3, 4),
        "d": (1, 2.5),
        "e": None,
    }
    assert to_json(body) == {
        "a": "0.10",
        "b": "2026-01-02",
        "c": "2026-01-02 03:04:00",
        "d": [1, 2.5],
        "e": None,
    }
    assert (
        dumps({"total": Decimal("228.00"), "items": [Decimal("1.5")]})
        == '{"total": 228.00, "items": [1.5]}'
    )


def _response_examples() -> Iterator[tuple[str, int, Any]]:
    for operation_id, (_, _, operation) in sorted(operations().items()):
        for status, answer in (operation.get("responses") or {}).items():
            media = (answer.get("content") or {}).get("application/json") or {}
            examples = [e.get("value") for e in (media.get("examples") or {}).values()]
            if "example" in media:
                examples.append(media["example"])
            for example in examples:
                if status.isdigit() and int(status) < 300 and example is not None:
                    yield operation_id, int(status), example


EXAMPLES = list(_response_examples())


@pytest.mark.parametrize(
    ("operation_id", "status", "example"), EXAMPLES, ids=[f"{o}-{s}" for o, s, _ in EXAMPLES]
)
def test_every_documented_answer_example_is_read(
    operation_id: str, status: int, example: Any
) -> None:
    """The documentation's own examples carry ``""``, numeric strings and null fields
    (advance payments, requisitions, workflow records); each reads into its model."""
    tag = operations()[operation_id][2]["tags"][0]
    response = httpx.Response(
        status, json=example, request=httpx.Request("GET", "https://x.example/api2/x")
    )
    assert Operation(tag, operation_id).parse(response, example) is not None


def _nestable_examples() -> Iterator[tuple[str, Any]]:
    """Each documented single-read example whose record has related records beside its
    main one (every document type, found from the spec rather than listed here)."""
    for operation_id, _status, example in EXAMPLES:
        node = answer_member_node(operation_id, ("data",))
        data = example.get("data") if isinstance(example, dict) else None
        if node is None or not node.relations[1] or not isinstance(data, dict):
            continue
        main, beside = node.relations
        if isinstance(data.get(main), dict) and any(name in data for name in beside):
            yield operation_id, example


NESTABLE = list(_nestable_examples())


def test_every_document_type_is_covered_by_the_nesting_check() -> None:
    found = {operation_id for operation_id, _ in NESTABLE}
    assert {
        "getInvoice",
        "getEstimate",
        "getCreditNote",
        "getRefundReceipt",
        "getPurchaseInvoice",
    } <= found


@pytest.mark.parametrize(("operation_id", "example"), NESTABLE, ids=[o for o, _ in NESTABLE])
def test_every_document_reads_the_same_nested_or_beside(operation_id: str, example: Any) -> None:
    """The documented answer, and the same answer with its related records moved inside
    the main record (as live single reads send them), decode to the same record."""
    main, beside = answer_member_node(operation_id, ("data",)).relations  # type: ignore[union-attr]
    data = dict(example["data"])
    inner = dict(data[main])
    for name in beside:
        if name in data:
            inner[name] = data.pop(name)
    data[main] = inner  # the main record keeps its place, first
    nested = {**example, "data": data}
    assert decode_answer(operation_id, 200, nested) == decode_answer(operation_id, 200, example)
