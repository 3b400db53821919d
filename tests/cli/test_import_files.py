"""daftra <resource> import: a bad element of a file, or a broken CSV row, is rejected with
its file and line (in the report too), and every other element is still sent; a merged or
truncated record is never created."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

HEADER = "key,Invoice.client_id,Invoice.notes,InvoiceItem.item,InvoiceItem.unit_price\n"


def imported(sandbox: Sandbox, source: Path, report: Path) -> tuple[int, list[dict[str, str]]]:
    """Import ``source`` into ``sandbox``; the exit status and the report's rows."""
    status = main(
        [
            "--base-url",
            sandbox.base_url,
            "--api-key",
            sandbox.api_key,
            "invoices",
            "import",
            str(source),
            "--quiet",
            "--no-journal",
            "--report",
            str(report),
        ]
    )
    with report.open(newline="", encoding="utf-8") as handle:
        return status, list(csv.DictReader(handle))


def stored_notes(sandbox: Sandbox) -> list[str]:
    return sorted(str(invoice["notes"]) for invoice in sandbox.state.all("Invoice"))


def items_per_invoice(sandbox: Sandbox) -> dict[str, int]:
    counts = {invoice["id"]: 0 for invoice in sandbox.state.all("Invoice")}
    for item in sandbox.state.all("InvoiceItem"):
        counts[item["invoice_id"]] += 1
    return {str(i["notes"]): counts[i["id"]] for i in sandbox.state.all("Invoice")}


def test_a_lone_surrogate_in_record_2500_of_5000_rejects_it_with_index_and_field(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    records = [invoice_body(1, notes=f"order {n}") for n in range(5000)]
    records[2500]["Invoice"]["notes"] = "\ud800"
    source = tmp_path / "orders.json"
    source.write_text(json.dumps(records), encoding="utf-8")  # written as \ud800, as JSON may

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert len(rows) == 5000
    assert [row["index"] for row in rows if row["outcome"] != "created"] == ["2500"]
    assert "record #2500, field Invoice.notes" in rows[2500]["error"]
    assert "lone surrogate (U+D800)" in rows[2500]["error"]
    assert sandbox.state.count("Invoice") == 4999


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (
            '{"Invoice": {"client_id": 1, "currency_code": "USD", "notes": "'
            + "x" * 10_485_760
            + '"}, "InvoiceItem": []}',
            "…(10,485,760 chars) is longer than 1,000,000",
        ),
        (
            '{"Invoice": {"client_id": ' + "9" * 5000 + ', "currency_code": "USD"}}',
            "…(5,000 digits)",
        ),
        (
            '{"Invoice": {"client_id": 1, "currency_code": "USD", "discount": NaN}}',
            "nan is not a number JSON can carry",
        ),
        (
            '{"Invoice": {"client_id": 1, "currency_code": "USD", "notes": "a\\u0000b"}}',
            "NUL character at position 1",
        ),
        (
            '{"Invoice": {"client_id": 1, "notes": ' + "[" * 100_000 + "]" * 100_000 + "}}",
            "in.json:2: record #1 is nested too deeply to read",
        ),
        (
            '{"Invoice": {"client_id": 1, "notes": ' + "[" * 100 + "]" * 100 + "}}",
            "nested deeper than 64 levels",
        ),
    ],
    ids=[
        "10 MB cell",
        "5,000-digit number",
        "NaN",
        "NUL",
        "deep past the parser",
        "deep past the limit",
    ],
)
def test_each_kind_of_bad_value_in_a_json_file_is_rejected_and_the_rest_created(
    sandbox: Sandbox, tmp_path: Path, bad: str, reason: str
) -> None:
    good = json.dumps(invoice_body(1, notes="good"))
    source = tmp_path / "in.json"
    source.write_text(f"[{good},\n{bad},\n{good}]", encoding="utf-8")

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [row["outcome"] for row in rows] == ["created", "rejected", "created"]
    assert reason in rows[1]["error"]
    assert len(rows[1]["error"]) < 1_000
    assert stored_notes(sandbox) == ["good", "good"]


