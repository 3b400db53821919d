"""A create whose client gave up may still commit on the server: it is sent again only
once its settle window has passed with its reference still absent, and waiting for that
never holds up the other chunks; each scenario with both clients."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from daftra_facade import BulkAbortedError, Created, InvalidInputError, JobStore
from daftra_facade.bulk.references import PHP_EXECUTION_LIMIT, default_settle_window
from daftra_sandbox import FaultProfile, RateLimits, Sandbox

from ..conftest import _Awaited, invoice_body

Run = Callable[..., Any]


def posts(sandbox: Sandbox) -> list[str]:
    return [path for method, path, _ in sandbox.request_log if method == "POST"]


def slow_first_create(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The first create is held ``seconds`` on the server, then committed: a slow commit."""
    process = sandbox.handle
    held: list[bool] = []
    lock = threading.Lock()

    def handle(request: Any) -> Any:
        with lock:
            first = request.method == "POST" and not held
            if first:
                held.append(True)
        if first:
            time.sleep(seconds)
        return process(request)

    monkeypatch.setattr(sandbox, "handle", handle)


def test_a_thousand_invoices_with_slow_commits_end_on_the_server_exactly_once(
    sandbox: Sandbox, run: Run
) -> None:
    """5% of requests are held 1 s, then committed, long after the client's 0.3 s timeout."""
    sandbox.set_faults(FaultProfile(slow=0.05, slow_seconds=1.0, seed=19))
    count = 1000
    records = [invoice_body(1 + n % 2, unit_price=float(n + 1)) for n in range(count)]

    async def scenario(client: Any) -> Any:
        return await client.invoices.bulk_create(
            records, chunk_size=10, concurrency=4, settle_window=2.0
        )

    result = run(scenario, timeout=0.3, max_retries=2)

    stored = sandbox.state.all("Invoice")
    assert sandbox.fault_counts["slow"] >= 3  # some creates did commit after the timeout
    assert len(stored) == count
    assert set(Counter(invoice["po_number"] for invoice in stored).values()) == {1}
    assert result.ok and result.counts == {"created": count, "rejected": 0, "unknown": 0}
    by_id = {invoice["id"]: invoice for invoice in stored}
    assert sorted(o.id for o in result.created) == sorted(by_id)
    assert all(by_id[o.id]["summary_total"] == float(o.index + 1) for o in result.created)


