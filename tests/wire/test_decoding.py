"""The decoding step between the wire and the generated models, one rule at a time."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from daftra_facade.wire.decoding import DecodeFailure, decode_answer, decode_rows
from daftra_facade.wire.encoding import dumps, to_json
from daftra_facade.wire.operations import Operation
from daftra_facade.wire.specification import operations

LIVE_ROW = {
    "Invoice": {
        "id": "244", "client_id": "1", "no": "000244", "date": "0000-00-00",
        "issue_date": "0000-00-00 00:00:00", "summary_total": "32999.9961",
        "summary_subtotal": "10", "summary_discount": "0", "summary_paid": "0",
        "summary_unpaid": "10", "payment_status": "0", "draft": "1", "type": "0",
        "discount": "", "deposit": None, "currency_code": "USD", "terminal_id": "None",
        "extra_details": "{\"client_balance\": 1119194.17}",
    },
    "Client": {"id": None, "business_name": None, "email": None},
    "InvoiceCustomField": [],
}


def list_answer(*rows: Any) -> dict[str, Any]:
    return {"code": 200, "result": "successful", "data": list(rows),
            "pagination": {"page": "1", "page_count": "1", "total_results": str(len(rows))}}


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


@pytest.mark.parametrize(("written", "read"), [
    ("17/06/2026", "2026-06-17"), ("2026-06-17 10:30:00", "2026-06-17"),
    ("2026/06/17", "2026-06-17"),
    ("\u0661\u0667/\u0660\u0666/\u0662\u0660\u0662\u0666", "2026-06-17"),  # Arabic-Indic
])
def test_dates_are_read_in_the_formats_accounts_use(written: str, read: str) -> None:
    row = {"Invoice": {**LIVE_ROW["Invoice"], "date": written}}
    assert decode_answer("listInvoices", 200, list_answer(row))["data"][0]["Invoice"]["date"] \
        == read


def test_amounts_are_exact_whatever_their_spelling() -> None:
    for written, read in ((0.1, Decimal("0.1")), ("1250.00", Decimal("1250.00")),
                          ("\u0661\u0662\u0665\u0660\u066b\u0665\u0660", Decimal("1250.50")),
                          (7, Decimal(7))):
        row = {"Invoice": {**LIVE_ROW["Invoice"], "summary_total": written}}
        decoded = decode_answer("listInvoices", 200, list_answer(row))
        assert decoded["data"][0]["Invoice"]["summary_total"] == read
        assert type(decoded["data"][0]["Invoice"]["summary_total"]) is Decimal


def test_a_value_that_fits_nothing_names_its_path() -> None:
    bad = {"Invoice": {**LIVE_ROW["Invoice"], "summary_total": "twelve"}}
    with pytest.raises(DecodeFailure) as failure:
        decode_answer("listInvoices", 200, list_answer(LIVE_ROW, bad))
    assert failure.value.where == "data.1.Invoice.summary_total"
    decoded, failures = decode_rows("listInvoices", 200, list_answer(LIVE_ROW, bad, LIVE_ROW),
                                    ("data",))
    assert len(decoded["data"]) == 2 and decoded["pagination"]["total_results"] == 3
    assert [(f.index, f.failure.where, f.raw) for f in failures] == [
        (1, "Invoice.summary_total", bad)]


def test_values_are_written_as_daftra_reads_them() -> None:
    import datetime as dt

    body = {"a": Decimal("0.10"), "b": dt.date(2026, 1, 2), "c": dt.datetime(2026, 1, 2, 3, 4),
            "d": (1, 2.5), "e": None}
    assert to_json(body) == {"a": "0.10", "b": "2026-01-02", "c": "2026-01-02 03:04:00",
                             "d": [1, 2.5], "e": None}
    assert dumps({"total": Decimal("228.00"), "items": [Decimal("1.5")]}) \
        == '{"total": 228.00, "items": [1.5]}'


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


@pytest.mark.parametrize(("operation_id", "status", "example"), EXAMPLES,
                         ids=[f"{o}-{s}" for o, s, _ in EXAMPLES])
def test_every_documented_answer_example_is_read(
    operation_id: str, status: int, example: Any
) -> None:
    """The documentation's own examples carry ``""``, numeric strings and null fields
    (advance payments, requisitions, workflow records); each reads into its model."""
    tag = operations()[operation_id][2]["tags"][0]
    response = httpx.Response(status, json=example,
                              request=httpx.Request("GET", "https://x.example/api2/x"))
    assert Operation(tag, operation_id).parse(response, example) is not None
