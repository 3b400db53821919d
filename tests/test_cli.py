"""The daftra command: import a file into the embedded sandbox and report per element."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest

from daftra_facade.cli import main

from .conftest import invoice_body


def shipped_example() -> Path:
    return Path(str(resources.files("daftra_facade").joinpath("examples/invoices.json")))


def test_the_shipped_example_imports_into_the_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"

    status = main(["invoices", "import", str(shipped_example()), "--sandbox",
                   "--report", str(report), "--chunk-size", "5"])

    records = json.loads(shipped_example().read_text())
    out, err = capsys.readouterr()
    assert status == 0
    written = json.loads(report.read_text())
    assert written["summary"] == {"created": len(records), "rejected": 0, "unknown": 0}
    assert [row["index"] for row in written["elements"]] == list(range(len(records)))
    assert all(row["outcome"] == "created" and row["id"] for row in written["elements"])
    assert out.count("created") == len(records)
    assert f"{len(records)} created, 0 rejected, 0 unknown" in err


def test_a_rejected_row_is_reported_and_fails_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mixed.json"
    bad = invoice_body(1, date="not-a-date")
    source.write_text(json.dumps([invoice_body(1), bad, invoice_body(2)]))
    report = tmp_path / "report.csv"

    status = main(["invoices", "import", str(source), "--sandbox", "--report", str(report)])

    rows = list(csv.DictReader(report.open()))
    assert status == 1
    assert [row["outcome"] for row in rows] == ["created", "rejected", "created"]
    assert "Invoice.date" in rows[1]["error"]
    assert "#1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"Invoice": {"client_id": 1}},\n {"Invoice": ]', "bad.json:2:14: not valid JSON"),
        ('{"Invoice": {"client_id": 1}}', "expected a JSON array of records, found a dict"),
    ],
)
def test_a_bad_file_is_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content)

    status = main(["invoices", "import", str(source), "--sandbox"])

    err = capsys.readouterr().err
    assert status == 2
    assert message in err
    assert "Traceback" not in err


def test_a_missing_file_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invoices", "import", "nowhere.json", "--sandbox"]) == 2
    assert "nowhere.json: no such file" in capsys.readouterr().err


def test_missing_credentials_are_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DAFTRA_API_KEY", "DAFTRA_TOKEN", "DAFTRA_SUBDOMAIN", "DAFTRA_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    source = tmp_path / "one.json"
    source.write_text(json.dumps([invoice_body(1)]))

    assert main(["--subdomain", "acme", "invoices", "import", str(source)]) == 2
    assert "no credentials" in capsys.readouterr().err
