"""A journaled import can be stopped at any point and run again: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import (
    BulkAbortedError,
    Created,
    Daftra,
    JobStore,
    JobStoreBusyError,
    JobStoreDamagedError,
    JobStoreMismatchError,
    JobStoreWriteError,
    Rejected,
    Unknown,
)
from daftra_facade.bulk.journal_jobs import fingerprint
from daftra_sandbox import Sandbox

from ..conftest import invoice_body


def bulk_posts(sandbox: Sandbox) -> int:
    return sum(1 for _, path, _ in sandbox.request_log if "add_bulk" in path)


def test_a_finished_job_run_again_sends_nothing(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    records = [invoice_body(1 + n % 2) for n in range(7)]
    with JobStore(tmp_path / "job.sqlite") as journal:
        first = client.invoices.bulk_create(records, chunk_size=3, journal=journal)
    sent = bulk_posts(sandbox)
    with JobStore(journal.path) as reopened:
        again = client.invoices.bulk_create(records, chunk_size=3, journal=reopened)

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
    first = client.invoices.bulk_create(records, journal=JobStore(journal_path), settle_window=0.2)
    assert all(isinstance(o, Unknown) for o in first)
    sandbox.faults.clear()

    second = client.invoices.bulk_create(records, journal=JobStore(journal_path), settle_window=0.2)

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
    command = [
        *IMPORT,
        "--base-url",
        sandbox.base_url,
        "--api-key",
        sandbox.api_key,
        "invoices",
        "import",
        str(source),
        "--chunk-size",
        "2",
        "--concurrency",
        "2",
        "--quiet",
        "--settle-window",
        "0.5",
    ]  # the sandbox commits within 20 ms
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


# A job store is exclusive: one run at a time, whoever holds it is named.
def test_a_second_process_on_a_store_in_use_is_refused_naming_the_holder(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    process_request = sandbox.handle
    second_done = threading.Event()

    def held_up(request: object) -> object:  # the first run lasts until the second ended
        second_done.wait(timeout=60)
        return process_request(request)  # type: ignore[arg-type]

    monkeypatch.setattr(sandbox, "handle", held_up)
    count = 60
    source = tmp_path / "invoices.json"
    source.write_text(json.dumps([invoice_body(1, unit_price=n + 1) for n in range(count)]))
    command = [
        *IMPORT,
        "--base-url",
        sandbox.base_url,
        "--api-key",
        sandbox.api_key,
        "invoices",
        "import",
        str(source),
        "--chunk-size",
        "2",
        "--concurrency",
        "1",
        "--quiet",
    ]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lock = Path(f"{source}.journal.lock")
    deadline = time.monotonic() + 30
    while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    second = subprocess.run(command, capture_output=True, text=True, timeout=60)
    second_done.set()
    first_err = first.communicate(timeout=60)[1]

    assert first.returncode == 0, first_err
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1, second.stderr
    assert f"is in use by pid {first.pid} on " in second.stderr
    assert "daftra invoices import invoices.json" in second.stderr
    references = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    assert len(references) == count and set(references.values()) == {1}
    assert not lock.exists()  # let go at the end of the run


def test_two_job_stores_of_one_process_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "job.sqlite"
    with JobStore(path, purpose="the first") as held:
        with pytest.raises(JobStoreBusyError) as refused:
            JobStore(tmp_path / "." / "job.sqlite")  # the same file, however spelled
        assert "another JobStore of this process" in refused.value.message
        assert str(os.getpid()) in refused.value.holder
        assert "the first" in (tmp_path / "job.sqlite.lock").read_text()
        held.job("june", "invoices")
    with JobStore(path) as again:  # let go by close
        assert again.job("june", "invoices").reference_prefix


def test_a_store_dropped_without_closing_is_let_go_once_unreachable(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "job.sqlite")
    store.job("june", "invoices")
    del store

    with JobStore(tmp_path / "job.sqlite") as reopened:
        assert reopened.job("june", "invoices")


KILLED_HOLDER = """
import os, signal, sys
from daftra_facade import JobStore
from daftra_facade.bulk.outcomes import Created
store = JobStore(sys.argv[1])
job = store.job("default", "invoices")
for index in range(5):
    job.earlier(index, {"n": index})
