"""``daftra invoices import`` against a served sandbox: slow commits are settled, not sent
twice; a plain rerun of a file whose records carry their own reference creates nothing; the
summary's counts are the server's."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_sandbox import FaultProfile, Sandbox

from ..conftest import invoice_body


@pytest.fixture
def account(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    for name in (
        "DAFTRA_API_KEY",
        "DAFTRA_TOKEN",
        "DAFTRA_SUBDOMAIN",
        "DAFTRA_BASE_URL",
        "DAFTRA_PROFILE",
        "DAFTRA_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


def summary_counts(stderr: str) -> dict[str, int]:
    line = next(line for line in stderr.splitlines() if line.startswith("summary:"))
    return {
        name: int(n)
        for n, name in re.findall(r"(\d+) ([a-z]+)(?=[, ])", line)
        if name not in ("record", "records")
    }


def test_an_import_under_slow_commits_creates_each_invoice_once_and_counts_truly(
    sandbox: Sandbox, account: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1,000 invoices; 5% of requests held 1 s then committed, past the 0.3 s timeout."""
    count = 1000
    Path("invoices.json").write_text(
        json.dumps([invoice_body(1 + n % 2, unit_price=float(n + 1)) for n in range(count)])
    )
    sandbox.set_faults(FaultProfile(slow=0.05, slow_seconds=1.0, seed=7))

    status = main(
        [
            *account,
            "--timeout",
            "0.3",
            "invoices",
            "import",
            "invoices.json",
            "--chunk-size",
            "10",
            "--settle-window",
            "2",
            "--quiet",
            "--no-journal",
            "--report",
            "report.csv",
        ]
    )

    stored = sandbox.state.all("Invoice")
    counts = summary_counts(capsys.readouterr().err)
    assert sandbox.fault_counts["slow"] >= 3
    assert set(Counter(invoice["po_number"] for invoice in stored).values()) == {1}
    assert counts == {"created": len(stored), "rejected": 0, "unknown": 0}
    assert status == 0 and len(stored) == count
    rows = list(csv.DictReader(Path("report.csv").read_text().splitlines()))
    assert sorted(int(row["id"]) for row in rows) == sorted(i["id"] for i in stored)


def test_a_plain_rerun_reports_records_with_their_own_reference_as_existing(
    sandbox: Sandbox, account: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("invoices.json").write_text(
        json.dumps([invoice_body(1, po_number=f"PO-{n}") for n in range(3)])
    )
    command = [*account, "invoices", "import", "invoices.json", "--no-journal"]
    assert main(command) == 0
    capsys.readouterr()

    assert main(command) == 0  # no job store, no --match

    captured = capsys.readouterr()
    assert summary_counts(captured.err) == {
        "created": 0,
        "existing": 3,
        "rejected": 0,
        "unknown": 0,
    }
    assert captured.out.count("existing") == 3 and sandbox.state.count("Invoice") == 3

    assert main([*command, "--allow-duplicates"]) == 0
    assert summary_counts(capsys.readouterr().err)["created"] == 3
    assert sandbox.state.count("Invoice") == 6


def test_a_reference_found_twice_is_counted_as_a_duplicate_with_both_ids(
    sandbox: Sandbox, account: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [sandbox.add_invoice(invoice_body(1, po_number="PO-9"))["id"] for _ in range(2)]
    Path("invoices.json").write_text(json.dumps([invoice_body(1, po_number="PO-9")]))

    status = main(
        [*account, "invoices", "import", "invoices.json", "--no-journal", "--report", "report.json"]
    )

    captured = capsys.readouterr()
    assert status == 1
    assert summary_counts(captured.err) == {
        "created": 0,
        "duplicate": 1,
        "rejected": 0,
        "unknown": 0,
    }
    assert f"ids={ids[0]} {ids[1]}" in captured.out
    [row] = json.loads(Path("report.json").read_text())["elements"]
    assert row["outcome"] == "duplicate" and row["id"] == f"{ids[0]} {ids[1]}"
    assert sandbox.state.count("Invoice") == 2


@pytest.mark.parametrize("match", [[], ["--match", "email"]])
def test_the_settle_window_reaches_imports_one_by_one_and_upserts(
    sandbox: Sandbox, account: list[str], capsys: pytest.CaptureFixture[str], match: list[str]
) -> None:
    """Clients have no bulk endpoint: they are created one by one (or upserted with
    ``--match``), and a lost create waits ``--settle-window``, not the 30 s default."""
    import time

    Path("clients.json").write_text(
        json.dumps([{"Client": {"business_name": "Acme", "email": "acme@x.example", "type": 3}}])
    )
    sandbox.inject(502, b"<html>Bad gateway</html>", operation="addClient")
    started = time.monotonic()

    status = main(
        [
            *account,
            "clients",
            "import",
            "clients.json",
            *match,
            "--no-journal",
            "--settle-window",
            "0.4",
            "--quiet",
        ]
    )

    assert status == 0 and 0.4 <= time.monotonic() - started < 10
    assert [c["email"] for c in sandbox.state.all("Client")].count("acme@x.example") == 1
    assert summary_counts(capsys.readouterr().err)["created"] == 1
