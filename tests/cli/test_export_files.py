"""CSV exports and reports are safe to open in a spreadsheet, read back exactly by import,
and an export file appears only once complete."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from daftra_facade.bulk.outcomes import BulkResult, Created, Rejected
from daftra_facade.cli import main
from daftra_facade.cli.reports import write_report
from daftra_facade.files.values import read_cell, safe_cell
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

# Values a spreadsheet would run, or that look like neutralised ones, and what each is
# written as by default.
TRICKY = {
    '=HYPERLINK("http://evil.example","x")': '\'=HYPERLINK("http://evil.example","x")',
    "+1+cmd|' /C calc'!A0": "'+1+cmd|' /C calc'!A0",
    "-2+3": "'-2+3",
    "@SUM(1+1)": "'@SUM(1+1)",
    "\tindented": "'\tindented",
    "\rreturn": "'\rreturn",
    "'=already quoted": "''=already quoted",
    "''+twice": "'''+twice",
    "'plain quote": "'plain quote",
    "-5": "-5",  # a plain number is never a formula: left alone
    "+3.5": "+3.5",
    "-1e-05": "-1e-05",
    "a=b": "a=b",
}


def account(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.mark.parametrize(("value", "written"), list(TRICKY.items()))
def test_a_cell_is_neutralised_by_the_owasp_rule_and_read_back_exactly(
    value: str, written: str
) -> None:
    assert safe_cell(value) == written
    assert read_cell(safe_cell(value)) == value
    raw = safe_cell(value, raw=True)
    # Raw, a leading tab or CR is trimmed like any white space around a plain cell.
    assert read_cell(raw) == (value.strip() if value[:1] in "\t\r" else value)
    if not value.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")):
        assert raw == value


def test_formula_cells_are_neutralised_in_an_export_and_imported_back_as_they_were(
    sandbox: Sandbox, workdir: Path
) -> None:
    notes = [value for value in TRICKY if value.strip() == value]  # import trims plain cells
    notes += ["\tindented", "\rreturn"]  # neutralised, so read back untrimmed
    for note in notes:
        sandbox.add_invoice(invoice_body(1, notes=note, unit_price=-5.0))

    assert main([*account(sandbox), "invoices", "export", "--output", "out.csv", "--quiet"]) == 0

    with open("out.csv", newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["Invoice.notes"]]
    assert sorted(row["Invoice.notes"] for row in rows) == sorted(TRICKY[n] for n in notes)
    assert {row["InvoiceItem.unit_price"] for row in rows} == {"-5.00"}  # a number, as is
    with Sandbox() as target:
        status = main(
            [*account(target), "invoices", "import", "out.csv", "--no-journal", "--quiet"]
        )
        assert status == 0
        assert sorted(i["notes"] for i in target.state.all("Invoice")) == sorted(notes)
        assert {item["unit_price"] for item in target.state.all("InvoiceItem")} == {-5.0}


def test_raw_cells_writes_formulas_as_they_are_and_import_still_reads_them_back(
    sandbox: Sandbox, workdir: Path
) -> None:
    notes = ["=1+1", "@me", "'=quoted", "-x"]
    for note in notes:
        sandbox.add_invoice(invoice_body(1, notes=note))

    assert (
        main(
            [
                *account(sandbox),
                "invoices",
                "export",
                "--output",
                "raw.csv",
                "--quiet",
                "--raw-cells",
            ]
        )
        == 0
    )

    with open("raw.csv", newline="", encoding="utf-8") as handle:
        written = sorted(row["Invoice.notes"] for row in csv.DictReader(handle))
    assert written == sorted(["=1+1", "@me", "''=quoted", "-x"])
    with Sandbox() as target:
        assert (
            main([*account(target), "invoices", "import", "raw.csv", "--no-journal", "--quiet"])
            == 0
        )
        assert sorted(i["notes"] for i in target.state.all("Invoice")) == sorted(notes)


def test_report_cells_are_neutralised_unless_raw(tmp_path: Path) -> None:
    result = BulkResult([Created(0, 7, "=1+1"), Rejected(1, "@danger", sent=False)])
    labels = ["-cmd", "+x"]

    write_report(result, labels, tmp_path / "safe.csv")
    write_report(result, labels, tmp_path / "raw.csv", raw_cells=True)

    with (tmp_path / "safe.csv").open(newline="", encoding="utf-8") as handle:
        safe = list(csv.DictReader(handle))
    with (tmp_path / "raw.csv").open(newline="", encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    assert [(r["key"], r["number"], r["error"]) for r in safe] == [
        ("'-cmd", "'=1+1", ""),
        ("'+x", "", "'@danger"),
    ]
    assert [(r["key"], r["number"], r["error"]) for r in raw] == [
        ("-cmd", "=1+1", ""),
        ("+x", "", "@danger"),
    ]
    assert [r["index"] for r in safe] == ["0", "1"]


def test_an_import_report_of_formula_values_is_neutralised(sandbox: Sandbox, workdir: Path) -> None:
    source = workdir / "in.json"
    source.write_text(json.dumps([invoice_body(1, notes="x", date="=2026-13-01")]))

    status = main(
        [
            *account(sandbox),
            "invoices",
            "import",
            str(source),
            "--no-journal",
            "--quiet",
            "--report",
            "report.csv",
        ]
    )

    assert status == 1
    text = Path("report.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows[0]["outcome"] == "rejected"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_failed_export_leaves_no_partial_file_and_keeps_the_old_one(
    sandbox: Sandbox, workdir: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    for number in range(30):
        sandbox.add_invoice(invoice_body(1, notes=f"n{number}"))
    target = workdir / f"invoices.{kind}"
    target.write_text("the previous export\n")
    # The first page arrives; every later one fails, retries included.
    sandbox.inject(500, b"<html>db down</html>", path_contains="invoices", after=1, times=50)

    status = main(
        [
            *account(sandbox),
            "invoices",
            "export",
            "--output",
            str(target),
            "--page-size",
            "10",
            "--quiet",
        ]
    )

    err = capsys.readouterr().err
    assert status == 2
    assert "Traceback" not in err
    assert f"{target} was not written" in err
    assert target.read_text() == "the previous export\n"
    assert sorted(os.listdir(workdir)) == [target.name]


def test_an_interrupted_export_leaves_no_partial_file(
    sandbox: Sandbox, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(12):
        sandbox.add_invoice(invoice_body(1, notes=f"n{number}"))
    from daftra_facade.files import writing

    real_rows = writing.csv_rows
    seen: list[int] = []

    def interrupted(*args: object, **kwargs: object) -> Iterator[dict[str, str]]:
        seen.append(1)
        if len(seen) == 7:
            raise KeyboardInterrupt  # Ctrl-C halfway through
        return real_rows(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writing, "csv_rows", interrupted)

    status = main(
        [
            *account(sandbox),
            "invoices",
            "export",
            "--output",
            "out.csv",
            "--page-size",
            "5",
            "--quiet",
        ]
    )

    assert status != 0
    assert os.listdir(workdir) == []


def test_a_complete_export_replaces_the_target_at_once(sandbox: Sandbox, workdir: Path) -> None:
    sandbox.add_invoice(invoice_body(1, notes="new"))
    Path("out.jsonl").write_text("old\n")

    assert main([*account(sandbox), "invoices", "export", "--output", "out.jsonl", "--quiet"]) == 0

    assert json.loads(Path("out.jsonl").read_text())["Invoice"]["notes"] == "new"
    assert os.listdir(workdir) == ["out.jsonl"]


def test_a_lone_surrogate_read_from_the_server_is_exported_as_its_json_escape() -> None:
    from daftra_facade.wire.encoding import dumps

    line = dumps({"Invoice": {"notes": "half \ud83d", "name": "عربي"}})

    assert "\\ud83d" in line and "عربي" in line
    assert json.loads(line.encode("utf-8")) == {"Invoice": {"notes": "half \ud83d", "name": "عربي"}}