def test_a_chunk_waiting_out_its_window_does_not_hold_up_the_others(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> Any:
        # The first chunk's answer is lost and nothing was stored: after its window, it
        # is sent again; meanwhile the only thread or slot sends the other chunks.
        sandbox.inject(502, b"<html>Bad gateway</html>", path_contains="add_bulk")
        started = time.monotonic()
        result = await client.invoices.bulk_create(
            [invoice_body(1)] * 20, chunk_size=2, concurrency=1, settle_window=1.0
        )
        return result, time.monotonic() - started

    result, elapsed = run(scenario)

    assert result.ok and sandbox.state.count("Invoice") == 20
    assert len(posts(sandbox)) == 11  # ten chunks, the lost one twice
    first_elements = {o.id for o in result.created if o.index < 2}
    assert max(first_elements) > max(o.id for o in result.created if o.index >= 2)
    assert 1.0 <= elapsed < 5.0


def test_a_single_create_that_commits_after_the_timeout_is_found_not_sent_again(
    sandbox: Sandbox, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_first_create(sandbox, monkeypatch, 1.0)

    async def scenario(client: Any) -> int:
        created: int = await client.invoices.create(invoice_body(1), settle_window=2.0)
        return created

    invoice_id = run(scenario, timeout=0.3)

    assert [invoice["id"] for invoice in sandbox.state.all("Invoice")] == [invoice_id]
    assert len(posts(sandbox)) == 1


def test_without_a_settle_window_a_slow_commit_is_created_twice(
    sandbox: Sandbox, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the window exists: a lookup right after the timeout finds nothing yet."""
    slow_first_create(sandbox, monkeypatch, 1.0)

    client.with_options(timeout=0.3).invoices.create(invoice_body(1), settle_window=0)
    time.sleep(1.2)  # the first request commits

    assert sandbox.state.count("Invoice") == 2


def test_a_bulk_chunk_that_commits_after_the_timeout_is_found_not_sent_again(
    sandbox: Sandbox, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_first_create(sandbox, monkeypatch, 1.0)

    async def scenario(client: Any) -> Any:
        return await client.invoices.bulk_create([invoice_body(1)] * 3, settle_window=2.0)

    result = run(scenario, timeout=0.3)

    assert all(isinstance(o, Created) for o in result)
    assert sorted(o.id for o in result) == sorted(i["id"] for i in sandbox.state.all("Invoice"))
    assert sandbox.state.count("Invoice") == 3 and len(posts(sandbox)) == 1


def test_the_default_window_outlasts_phps_execution_limit_and_the_timeout() -> None:
    assert default_settle_window(5.0) == PHP_EXECUTION_LIMIT == 30.0
    assert default_settle_window(120.0) == 120.0


@pytest.mark.parametrize("window", [-1, "soon", float("nan"), True])
def test_a_settle_window_must_be_a_number_of_seconds(
    sandbox: Sandbox, run: Run, window: object
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError, match="settle_window"):
            await client.invoices.bulk_create([invoice_body(1)], settle_window=window)
        with pytest.raises(InvalidInputError, match="settle_window"):
            await client.invoices.create(invoice_body(1), settle_window=window)

    run(scenario)
    assert sandbox.state.count("Invoice") == 0


def test_a_run_stopped_while_a_chunk_waits_reports_that_chunk_unknown_not_resent(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, b"<html>Bad gateway</html>", path_contains="add_bulk")
        sandbox.inject(
            401,
            b'{"result":"failed","code":401,"message":"Unauthorized"}',
            content_type="application/json",
            path_contains="add_bulk",
            after=1,
        )

        with pytest.raises(BulkAbortedError) as raised:
            await client.invoices.bulk_create(
                [invoice_body(1)] * 6, chunk_size=2, concurrency=1, settle_window=5.0
            )

        partial = raised.value.result
        assert [type(o).__name__ for o in partial] == [
            "Unknown",
            "Unknown",
            "Created",
            "Created",
            "Rejected",
            "Rejected",
        ]
        assert "the run stopped while its create was being settled" in partial[0].reason
        assert len(posts(sandbox)) == 3  # the waiting chunk was not sent again

    run(scenario)


def test_a_rerun_of_a_job_waits_out_the_window_before_sending_what_it_sent_unanswered(
    sandbox: Sandbox, run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """An earlier run sent an element and died; its request may still commit."""
    journal = JobStore(tmp_path / "job.sqlite")
    job = journal.job("default", "invoices")
    job.earlier(0, {})
    job.sending([0])  # sent by a run that was killed before the answer
    reference = f"{job.reference_prefix}-0"
    timer = threading.Timer(0.5, lambda: sandbox.add_invoice(invoice_body(1, po_number=reference)))
    timer.start()  # ... and its request commits half a second into the rerun

    async def scenario(client: Any) -> Any:
        return await client.invoices.bulk_create(
            [invoice_body(1)], journal=journal, settle_window=1.5
        )

    result = run(scenario)
    timer.join()

    assert isinstance(result[0], Created) and sandbox.state.count("Invoice") == 1
    assert posts(sandbox) == []


def test_chunks_back_from_waiting_never_exceed_the_concurrency(run: Run) -> None:
    # The sandbox refuses a third request in flight: none may be refused.
    with Sandbox(limits=RateLimits(rate=1000, burst=100, max_in_flight=2)) as limited:
        limited.inject(502, b"<html>Bad gateway</html>", path_contains="add_bulk", times=3)

        async def scenario(client: Any) -> Any:
            return await client.invoices.bulk_create(
                [invoice_body(1)] * 40, chunk_size=2, concurrency=2, settle_window=0.3
            )

        result = run(scenario, base_url=limited.base_url, api_key=limited.api_key)

        assert result.ok and limited.state.count("Invoice") == 40
        assert limited.limit_counts["refused"] == 0


def client_body(email: str) -> dict[str, object]:
    return {"Client": {"business_name": "Acme", "email": email, "type": 3}}


def lost_once(sandbox: Sandbox, operation: str) -> None:
    """The next ``operation`` request is answered 502 and never processed: its create is
    lost for good, so it is sent again once its settle window has passed."""
    sandbox.inject(502, b"<html>Bad gateway</html>", operation=operation)


def with_options(client: Any, **options: Any) -> Any:
    """``client.with_options(...)`` of either client a scenario is given."""
    if isinstance(client, _Awaited):
        return _Awaited(client._target.with_options(**options))
    return client.with_options(**options)


async def timed(call: Callable[[], Any]) -> float:
    """Seconds ``call()`` takes (a sync client's call runs as it is made)."""
    started = time.monotonic()
    await call()
    return time.monotonic() - started


# Each create below is lost once; how long it waits before it is sent again is its window.
# Called with a client, a number telling the records of one test apart, and options.
CREATES: dict[str, tuple[str, Callable[..., Any]]] = {
    "create": ("addInvoice", lambda c, n, **w: c.invoices.create(invoice_body(1), **w)),
    "bulk_create": (
        "addInvoicesBulk",
        lambda c, n, **w: c.invoices.bulk_create([invoice_body(1)], **w),
    ),
    "create_many": (
        "addClient",
        lambda c, n, **w: c.clients.create_many([client_body(f"m{n}@x.example")], **w),
    ),
    "upsert": (
        "addClient",
        lambda c, n, **w: c.clients.upsert([client_body(f"u{n}@x.example")], key="email", **w),
    ),
}


@pytest.mark.parametrize("kind", list(CREATES))
def test_the_clients_settle_window_holds_unless_a_call_gives_its_own(
    sandbox: Sandbox, run: Run, kind: str
) -> None:
    """Call argument, then the client's setting (``with_options`` carries another),
    then the default derived from the timeout (30 s here: never reached)."""
    operation, create = CREATES[kind]

    async def scenario(client: Any) -> list[float]:
        waits = []
        for n, (options, own) in enumerate(
            (
                ({}, {}),  # the client's 0.8 s
                ({"settle_window": 0.3}, {}),  # with_options
                ({"timeout": 5}, {}),  # another timeout keeps the configured window
                ({}, {"settle_window": 0}),  # the call's own
            )
        ):
            lost_once(sandbox, operation)
            twin = with_options(client, **options)
            waits.append(await timed(lambda: create(twin, n, **own)))  # noqa: B023
        return waits

    waits = run(scenario, settle_window=0.8)

    own_client, carried, other_timeout, own_call = waits
    assert 0.8 <= own_client < 3 and 0.8 <= other_timeout < 3
    assert 0.3 <= carried < 0.8
    assert own_call < 0.3
    assert len([p for p in posts(sandbox) if "clients" in p or "invoices" in p]) == 8


@pytest.mark.parametrize("window", [-1, "soon", float("nan"), float("inf"), True])
def test_a_clients_settle_window_must_be_a_number_of_seconds(
    sandbox: Sandbox, client: Any, window: object
) -> None:
    from daftra_facade import AsyncDaftra, ConfigurationError, Daftra

    for kind in (Daftra, AsyncDaftra):
        with pytest.raises(ConfigurationError, match="settle_window"):
            kind(base_url=sandbox.base_url, api_key=sandbox.api_key, settle_window=window)
    with pytest.raises(ConfigurationError, match="settle_window"):
        client.with_options(settle_window=window)


@pytest.mark.parametrize("window", [-1, "soon"])
def test_create_many_and_upsert_check_their_settle_window_before_sending(
    sandbox: Sandbox, run: Run, window: object
) -> None:
    async def scenario(client: Any) -> None:
        for kind in ("create_many", "upsert"):
            with pytest.raises(InvalidInputError, match="settle_window"):
                await CREATES[kind][1](client, 0, settle_window=window)

    run(scenario)
    assert posts(sandbox) == []


def killed_after_sending(
    path: Any, resource: str, seconds_ago: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job store as a run killed ``seconds_ago`` seconds after sending element 0 (and
    before its answer) leaves it."""
    from daftra_facade.bulk import journal_jobs as journal

    with JobStore(path) as store, monkeypatch.context() as patched:
        job = store.job("default", resource)
        job.earlier(0, {})
        patched.setattr(journal, "_wall_clock", lambda: time.time() - seconds_ago)
        job.sending([0])


RERUNS: dict[str, tuple[str, Callable[..., Any]]] = {
    "bulk_create": (
        "invoices",
        lambda c, s, **w: c.invoices.bulk_create([invoice_body(1)], journal=s, **w),
    ),
    "create_many": (
        "clients",
        lambda c, s, **w: c.clients.create_many([client_body("rerun@x.example")], journal=s, **w),
    ),
    "upsert": (
        "clients",
        lambda c, s, **w: c.clients.upsert(
            [client_body("rerun@x.example")], key="email", journal=s, **w
        ),
    ),
}


@pytest.mark.parametrize("kind", list(RERUNS))
@pytest.mark.parametrize(
    ("sent_ago", "least", "most"),
    [
        (3600.0, 0.0, 0.5),  # long after the kill: one lookup decides
        (1.0, 0.75, 1.45),
    ],  # right after it: what remains of timeout + window since the send
)
def test_a_rerun_waits_only_what_remains_of_the_window_since_the_earlier_send(
    sandbox: Sandbox,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    kind: str,
    sent_ago: float,
    least: float,
    most: float,
) -> None:
    """Timeout 0.3 s and window 1.5 s: a request sent 1 s ago can commit for 0.8 s more;
    one sent an hour ago no longer can. Either way it is absent, so it is sent once."""
    resource, rerun = RERUNS[kind]
    path = tmp_path / "job.sqlite"
    killed_after_sending(path, resource, sent_ago, monkeypatch)

    async def scenario(client: Any) -> tuple[Any, float]:
        with JobStore(path) as store:
            started = time.monotonic()
            result = await rerun(client, store, settle_window=1.5)
            return result, time.monotonic() - started

    result, elapsed = run(scenario, timeout=0.3)

    assert least <= elapsed < most
    assert isinstance(result[0], Created) and len(posts(sandbox)) == 1


def test_a_send_again_records_its_own_time(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window of an element sent again is counted from that last sending: its
    request, not the first one, may be the one still running."""
    from daftra_facade.bulk import journal_jobs as journal

    path = tmp_path / "job.sqlite"
    with JobStore(path) as store, monkeypatch.context() as patched:
        job = store.job("default", "invoices")
        job.earlier(0, {})
        patched.setattr(journal, "_wall_clock", lambda: time.time() - 3600)
        job.sending([0])
        patched.setattr(journal, "_wall_clock", time.time)
        job.sending([0])  # found absent once its window had passed: sent again, now

    with JobStore(path) as store:
        job = store.job("default", "invoices")
        assert job.earlier(0, {}) is True
        remaining = job.settle_deadline(0, window=2.0, timeout=1.0) - time.monotonic()
    assert 1.9 <= remaining <= 2.0  # capped at the window: the request began before now


def test_a_store_of_the_format_before_send_times_is_brought_up_to_date(
    sandbox: Sandbox, run: Run, tmp_path: Any
) -> None:
    """Its unanswered sends have no time: a rerun waits the whole window from its start
    (the earlier request began before it), then sends."""
    path = tmp_path / "job.sqlite"
    with JobStore(path) as store:
        job = store.job("default", "invoices")
        job.earlier(0, {})
        job.sending([0])
    with sqlite3.connect(path) as old:  # as format 2 left it
        old.execute("ALTER TABLE element DROP COLUMN sent_at")
        old.execute("UPDATE store SET value = '2' WHERE key = 'format'")
        old.execute("PRAGMA user_version = 2")

    async def scenario(client: Any) -> tuple[Any, float]:
        with JobStore(path) as store:
            started = time.monotonic()
            result = await client.invoices.bulk_create(
                [invoice_body(1)], journal=store, settle_window=0.6
            )
            return result, time.monotonic() - started

    result, elapsed = run(scenario, timeout=0.3)

    assert 0.6 <= elapsed < 1.5
    assert isinstance(result[0], Created) and len(posts(sandbox)) == 1
    with sqlite3.connect(path) as updated:
        assert updated.execute("PRAGMA user_version").fetchone() == (3,)
        columns = {row[1] for row in updated.execute("PRAGMA table_info(element)")}
    assert "sent_at" in columns


def test_a_lost_answer_counts_the_window_from_when_it_was_found_lost(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request may wait long in the client's pace before it leaves: once its answer is
    found lost, that moment bounds when it left, and a rerun counts from there."""
    from daftra_facade.bulk import journal_jobs as journal

    path = tmp_path / "job.sqlite"
    with JobStore(path) as store, monkeypatch.context() as patched:
        job = store.job("default", "invoices")
        job.earlier(0, {})
        job.earlier(1, {})
        patched.setattr(journal, "_wall_clock", lambda: time.time() - 3600)
        job.sending([0, 1])
        patched.setattr(journal, "_wall_clock", lambda: time.time() - 1.0)
        job.answer_lost([0])  # a second ago; element 1's answer came (or was never lost)

    with JobStore(path) as store:
        job = store.job("default", "invoices")
        now = time.monotonic()
        lost = job.settle_deadline(0, window=2.0, timeout=0.5) - now
        sent_long_ago = job.settle_deadline(1, window=2.0, timeout=0.5) - now
    assert 1.4 <= lost <= 1.5 and sent_long_ago <= 0.01


def test_a_bulk_run_records_when_a_chunks_answer_was_lost(
    sandbox: Sandbox, client: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped while a chunk waits out its window leaves the moment the chunk's
    answer was lost (here a 0.5 s timeout after sending), and a rerun right after counts
    the rest of the window from there."""
    path = tmp_path / "job.sqlite"
    slow_first_create(sandbox, monkeypatch, 1.0)  # the first chunk gets no answer in time
    sandbox.inject(
        401,
        b'{"result":"failed","code":401,"message":"Unauthorized"}',
        content_type="application/json",
        path_contains="add_bulk",
        after=2,
    )
    with JobStore(path) as store, pytest.raises(BulkAbortedError):
        # The third chunk meets refused credentials while the first waits: the run stops.
        client.with_options(timeout=0.5).invoices.bulk_create(
            [invoice_body(1)] * 6, chunk_size=2, concurrency=1, journal=store, settle_window=30.0
        )
    stopped = time.monotonic()

    with JobStore(path) as store:
        job = store.job("default", "invoices")
        assert job.earlier(0, {}) is True
        # No margin for the timeout: what is measured is the recorded moment itself.
        remaining = job.settle_deadline(0, window=30.0, timeout=0.0) - stopped
    # From the loss, 0.5 s after the send (counted from the send: 29.5 at most).
    assert 29.7 <= remaining <= 30.0


@pytest.mark.parametrize("kind", ["create_many", "upsert"])
def test_one_by_one_creates_record_when_their_answer_was_lost(
    sandbox: Sandbox, run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, kind: str
) -> None:
    """The create is held 1 s, past the 0.5 s timeout: the time the store keeps for it
    is when its answer was found lost, not when it was handed over to be sent."""
    slow_first_create(sandbox, monkeypatch, 1.0)
    path = tmp_path / "job.sqlite"

    async def scenario(client: Any) -> Any:
        with JobStore(path) as store:
            return await RERUNS[kind][1](client, store, settle_window=2.0)

    started = time.time()
    result = run(scenario, timeout=0.5)

    assert isinstance(result[0], Created) and len(posts(sandbox)) == 1
    with sqlite3.connect(path) as db:
        (sent_at,) = db.execute("SELECT sent_at FROM element WHERE idx = 0").fetchone()
    assert 0.45 <= sent_at - started < 1.0
