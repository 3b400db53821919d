"""The import's job store from the command line: one run at a time, a damaged store or
one of another file refused in one line (a new job only with --new-job), a full disk
ending with the summary of what was sent, and files readable by their owner only."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from daftra_facade.bulk import journal
from daftra_facade.cli import main
from daftra_sandbox import Sandbox

from ..conftest import invoice_body


@pytest.fixture
def account(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
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
    return tmp_path


def invoices(path: str, count: int, start: int = 0) -> None:
    Path(path).write_text(
        json.dumps([invoice_body(1, unit_price=start + n + 1) for n in range(count)])
    )


def each_once(sandbox: Sandbox, count: int) -> bool:
    references = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    return len(references) == count and set(references.values()) == {1}


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("daftra: error:")]


def test_an_emptied_job_store_is_refused_until_a_new_job_is_asked_for(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoices("invoices.json", 3)
    Path("invoices.json.journal").write_bytes(b"")  # emptied, by a crash or by hand

    assert main([*account, "invoices", "import", "invoices.json", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invoices.json.journal is empty (0 bytes)" in err
    assert "--new-job" in err and sandbox.state.count("Invoice") == 0

    assert main([*account, "invoices", "import", "invoices.json", "--quiet", "--new-job"]) == 0
    err = capsys.readouterr().err
    assert "kept as invoices.json.journal.damaged-" in err and "3 created" in err
    assert each_once(sandbox, 3)


def test_a_job_store_of_another_file_is_refused(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoices("june.json", 2)
    invoices("july.json", 3, start=10)
    assert (
        main([*account, "invoices", "import", "june.json", "--journal", "jobs.sqlite", "--quiet"])
        == 0
    )
    capsys.readouterr()

    assert (
        main([*account, "invoices", "import", "july.json", "--journal", "jobs.sqlite", "--quiet"])
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "was made for" in err and "june.json" in err
    assert sandbox.state.count("Invoice") == 2
    assert (
        main(
            [
                *account,
                "invoices",
                "import",
                "july.json",
                "--journal",
                "jobs.sqlite",
                "--quiet",
                "--new-job",
            ]
        )
        == 0
    )
    assert each_once(sandbox, 5)


def test_a_killed_import_whose_wal_was_lost_is_refused_then_finished_by_restart(
    sandbox: Sandbox,
    account: list[str],
    workdir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    process_request = sandbox.handle

    def slowly(request: object) -> object:  # 10 ms a request, so that the kill lands mid-run
        time.sleep(0.01)
        return process_request(request)  # type: ignore[arg-type]

    monkeypatch.setattr(sandbox, "handle", slowly)
    count = 200
    invoices("invoices.json", count)
    command = [
        sys.executable,
        "-m",
        "daftra_facade.cli",
        *account,
        "invoices",
        "import",
        "invoices.json",
        "--chunk-size",
        "2",
        "--concurrency",
        "1",
        "--quiet",
    ]
    running = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while sandbox.state.count("Invoice") < 20 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(running.pid, signal.SIGKILL)
    running.wait()
    monkeypatch.setattr(sandbox, "handle", process_request)
    assert 20 <= sandbox.state.count("Invoice") < count
    Path("invoices.json.journal-wal").unlink()  # the records of the killed run are lost

    assert main([*account, "invoices", "import", "invoices.json", "--quiet"]) == 2
    [error] = errors(capsys.readouterr().err)  # (the sandbox complains of the dead client)
    assert "-wal file" in error and "--restart" in error
    # The sandbox commits at once: a short settle window spares the default 30 s.
    assert (
        main(
            [
                *account,
                "invoices",
                "import",
                "invoices.json",
                "--quiet",
                "--restart",
                "--settle-window",
                "0.5",
            ]
        )
        == 0
    )
    assert each_once(sandbox, count)


def test_a_full_disk_ends_with_the_summary_of_what_was_sent(
    sandbox: Sandbox,
    account: list[str],
    workdir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    started = journal.started

    def on_a_tiny_disk(path: Path, db: sqlite3.Connection, token: str) -> sqlite3.Connection:
        db = started(path, db, token)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 4}")
        return db

    monkeypatch.setattr(journal, "started", on_a_tiny_disk)
    count = 400
    invoices("invoices.json", count)

    assert (
        main(
            [
                *account,
                "invoices",
                "import",
                "invoices.json",
                "--quiet",
                "--chunk-size",
                "10",
                "--report",
                "report.json",
            ]
        )
        == 1  # incomplete: stopped part-way
    )
    err = capsys.readouterr().err.splitlines()
    stored = sandbox.state.count("Invoice")
    assert 0 < stored < count
    assert err[0].startswith(
        f"summary: {stored} created, 0 rejected, 0 unknown, "
        f"{count - stored} not sent of {count} records"
    )
    assert (
        err[1].startswith(
            "daftra: error: stopped: job store invoices.json.journal: the disk is full"
        )
        and len(err) == 2
    )
    report = json.loads(Path("report.json").read_text())
    assert report["summary"]["created"] == stored
    assert {row["id"] for row in report["elements"]} == {
        invoice["id"] for invoice in sandbox.state.all("Invoice")
    }

    monkeypatch.setattr(journal, "started", started)  # room again
    assert main([*account, "invoices", "import", "invoices.json", "--quiet"]) == 0
    assert each_once(sandbox, count)


def test_job_stores_and_reports_are_readable_by_their_owner_only(
    sandbox: Sandbox, account: list[str], workdir: Path
) -> None:
    previous = os.umask(0o022)
    try:
        invoices("invoices.json", 2)
        Path("report.csv").write_text("an older report")
        Path("report.csv").chmod(0o644)
        assert (
            main(
                [
                    *account,
                    "invoices",
                    "import",
                    "invoices.json",
                    "--quiet",
                    "--report",
                    "report.csv",
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    *account,
                    "invoices",
                    "import",
                    "invoices.json",
                    "--quiet",
                    "--report",
                    "report.json",
                ]
            )
            == 0
        )
    finally:
        os.umask(previous)
    for name in ("invoices.json.journal", "report.csv", "report.json"):
        assert stat.S_IMODE(Path(name).stat().st_mode) == 0o600, name
    assert "index,key,outcome" in Path("report.csv").read_text()


def test_a_disk_full_from_the_start_sends_nothing_and_says_so(
    sandbox: Sandbox,
    account: list[str],
    workdir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    started = journal.started

    def on_a_full_disk(path: Path, db: sqlite3.Connection, token: str) -> sqlite3.Connection:
        db = started(path, db, token)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        with contextlib.suppress(sqlite3.OperationalError):  # the jobs' page filled up
            for n in range(10_000):
                db.execute(
                    "INSERT INTO job (name, resource, reference_prefix) VALUES (?, 'clients', 'X')",
                    (f"filler-{n}",),
                )
        return db

    monkeypatch.setattr(journal, "started", on_a_full_disk)
    invoices("invoices.json", 3)

    assert main([*account, "invoices", "import", "invoices.json", "--quiet"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("summary: 0 created, 0 rejected, 0 unknown, 3 not sent")
    assert "the disk is full" in err[1] and len(err) == 2
    assert sandbox.state.count("Invoice") == 0
