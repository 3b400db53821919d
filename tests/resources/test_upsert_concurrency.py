"""Upserts of one key at once create one record: within a process they take turns by key
value; across processes, the key is looked up again after each create and a second record
is reported as a duplicate naming both, never as created."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import (
    AsyncDaftra,
    AuthenticationError,
    BulkAbortedError,
    BulkResult,
    Created,
    Daftra,
    Duplicate,
    JobStore,
    MultipleMatchesError,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)
from daftra_facade.resources.key_locks import KEY_LOCKS
from daftra_sandbox import Sandbox

LOST = b"<html><body>502 Bad Gateway</body></html>"
TRIALS = 5


def client_body(email: str, name: str = "Acme") -> dict[str, object]:
    return {"Client": {"business_name": name, "email": email, "type": 3}}


def stored_ids(sandbox: Sandbox, email: str) -> list[int]:
    return sorted(
        int(c["id"])
        for c in sandbox.state.all("Client")
        if str(c.get("email", "")).casefold() == email.casefold()
    )


def kinds(*results: BulkResult) -> list[str]:
    return sorted(type(outcome).__name__ for result in results for outcome in result)


@pytest.fixture
def slow_sandbox(sandbox: Sandbox) -> Sandbox:
    """Every request waits a little before it is processed, as over a network: two
    upserts started together both look the key up before either creates it."""
    sandbox.latency = 0.02
    return sandbox


def open_client(sandbox: Sandbox, host: str = "127.0.0.1") -> Daftra:
    return Daftra(
        base_url=sandbox.base_url.replace("127.0.0.1", host),
        api_key=sandbox.api_key,
        timeout=5,
        max_retries=0,
    )


@pytest.fixture
def other_process(sandbox: Sandbox) -> Iterator[Daftra]:
    """A client no lock of the test's client reaches, as another process's would: it
    names the account by another address of the same server."""
    with open_client(sandbox, "localhost") as other:
        yield other


def together(*calls: Callable[[], BulkResult]) -> list[BulkResult]:
    """Run the calls on their own threads, released at the same moment."""
    barrier = threading.Barrier(len(calls))
    results: list[BulkResult | BaseException] = [RuntimeError("not run")] * len(calls)

    def call(position: int) -> None:
        barrier.wait()
        try:
            results[position] = calls[position]()
        except BaseException as exc:  # re-raised below
            results[position] = exc

    threads = [threading.Thread(target=call, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]


@pytest.mark.parametrize("clients", ["one client", "two clients"])
def test_two_threads_upserting_one_key_create_one_record(
    slow_sandbox: Sandbox, clients: str
) -> None:
    with open_client(slow_sandbox) as first, open_client(slow_sandbox) as second:
        twin = first if clients == "one client" else second
        for trial in range(TRIALS):
            email = f"race-{trial}@acme.example"
            results = together(
                functools.partial(first.clients.upsert, [client_body(email)], key="email"),
                # The same key as matching sees it: case does not make another.
                functools.partial(twin.clients.upsert, [client_body(email.upper())], key="email"),
            )
            assert len(stored_ids(slow_sandbox, email)) == 1, f"trial {trial}"
            assert kinds(*results) == ["Created", "Updated"]
            assert results[0][0].id == results[1][0].id  # type: ignore[union-attr]
    assert len(KEY_LOCKS) == 0  # nothing kept once nobody waits


def test_async_tasks_upserting_one_key_create_one_record(slow_sandbox: Sandbox) -> None:
    async def main() -> None:
        async with AsyncDaftra(
            base_url=slow_sandbox.base_url, api_key=slow_sandbox.api_key, max_retries=0
        ) as aclient:
            for trial in range(TRIALS):
                email = f"async-{trial}@acme.example"
                results = await asyncio.gather(
                    *(aclient.clients.upsert([client_body(email)], key="email") for _ in range(3))
                )
                assert len(stored_ids(slow_sandbox, email)) == 1, f"trial {trial}"
                assert kinds(*results) == ["Created", "Unchanged", "Unchanged"]
            assert len(KEY_LOCKS) == 0

    asyncio.run(main())


def test_a_resumed_create_many_and_an_upsert_of_one_key_take_turns(
    slow_sandbox: Sandbox, tmp_path: Path
) -> None:
    store = JobStore(tmp_path / "job.sqlite")
    # An earlier run sent element 0 and stopped before its answer was recorded: a rerun
    # looks it up, then creates it if absent. An upsert of its key must not interleave.
    store.job("default", "clients").sending([0])
    body = client_body("resumed@acme.example")
    with open_client(slow_sandbox) as first, open_client(slow_sandbox) as second:
        together(
            functools.partial(first.clients.create_many, [body], journal=store),
            functools.partial(second.clients.upsert, [body], key="email"),
        )
    assert len(stored_ids(slow_sandbox, "resumed@acme.example")) == 1


def test_elements_sharing_a_key_are_upserted_in_input_order(run: Any, sandbox: Sandbox) -> None:
    sandbox.latency = 0.01
    records = [
        client_body("dup@acme.example", "First"),
        client_body("solo@acme.example"),
        client_body("DUP@acme.example", "Second"),
        client_body("DUP@acme.example", "Second"),
    ]

    async def scenario(client: Any) -> BulkResult:
        return await client.clients.upsert(records, key="email", concurrency=4)  # type: ignore[no-any-return]

    result = run(scenario)
    created, _, updated, unchanged = result.outcomes
    assert isinstance(created, Created) and isinstance(updated, Updated)
    assert isinstance(unchanged, Unchanged)
    assert created.id == updated.id == unchanged.id
    assert stored_ids(sandbox, "dup@acme.example") == [created.id]
    stored = next(c for c in sandbox.state.all("Client") if c["id"] == created.id)
    assert stored["business_name"] == "Second"


def create_first(client: Daftra | AsyncDaftra, competitor: Callable[[], object]) -> None:
    """Run ``competitor`` just before ``client`` sends its create of a client: it looked
    the key up and found nothing, then another run created the key meanwhile."""
    transport = client._transport
    send = transport.send

    def competing(request: dict[str, Any]) -> Any:
        if request["method"].upper() == "POST" and request["url"].endswith("clients.json"):
            competitor()
        return send(request)

    transport.send = competing  # type: ignore[method-assign]


def test_a_create_stored_after_another_runs_create_is_a_duplicate_naming_both(
    sandbox: Sandbox, client: Daftra, other_process: Daftra
) -> None:
    body = client_body("both@acme.example")
    theirs: list[BulkResult] = []
    # The other run looks up, creates and looks up again while this one's create is on
    # its way: this create is stored last, and its second look sees both.
    create_first(client, lambda: theirs.append(other_process.clients.upsert([body], key="email")))

    ours = client.clients.upsert([body], key="email")

    both = stored_ids(sandbox, "both@acme.example")
    assert len(both) == 2  # nothing deleted
    assert isinstance(theirs[0][0], Created)
    duplicate = ours[0]
    assert isinstance(duplicate, Duplicate) and duplicate.sent
    assert duplicate.ids == tuple(both)
    assert duplicate.kept == theirs[0][0].id and duplicate.extra == (both[1],)
    assert "2 records carry email='both@acme.example'" in duplicate.reason
    assert f"this element created {both[1]}" in duplicate.reason
    assert "nothing was deleted: keep the oldest" in duplicate.reason
    # Counts tell the truth: one created (theirs), one duplicate (ours), for two records.
    assert theirs[0].counts["created"] + ours.counts["duplicate"] == 2
    assert ours.counts == {"created": 0, "rejected": 0, "unknown": 0, "duplicate": 1}
    assert not ours.ok

    # Until one is deleted, the key is refused by name, and find_one says why.
    again = other_process.clients.upsert([body], key="email")
    assert isinstance(again[0], Rejected) and not again[0].sent
    assert f"(ids {both[0]}, {both[1]}): nothing sent" in again[0].message
    with pytest.raises(MultipleMatchesError, match="keep the oldest") as raised:
        client.clients.find_one(email="both@acme.example")
    assert raised.value.ids == both

    other_process.clients.delete(both[1])
    final = client.clients.upsert([body], key="email")
    assert isinstance(final[0], Unchanged) and final[0].id == both[0]


def test_a_duplicate_in_a_job_is_looked_up_again_by_a_rerun(
    sandbox: Sandbox, client: Daftra, other_process: Daftra, tmp_path: Path
) -> None:
    body = client_body("job@acme.example")
    store = JobStore(tmp_path / "job.sqlite")
    create_first(client, lambda: other_process.clients.upsert([body], key="email"))
    first = client.clients.upsert([body], key="email", journal=store)
    assert isinstance(first[0], Duplicate)
    both = stored_ids(sandbox, "job@acme.example")

    rerun = other_process.clients.upsert([body], key="email", journal=store)
    assert isinstance(rerun[0], Rejected) and not rerun[0].sent
    assert f"(ids {both[0]}, {both[1]})" in rerun[0].message
    other_process.clients.delete(both[1])
    healed = other_process.clients.upsert([body], key="email", journal=store)
    assert isinstance(healed[0], Unchanged) and healed[0].id == both[0]
    assert stored_ids(sandbox, "job@acme.example") == [both[0]]


def test_refused_credentials_leave_every_element_of_a_key_pending(sandbox: Sandbox) -> None:
    sandbox.latency = 0.1  # the first answer comes after every element was planned
    records = [client_body("same@acme.example", name) for name in ("A", "B", "C")]
    with (
        Daftra(base_url=sandbox.base_url, api_key="wrong", max_retries=0) as wrong,
        pytest.raises(BulkAbortedError) as raised,
    ):
        wrong.clients.upsert(records, key="email", concurrency=3)
    assert isinstance(raised.value.cause, AuthenticationError)
    outcomes = raised.value.result.outcomes
    assert [o.index for o in outcomes] == [0, 1, 2]
    assert all(isinstance(o, Rejected) and not o.final for o in outcomes)


def test_a_lost_answer_settled_among_two_records_is_a_duplicate(
    sandbox: Sandbox, client: Daftra, other_process: Daftra
) -> None:
    body = client_body("lost@acme.example")
    # The other run's create goes first and is answered; this one's is stored, its answer lost.
    sandbox.inject(502, LOST, path_contains="/clients.json", process=True, after=1)
    create_first(client, lambda: other_process.clients.upsert([body], key="email"))

    result = client.clients.upsert([body], key="email")

    duplicate = result[0]
    assert isinstance(duplicate, Duplicate)
    assert duplicate.ids == tuple(stored_ids(sandbox, "lost@acme.example"))
    assert len(duplicate.ids) == 2 and "answer was lost" in duplicate.reason


def test_a_create_whose_second_look_fails_is_unknown_and_a_rerun_settles_it(
    sandbox: Sandbox, client: Daftra
) -> None:
    body = client_body("unchecked@acme.example")
    failed = b'{"result":"failed","code":500,"message":"Internal Server Error"}'
    # The first look (before the create) is answered; every way of looking again fails.
    sandbox.inject(500, failed, path_contains="/entity/client/list", after=1, times=5)
    sandbox.inject(500, failed, operation="listClients", times=5)

    result = client.clients.upsert([body], key="email")

    stored = stored_ids(sandbox, "unchecked@acme.example")
    assert isinstance(result[0], Unknown) and f"created as record {stored[0]}" in result[0].reason
    sandbox.faults.clear()
    again = client.clients.upsert([body], key="email")
    assert isinstance(again[0], Unchanged) and again[0].id == stored[0]


def test_async_upsert_reports_a_duplicate_too(sandbox: Sandbox, other_process: Daftra) -> None:
    body = client_body("async-both@acme.example")

    async def main() -> BulkResult:
        async with AsyncDaftra(
            base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0
        ) as aclient:
            transport = aclient._transport
            send = transport.send

            async def competing(request: dict[str, Any]) -> Any:
                if request["method"].upper() == "POST" and request["url"].endswith("clients.json"):
                    await asyncio.to_thread(other_process.clients.upsert, [body], key="email")
                return await send(request)

            transport.send = competing  # type: ignore[method-assign]
            return await aclient.clients.upsert([body], key="email")

    result = asyncio.run(main())
    assert isinstance(result[0], Duplicate)
    assert result[0].ids == tuple(stored_ids(sandbox, "async-both@acme.example"))


class LookupGate:
    """Holds the sandbox's first ``parties`` client lookups until all have arrived, so
    that two processes both look every key up before either creates one."""

    def __init__(self, sandbox: Sandbox, parties: int) -> None:
        self._barrier = threading.Barrier(parties, timeout=60)
        self._count = 0
        self._lock = threading.Lock()
        self.closed = False  # every party arrived
        take = sandbox.faults.take

        def gated(path: str, operation: Callable[[], str | None]) -> Any:
            if "/entity/client/list" in path:
                with self._lock:
                    self._count += 1
                    waits = self._count <= parties
                if waits:
                    with contextlib.suppress(threading.BrokenBarrierError):
                        self._barrier.wait()
                        self.closed = True
            return take(path, operation)

        sandbox.faults.take = gated  # type: ignore[method-assign]


def test_two_import_processes_with_match_report_every_record_they_made(
    sandbox: Sandbox, client: Daftra, tmp_path: Path
) -> None:
    client.clients.create(client_body("same@acme.example", "Same"))
    client.clients.create(client_body("old@acme.example", "Old name"))
    emails = [f"proc-{n}@acme.example" for n in range(6)]
    records = [client_body(email) for email in emails]
    records += [client_body("same@acme.example", "Same"), client_body("old@acme.example")]
    emails += ["same@acme.example", "old@acme.example"]
    source = tmp_path / "clients.json"
    source.write_text(json.dumps(records))
    gate = LookupGate(sandbox, parties=2 * len(records))
    command = [
        sys.executable,
        "-m",
        "daftra_facade.cli",
        "--base-url",
        sandbox.base_url,
        "--api-key",
        sandbox.api_key,
        "clients",
        "import",
        str(source),
        "--match",
        "email",
        "--no-journal",
        "--quiet",
        "--concurrency",
        str(len(records)),
    ]
    processes = [
        subprocess.Popen(
            [*command, "--report", str(tmp_path / f"report-{n}.json")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    errors = [process.communicate(timeout=120)[1] for process in processes]
    reports = [json.loads((tmp_path / f"report-{n}.json").read_text()) for n in range(2)]
    assert gate.closed, "the two processes did not race: the test proves nothing"

    for report, error in zip(reports, errors, strict=True):
        assert "Traceback" not in error
        assert sum(report["summary"].values()) == len(records)
        duplicates = report["summary"].get("duplicate", 0)
        assert (f"{duplicates} duplicate" in error) == bool(duplicates)  # summary and hint
        for row in report["elements"]:
            if row["outcome"] == "duplicate":  # every record with the key, oldest first
                ids = [int(i) for i in row["id"].split()]
                assert ids == stored_ids(sandbox, emails[row["index"]])
    for index, email in enumerate(emails):
        rows = [row for report in reports for row in report["elements"] if row["index"] == index]
        outcomes = sorted(row["outcome"] for row in rows)
        stored = stored_ids(sandbox, email)
        if email in ("same@acme.example", "old@acme.example"):
            # Both found the one record: nothing created; an edit made at most twice.
            assert len(stored) == 1 and {row["id"] for row in rows} == set(stored)
            assert set(outcomes) <= {"unchanged", "updated"}, outcomes
            continue
        if len(stored) == 1:
            # The gate holds the first lookups only: a run whose lookup came after the
            # other's create found that record, as it should, and made none.
            assert outcomes in (["created", "unchanged"], ["created", "updated"]), outcomes
            continue
        # Both found nothing and created: two records, never both called created.
        assert len(stored) == 2, (email, outcomes)
        assert outcomes in (["created", "duplicate"], ["duplicate", "duplicate"]), outcomes
        created = [row["id"] for row in rows if row["outcome"] == "created"]
        assert all(record_id in stored for record_id in created)
    # Each record made is reported once, as created or as a duplicate: the runs' counts
    # add up to the server's.
    made = sum(r["summary"]["created"] + r["summary"].get("duplicate", 0) for r in reports)
    assert made == sum(len(stored_ids(sandbox, email)) for email in emails[:6])


def test_a_lost_create_committing_late_is_a_duplicate_not_the_other_runs_record(
    sandbox: Sandbox, other_process: Daftra, monkeypatch: pytest.MonkeyPatch
) -> None:
    from daftra_sandbox.faults import FaultProfile

    monkeypatch.setattr("daftra_facade.bulk.references.PHP_EXECUTION_LIMIT", 1.0)
    body = client_body("late@acme.example")
    with Daftra(
        base_url=sandbox.base_url, api_key=sandbox.api_key, timeout=0.3, max_retries=0
    ) as client:

        def other_then_slow() -> None:
            other_process.clients.upsert([body], key="email")  # created, checked: alone
            # This run's create is held on the server past its client's timeout, then
            # stored: its first lookups find only the other run's record.
            sandbox.set_faults(
                FaultProfile(slow=1.0, slow_seconds=0.6, only_paths=("/api2/clients.json",))
            )

        create_first(client, other_then_slow)
        result = client.clients.upsert([body], key="email")
    import time

    deadline = time.monotonic() + 5  # the held create is stored in the end
    while len(both := stored_ids(sandbox, "late@acme.example")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(both) == 2
    assert isinstance(result[0], Duplicate) and result[0].ids == tuple(both), result[0]
