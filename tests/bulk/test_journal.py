"""A journaled import can be stopped at any point and run again: nothing lost, nothing twice."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from daftra_facade import Created, Daftra, JobStore, Rejected, Unknown
from daftra_sandbox import Sandbox

from ..conftest import invoice_body


def bulk_posts(sandbox: Sandbox) -> int:
    return sum(1 for _, path, _ in sandbox.request_log if "add_bulk" in path)


def test_a_finished_job_run_again_sends_nothing(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    journal = JobStore(tmp_path / "job.sqlite")
    records = [invoice_body(1 + n % 2) for n in range(7)]

    first = client.invoices.bulk_create(records, chunk_size=3, journal=journal)
    sent = bulk_posts(sandbox)
    again = client.invoices.bulk_create(records, chunk_size=3, journal=JobStore(journal.path))

    assert first.ok and bulk_posts(sandbox) == sent == 3
    assert [o.id for o in again.created] == [o.id for o in first.created]  # type: ignore[union-attr]
    assert sandbox.state.count("Invoice") == 7


def test_elements_sent_without_an_answer_are_looked_up_on_the_next_run(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    journal_path = tmp_path / "job.sqlite"
    records = [invoice_body(1) for _ in range(4)]
    # The first run's chunk is stored but its answer lost, and every lookup fails too.
    sandbox.inject(502, b"<html>lost</html>", path_contains="add_bulk", process=True)
    sandbox.inject(500, b"<html>db down</html>", path_contains="/invoices.json", times=100)
    first = client.invoices.bulk_create(records, journal=JobStore(journal_path),
                                        settle_window=0.2)
    assert all(isinstance(o, Unknown) for o in first)
    sandbox.faults.clear()

    second = client.invoices.bulk_create(records, journal=JobStore(journal_path),
                                         settle_window=0.2)

    assert second.ok and bulk_posts(sandbox) == 1  # found by reference, not sent again
    assert sorted(o.id for o in second.created) == sorted(  # type: ignore[union-attr]
        i["id"] for i in sandbox.state.all("Invoice")
    )


def test_elements_refused_before_sending_are_checked_again(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    journal_path = tmp_path / "job.sqlite"
    records = [invoice_body(1), invoice_body(1, date="2026-02-30")]
    client.invoices.bulk_create(records, journal=JobStore(journal_path))
    records[1] = invoice_body(1, date="2026-02-28")  # fixed by the user; never sent before

    result = client.invoices.bulk_create(records, journal=JobStore(journal_path))

    assert result.ok and sandbox.state.count("Invoice") == 2


def test_changed_input_for_a_sent_element_is_refused(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    journal_path = tmp_path / "job.sqlite"
    client.invoices.bulk_create([invoice_body(1), invoice_body(2)], journal=JobStore(journal_path))

    result = client.invoices.bulk_create(
        [invoice_body(1), invoice_body(1)], journal=JobStore(journal_path)
    )

    # The changed element may not be sent over the record its first version made.
    assert result[0].earlier and isinstance(result[0], Created)
    assert isinstance(result[1], Rejected) and not result[1].sent
    assert "element 1 of job 'default'" in result[1].message and "changed" in result[1].message
    assert sandbox.state.count("Invoice") == 2


def test_a_journal_holds_no_credentials(tmp_path: Path) -> None:
    path = tmp_path / "job.sqlite"
    with (
        Sandbox(api_key="the-secret-key-123") as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        assert client.invoices.bulk_create([invoice_body(1)], journal=JobStore(path)).ok
    for file in tmp_path.iterdir():
        assert b"the-secret-key-123" not in file.read_bytes()


IMPORT = [sys.executable, "-m", "daftra_facade.cli"]


def test_killing_the_import_at_random_points_loses_and_duplicates_nothing(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    process_request = sandbox.handle

    def slowly(request: object) -> object:  # 20 ms a request, so that kills land mid-run
        time.sleep(0.02)
        return process_request(request)  # type: ignore[arg-type]

    monkeypatch.setattr(sandbox, "handle", slowly)
    count = 300
    source = tmp_path / "invoices.json"
    source.write_text(json.dumps([invoice_body(1 + n % 2, unit_price=n + 1) for n in range(count)]))
    command = [*IMPORT, "--base-url", sandbox.base_url, "--api-key", sandbox.api_key,
               "invoices", "import", str(source), "--chunk-size", "2", "--concurrency", "2",
               "--quiet", "--settle-window", "0.5"]  # the sandbox commits within 20 ms
    rng = random.Random(20261124)
    kills = 0
    for _ in range(12):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            process.wait(timeout=rng.uniform(0.3, 1.2))
        except subprocess.TimeoutExpired:
            process.kill()  # SIGKILL: no clean-up of any kind
            process.wait()
            kills += 1
            continue
        assert process.returncode == 0, process.stderr.read()  # type: ignore[union-attr]
        break
    final = subprocess.run(command, capture_output=True, text=True, timeout=60)

    assert kills >= 1, "the import finished before any kill; make it slower"
    assert final.returncode == 0, final.stderr
    invoices = sandbox.state.all("Invoice")
    references = Counter(invoice["po_number"] for invoice in invoices)
    assert len(invoices) == count
    assert set(references.values()) == {1}  # every reference exactly once
    totals = sorted(invoice["summary_total"] for invoice in invoices)
    assert totals == [float(n + 1) for n in range(count)]


def test_created_outcomes_come_back_from_the_journal(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    journal = JobStore(tmp_path / "job.sqlite")
    client.invoices.bulk_create([invoice_body(1)], journal=journal, job="one")
    sandbox.request_log.clear()

    result = client.invoices.bulk_create([invoice_body(1)], journal=journal, job="one")

    assert isinstance(result[0], Created) and len(sandbox.request_log) == 0