def test_a_csv_row_with_an_unclosed_quote_is_refused_by_line_and_the_rows_after_it_read(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        HEADER
        + 'A,1,"never closed,Widget,10\n'  # line 2: swallowed the next rows until now
        + "B,1,second,Widget,10\n"
        + 'C,1,"third",Widget,10\n'
        + "D,1,fourth,Widget,10\n"
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [row["outcome"] for row in rows] == ["rejected", "created", "created", "created"]
    assert f"{source}:2: a quote opened on this line is not closed" in rows[0]["error"]
    assert stored_notes(sandbox) == ["fourth", "second", "third"]


def test_a_quote_open_at_the_end_of_a_csv_file_refuses_every_line_after_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        HEADER
        + "A,1,first,Widget,10\n"
        + "B,1,second,Widget,10\n"
        + 'C,1,"opened here,Widget,10\n'  # line 4
        + "D,1,unknowable,Widget,10\n"
        + "A,1,first,Gadget,10\n"  # may be a second line of A: A is not sent either
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [row["outcome"] for row in rows] == ["rejected", "created", "rejected"]
    assert f"{source}:4: a quote opened on this line is never closed" in rows[2]["error"]
    assert "lines 4-6 cannot be read" in rows[2]["error"]
    assert f"{source}:6 may hold a row of key 'A'" in rows[0]["error"]
    assert stored_notes(sandbox) == ["second"]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("A,1,first,Gadget,10,extra\n", "3: 6 cells where the header has 5"),
        ("A,1,first,Gadget\n", "3: 4 cells where the header has 5"),
    ],
    ids=["longer", "shorter"],
)
def test_a_ragged_csv_row_refuses_its_whole_record_never_a_truncated_one(
    sandbox: Sandbox, tmp_path: Path, row: str, reason: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        HEADER
        + "A,1,first,Widget,10\n"
        + row
        + "B,1,second,Widget,10\n"
        + "C,1,third,Widget,10\nC,1,third,Gadget,5\n"
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [r["outcome"] for r in rows] == ["rejected", "created", "created"]
    assert f"{source}:{reason}" in rows[0]["error"]
    assert "so no row of key 'A' is sent" in rows[0]["error"]
    assert items_per_invoice(sandbox) == {"second": 1, "third": 2}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"B,1,caf\xe9,Widget,10\n", "in.csv:3:8: not UTF-8 (a byte 0xE9)"),
        (b"B,1,a\x00b,Widget,10\n", "in.csv:3:6: a NUL byte"),
        (b"B,1," + b"x" * 2_000_000 + b",Widget,10\n", "in.csv:3: a cell longer than 1,000,000"),
    ],
    ids=["invalid UTF-8", "NUL", "2 MB cell"],
)
def test_bad_bytes_in_a_csv_row_refuse_that_row_by_line_and_column(
    sandbox: Sandbox, tmp_path: Path, content: bytes, reason: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(
        HEADER.encode() + b"A,1,first,Widget,10\n" + content + b"C,1,third,Widget,10\n"
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [r["outcome"] for r in rows] == ["created", "rejected", "created"]
    assert reason in rows[1]["error"]
    assert stored_notes(sandbox) == ["first", "third"]


def test_bad_lines_of_json_lines_are_refused_by_line(sandbox: Sandbox, tmp_path: Path) -> None:
    good = json.dumps(invoice_body(1, notes="good")).encode()
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        good
        + b'\n{"Invoice": {"notes": "\xff"}}\n{broken\n'
        + b"[" * 100_000
        + b"\n"
        + good
        + b"\n"
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 1
    assert [r["outcome"] for r in rows] == [
        "created",
        "rejected",
        "rejected",
        "rejected",
        "created",
    ]
    assert "in.jsonl:2:24: not UTF-8 (a byte 0xFF)" in rows[1]["error"]
    assert "in.jsonl:3:2: not valid JSON" in rows[2]["error"]
    assert "in.jsonl:4:" in rows[3]["error"]
    assert stored_notes(sandbox) == ["good", "good"]


def test_a_legitimate_multi_line_cell_is_still_read_whole(sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        HEADER + 'A,1,"two\nlines, and a ""quote""",Widget,10\n' + "B,1,second,Widget,10\n"
    )

    status, rows = imported(sandbox, source, tmp_path / "report.csv")

    assert status == 0, rows
    assert stored_notes(sandbox) == ["second", 'two\nlines, and a "quote"']


def test_a_bad_key_value_is_reported_escaped_and_cut_short_never_a_traceback(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        invoice_body(1, po_number="PO\ud800"),
        invoice_body(1, po_number="P" * 2_000_000),
        invoice_body(1, po_number="PO-3"),
    ]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(records), encoding="utf-8")

    status = main(
        [
            "--base-url",
            sandbox.base_url,
            "--api-key",
            sandbox.api_key,
            "invoices",
            "import",
            str(source),
            "--no-journal",
            "--report",
            str(tmp_path / "r.csv"),
        ]
    )

    out = capsys.readouterr().out
    assert status == 1
    assert "[po_number=PO\\ud800]" in out
    assert "…(2,000,010 chars)]" in out and len(out) < 5_000
    with (tmp_path / "r.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["outcome"] for row in rows] == ["rejected", "rejected", "created"]
    assert rows[0]["key"] == "po_number=PO\\ud800"


def test_a_business_key_no_query_can_carry_rejects_its_element_only(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    records = [invoice_body(1), invoice_body(1), invoice_body(1)]
    records[0]["Invoice"]["client_id"] = "a\ud800@acme.example"
    records[1]["Invoice"]["client_id"] = "x" * 5_000
    records[2]["Invoice"]["client_id"] = sandbox.state.get("Client", 1)["email"]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(records), encoding="utf-8")

    status = main(
        [
            "--base-url",
            sandbox.base_url,
            "--api-key",
            sandbox.api_key,
            "invoices",
            "import",
            str(source),
            "--no-journal",
            "--client-key",
            "email",
            "--quiet",
            "--report",
            str(tmp_path / "r.csv"),
        ]
    )

    with (tmp_path / "r.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert status == 1
    assert [row["outcome"] for row in rows] == ["rejected", "rejected", "created"]
    assert "client_id as email: 'a\\ud800@acme.example' holds a lone surrogate" in rows[0]["error"]
    assert "…(5,000 chars) is longer than 1,000 characters" in rows[1]["error"]
