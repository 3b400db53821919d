"""Files as people hand them over: `-` for standard input and output, the export format
from the file's extension (or a refusal naming it), and spreadsheets' UTF-16 text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

CLIENTS = "Client.business_name,Client.email,Client.type\nNile Traders,orders@nile.example,3\n"


def account(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


def test_an_export_to_dash_writes_standard_output_and_no_file(
    sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["brands", "export", "--output", "-", *account(sandbox)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all("id" in row for row in rows)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.xlsx", "out"])
def test_an_export_to_an_extension_of_no_known_format_is_refused_before_reading(
    sandbox: Sandbox, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / name
    assert main(["brands", "export", "--output", str(target), *account(sandbox)]) == 2
    error = capsys.readouterr().err
    assert f"--output {target}:" in error and ".csv, .jsonl, .ndjson" in error
    assert not target.exists()


@pytest.mark.parametrize(("name", "first"), [("out.ndjson", "{"), ("out.CSV", "key")])
def test_the_export_format_follows_the_extension(
    sandbox: Sandbox, tmp_path: Path, name: str, first: str
) -> None:
    target = tmp_path / name
    assert main(["brands", "export", "--output", str(target), *account(sandbox)]) == 0
    assert target.read_text(encoding="utf-8").startswith(first)


def test_an_import_from_dash_reads_standard_input(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = json.dumps([invoice_body(1), invoice_body(1)]).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    before = sandbox.state.count("Invoice")
    assert main(["invoices", "import", "-", "--no-journal", "--quiet", *account(sandbox)]) == 0
    assert sandbox.state.count("Invoice") == before + 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_spreadsheets_unicode_text_is_read_by_its_byte_order_mark(
    sandbox: Sandbox, tmp_path: Path, encoding: str
) -> None:
    source = tmp_path / "clients.csv"
    text = CLIENTS.replace("Nile", "نايل")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    source.write_bytes(data)
    assert (
        main(["clients", "import", str(source), "--no-journal", "--quiet", *account(sandbox)]) == 0
    )
    assert any(c.get("business_name") == "نايل Traders" for c in sandbox.state.all("Client"))


@pytest.mark.parametrize("report", ["missing/report.csv", "."])
def test_a_report_that_could_not_be_written_is_refused_before_anything_is_sent(
    sandbox: Sandbox,
    tmp_path: Path,
    report: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "one.json"
    source.write_text(json.dumps([invoice_body(1)]))
    before = sandbox.state.count("Invoice")
    argv = ["invoices", "import", str(source), "--no-journal", "--report", report]
    assert main([*argv, *account(sandbox)]) == 2
    assert f"--report {report}:" in capsys.readouterr().err
    assert sandbox.state.count("Invoice") == before


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_files_are_read_without_a_flag(
    sandbox: Sandbox, tmp_path: Path, delimiter: str
) -> None:
    source = tmp_path / "clients.csv"
    rows = ["Client.business_name,Client.email,Client.type", '"Nile, Sons",n@nile.example,3']
    text = "\n".join(
        row.replace(",", delimiter)
        if n == 0
        else f'"Nile, Sons"{delimiter}n@nile.example{delimiter}3'
        for n, row in enumerate(rows)
    )
    source.write_text(text + "\n", encoding="utf-8")
    assert (
        main(["clients", "import", str(source), "--no-journal", "--quiet", *account(sandbox)]) == 0
    )
    assert any(c.get("business_name") == "Nile, Sons" for c in sandbox.state.all("Client"))


def test_a_file_in_a_windows_code_page_is_read_with_encoding(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "clients.csv"
    source.write_bytes(CLIENTS.replace("Nile", "النيل").encode("cp1256"))
    argv = ["clients", "import", str(source), "--no-journal", *account(sandbox)]
    assert main(argv) == 1  # as UTF-8: the row is refused, naming its line and byte
    assert "clients.csv:2:1: not UTF-8" in capsys.readouterr().out
    assert main([*argv, "--encoding", "cp1256"]) == 0
    assert any(c.get("business_name") == "النيل Traders" for c in sandbox.state.all("Client"))


def test_an_unknown_encoding_or_separator_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(CLIENTS, encoding="utf-8")
    assert main(["clients", "import", str(source), "--sandbox", "--encoding", "klingon"]) == 2
    assert "'klingon' is not an encoding" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["clients", "import", str(source), "--sandbox", "--delimiter", ";;"])
    assert stopped.value.code == 2


def test_a_named_separator_wins_over_the_one_sniffed(sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(CLIENTS.replace(",", "|"), encoding="utf-8")
    argv = ["clients", "import", str(source), "--no-journal", "--quiet", *account(sandbox)]
    assert main([*argv, "--delimiter", "|"]) == 0
    assert any(c.get("email") == "orders@nile.example" for c in sandbox.state.all("Client"))


def test_standard_input_keeps_no_job_store_beside_a_file_named_dash(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = json.dumps([invoice_body(1)]).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
    assert main(["invoices", "import", "-", "--quiet", *account(sandbox)]) == 0
    assert list(tmp_path.iterdir()) == []


def test_standard_input_with_a_job_store_creates_nothing_twice_when_run_again(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = json.dumps([invoice_body(1), invoice_body(1)]).encode()
    journal = str(tmp_path / "stdin.journal")
    argv = ["invoices", "import", "-", "--journal", journal, "--quiet", *account(sandbox)]
    before = sandbox.state.count("Invoice")
    for _ in range(2):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(body)))
        assert main(argv) == 0
    assert sandbox.state.count("Invoice") == before + 2