job.sending(list(range(5)))
job.settled([Created(index, 100 + index) for index in range(5)])
print("holding", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_holder(path: Path) -> None:
    """A process that holds the store, writes five settled elements (into the -wal file
    only) and is killed."""
    done = subprocess.run(
        [sys.executable, "-c", KILLED_HOLDER, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -9 and "holding" in done.stdout, done.stderr


def test_a_killed_holder_frees_the_store_at_once_and_its_writes_are_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "job.sqlite"
    killed_holder(path)
    assert Path(f"{path}.lock").exists() and Path(f"{path}-wal").stat().st_size > 0

    with JobStore(path) as store:
        job = store.job("default", "invoices")
        assert job.earlier(4, {"n": 4}) == Created(4, 104, earlier=True)


# A job store is verified: anything in doubt is refused, a new job only when asked.
def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    last_page = len(data) - 4096  # the elements' last b-tree page: its header garbled
    data[last_page : last_page + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def _another_database(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE orders (id INTEGER)")


DAMAGES = {
    "empty": (lambda path: path.write_bytes(b""), "is empty (0 bytes)"),
    "cut short": (_cut_short, "is cut short"),
    "garbage": (
        lambda path: path.write_bytes(random.Random(7).randbytes(9000)),
        "is not a SQLite file",
    ),
    "corrupt": (_corrupt, "is corrupt"),
    "another database": (_another_database, "is another SQLite database"),
}


def finished_store(path: Path, elements: int = 300) -> None:
    with JobStore(path) as store:
        job = store.job("default", "invoices")
        for index in range(elements):
            job.earlier(index, {"n": index, "text": "x" * 100})
        job.sending(list(range(elements)))
        job.settled([Created(index, 1000 + index) for index in range(elements)])


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_store_is_refused_and_a_new_job_starts_only_when_asked(
    damage: str, tmp_path: Path, sandbox: Sandbox, client: Daftra
) -> None:
    path = tmp_path / "job.sqlite"
    finished_store(path)
    damaged, expected = DAMAGES[damage]
    damaged(path)
    before = path.read_bytes()

    with pytest.raises(JobStoreDamagedError) as refused:
        JobStore(path)

    message = refused.value.message
    assert message.startswith(f"job store {path} ") and expected in message, message
    assert "\n" not in message and "--new-job" in message
    assert path.read_bytes() == before  # left as it was, for the user to look at
    with JobStore(path, new_job=True) as store:
        assert store.set_aside is not None and store.set_aside.read_bytes() == before
        assert client.invoices.bulk_create([invoice_body(1)], journal=store).ok
    assert sandbox.state.count("Invoice") == 1


def test_a_store_that_lost_its_wal_after_a_kill_is_refused_until_recovered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "job.sqlite"
    killed_holder(path)
    Path(f"{path}-wal").unlink()  # what the killed run wrote last is gone

    with pytest.raises(JobStoreDamagedError) as refused:
        JobStore(path)
    assert "was left open by a run that did not close it" in refused.value.message
    assert "-wal file" in refused.value.message and "--restart" in refused.value.message
    copy = tmp_path / "copy.sqlite"  # a main file copied alone is just as orphaned
    copy.write_bytes(path.read_bytes())
    with JobStore(copy, new_job=True) as fresh:
        assert fresh.set_aside is not None and fresh.set_aside.exists()
        assert fresh.job("default", "invoices").earlier(2, {"n": 2}) is False  # a new job
    with JobStore(path, recover=True) as store:
        job = store.job("default", "invoices")
        assert job.look_up_all and job.earlier(2, {"n": 2}) is True  # looked up first
    with JobStore(path) as store:  # recovered: opened as usual from now on
        assert store.job("default", "invoices").look_up_all


def test_a_killed_import_whose_wal_was_lost_creates_nothing_twice_with_recover(
    tmp_path: Path, run: Any, sandbox: Sandbox
) -> None:
    path = tmp_path / "job.sqlite"
    records = [invoice_body(1, unit_price=n + 1) for n in range(12)]
    script = f"""
import os, signal
from daftra_facade import Daftra, JobStore
def stop(progress):
    if progress.done >= 6:
        os.kill(os.getpid(), signal.SIGKILL)
with Daftra(base_url={sandbox.base_url!r}, api_key={sandbox.api_key!r}) as client:
    client.invoices.bulk_create({records!r}, chunk_size=2, concurrency=1,
                                journal=JobStore({str(path)!r}), on_progress=stop)
"""
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert killed.returncode == -9, killed.stderr
    stored = sandbox.state.count("Invoice")
    assert stored >= 6
    Path(f"{path}-wal").unlink()
    with pytest.raises(JobStoreDamagedError):
        JobStore(path)

    async def finish(client: Any) -> Any:
        with JobStore(path, recover=True) as store:
            # The sandbox commits at once; a short window spares the default 30 s.
            return await client.invoices.bulk_create(
                records, chunk_size=2, journal=store, settle_window=0.5
            )

    result = run(finish)

    assert result.ok
    references = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    assert len(references) == 12 and set(references.values()) == {1}


def test_a_store_made_before_its_marker_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:  # the tables as the first release made them
        old.executescript("""
            CREATE TABLE job (name TEXT PRIMARY KEY, resource TEXT NOT NULL,
                              reference_prefix TEXT NOT NULL);
            CREATE TABLE element (job TEXT NOT NULL, idx INTEGER NOT NULL,
                fingerprint TEXT NOT NULL, state TEXT NOT NULL, record_id INTEGER,
                number TEXT, message TEXT, field_errors TEXT, PRIMARY KEY (job, idx));
            INSERT INTO job VALUES ('default', 'invoices', 'OLD1');
        """)
        old.execute(
            "INSERT INTO element VALUES ('default', 0, ?, 'created', 5, 'N5', NULL, NULL)",
            (fingerprint({"n": 0}),),
        )

    with JobStore(path) as store:
        job = store.job("default", "invoices")

    assert job.reference_prefix == "OLD1"
    assert job.earlier(0, {"n": 0}) == Created(0, 5, "N5", earlier=True)


def test_a_job_made_for_another_input_file_is_refused(tmp_path: Path) -> None:
    first, second, moved = (tmp_path / name for name in ("a.json", "b.json", "c.json"))
    first.write_text("[1]")
    second.write_text("[2, 3]")
    path = tmp_path / "job.sqlite"
    with JobStore(path, input_file=first) as store:
        prefix = store.job("default", "invoices").reference_prefix

    with pytest.raises(JobStoreMismatchError) as refused, JobStore(path, input_file=second) as s:
        s.job("default", "invoices")
    assert f"was made for {first} (3 bytes), not {second} (6 bytes)" in refused.value.message
    first.write_text("[1, 4]")  # the same file, fixed: the same job
    with JobStore(path, input_file=first) as store:
        assert store.job("default", "invoices").reference_prefix == prefix
    moved.write_text("[1, 4]")
    with JobStore(path, input_file=moved) as store:  # another path, the same content
        assert store.job("default", "invoices").reference_prefix == prefix
    with JobStore(path, input_file=second) as store, pytest.raises(JobStoreMismatchError):
        store.restart("default")  # nor gone over again
    with JobStore(path, input_file=moved, new_job=True) as store:  # a sound job goes on
        assert store.job("default", "invoices").reference_prefix == prefix
    with JobStore(path, input_file=second, new_job=True) as store:
        assert store.job("default", "invoices").reference_prefix != prefix
        kept = [name for (name,) in store._db.execute("SELECT name FROM job")]
    assert len(kept) == 2 and any(name.startswith("default@") for name in kept)


# A full disk ends the run with what it did; nothing created is forgotten.
def test_a_full_disk_stops_the_run_keeping_everything_it_did(
    tmp_path: Path, run: Any, sandbox: Sandbox
) -> None:
    path = tmp_path / "job.sqlite"
    records = [invoice_body(1, unit_price=n + 1) for n in range(400)]

    async def until_full(client: Any) -> BulkAbortedError:
        with JobStore(path) as store:
            pages = store._db.execute("PRAGMA page_count").fetchone()[0]
            store._db.execute(f"PRAGMA max_page_count = {pages + 4}")  # a tiny disk
            with pytest.raises(BulkAbortedError) as stopped:
                await client.invoices.bulk_create(records, chunk_size=10, journal=store)
        return stopped.value

    stopped = run(until_full)

    assert isinstance(stopped.cause, JobStoreWriteError)
    assert "the disk is full" in stopped.message and "\n" not in stopped.message
    created = {o.id for o in stopped.result.created}  # type: ignore[union-attr]
    assert 0 < len(created) < len(records)
    assert created == {invoice["id"] for invoice in sandbox.state.all("Invoice")}

    async def again(client: Any) -> Any:
        with JobStore(path) as store:  # room again: the same job finishes
            return await client.invoices.bulk_create(records, chunk_size=10, journal=store)

    assert run(again).ok
    references = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    assert len(references) == len(records) and set(references.values()) == {1}


# A job store and everything beside it are readable by their owner only.
def test_a_store_its_wal_shm_and_lock_are_owner_only(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "job.sqlite"
        with JobStore(path) as store:
            store.job("default", "invoices").sending([0])
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")]
            modes = {file.name: stat.S_IMODE(file.stat().st_mode) for file in files}
        assert modes == dict.fromkeys(modes, 0o600), modes
        path.chmod(0o644)  # made by an earlier release
        with JobStore(path):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(previous)
    assert sorted(file.name for file in tmp_path.iterdir()) == ["job.sqlite"]


def test_a_full_disk_stops_single_creates_keeping_everything_they_did(
    tmp_path: Path, run: Any, sandbox: Sandbox
) -> None:
    path = tmp_path / "job.sqlite"
    before = sandbox.state.count("Client")
    records = [{"Client": {"business_name": f"Shop {n}", "type": 3}} for n in range(300)]

    async def until_full(client: Any) -> BulkAbortedError:
        with JobStore(path) as store:
            pages = store._db.execute("PRAGMA page_count").fetchone()[0]
            store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
            with pytest.raises(BulkAbortedError) as stopped:
                await client.clients.create_many(records, journal=store)
        return stopped.value

    stopped = run(until_full)

    assert isinstance(stopped.cause, JobStoreWriteError)
    created = {o.id for o in stopped.result.created}  # type: ignore[union-attr]
    assert created and len(created) == sandbox.state.count("Client") - before
