"""Record files through the public API (``daftra_facade.files``): what a program writes
with :class:`RecordWriter` from listed records, :func:`read_bodies` reads back as add
bodies that create the same records, in both formats and from either client."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import Daftra
from daftra_facade.files import (
    FileError,
    RecordWriter,
    Unreadable,
    format_of,
    read_bodies,
    read_cell,
    safe_cell,
)
from daftra_sandbox import Sandbox
from tests.conftest import invoice_body


def _listed(records: Any) -> list[Any]:
    return [row for page in records for row in page.rows]


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_written_invoices_read_back_as_the_bodies_that_made_them(
    run: Any, tmp_path: Path, kind: str
) -> None:
    bodies = [
        invoice_body(1, notes="=SUM(A1)", quantity=2, unit_price=3.5),
        invoice_body(1, notes="plain", po_number="PO-7"),
    ]
    path = tmp_path / f"invoices.{kind}"

    async def scenario(client: Any) -> None:
        await client.invoices.bulk_create(bodies)
        page = await client.invoices.list(recursive=1)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = RecordWriter(handle, "invoices", kind)
            for row in page.rows:
                writer.write(row)
        assert writer.written == 2

    run(scenario)
    read = read_bodies(path, "invoices")
    assert [r["Invoice"]["notes"] for r in read] == ["=SUM(A1)", "plain"]
    assert read[1]["Invoice"]["po_number"] == "PO-7"
    assert [(i["quantity"], i["unit_price"]) for i in read[0]["InvoiceItem"]] == [(2, 3.5)]
    # Only what an add body takes: ids, totals and other read-side members are left out.
    assert "id" not in read[0]["Invoice"] and "summary_total" not in read[0]["Invoice"]


def test_what_is_read_back_creates_the_records_again(
    client: Daftra, sandbox: Sandbox, tmp_path: Path
) -> None:
    client.invoices.bulk_create([invoice_body(1, notes="again", po_number="PO-1")])
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = RecordWriter(handle, "invoices", "csv")
        for row in client.invoices.list(recursive=1).rows:
            writer.write(row)
    with Sandbox() as other, Daftra(base_url=other.base_url, api_key=other.api_key) as copy:
        result = copy.invoices.bulk_create(read_bodies(path, "invoices"))
        assert result.ok and result.summary() == "1 created, 0 rejected, 0 unknown"
        (created,) = copy.invoices.list().rows
        assert created.to_dict()["Invoice"]["po_number"] == "PO-1"


def test_a_cell_is_made_safe_for_spreadsheets_and_read_back_exactly() -> None:
    for text in ["=SUM(A1)", "+1", "'=x", "@home", "-5", "plain"]:
        assert read_cell(safe_cell(text)) == text
    assert safe_cell("=SUM(A1)") == "'=SUM(A1)" and safe_cell("-5") == "-5"


def test_an_unreadable_element_keeps_its_place_and_a_missing_file_is_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"Invoice": {"client_id": 1}}\nnot json\n', encoding="utf-8")
    first, second = read_bodies(path, "invoices")
    assert first == {"Invoice": {"client_id": 1}}
    assert isinstance(second, Unreadable) and f"{path}:2" in second.reason
    with pytest.raises(FileError, match=r"nope\.csv: no such file"):
        read_bodies(tmp_path / "nope.csv", "invoices")


def test_formats_are_named_by_extension_and_an_unknown_one_is_refused() -> None:
    assert format_of(Path("a.CSV")) == "csv" and format_of(Path("a.ndjson")) == "jsonl"
    assert format_of(Path("a.xlsx")) is None
    with pytest.raises(ValueError, match="format 'xlsx': expected one of jsonl, csv"):
        RecordWriter(io.StringIO(), "invoices", "xlsx")


def test_a_resource_that_cannot_be_created_reads_no_file(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="staff cannot be created"):
        read_bodies(path, "staff")
