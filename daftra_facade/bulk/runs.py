"""One bulk runner for every resource with a bulk-create endpoint, sync and async.

Daftra's bulk add is not atomic and answers with one result per element, so the runner
reports one outcome per *input* element (see :mod:`daftra_facade.bulk.outcomes`).

A chunk is a flow (:mod:`daftra_facade.flows`): while one waits for a lost create to
settle (:class:`~daftra_facade.flows.Pause`), the runner parks it and its thread or slot
takes other chunks.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from .. import logs
from ..errors import JobStoreWriteError
from ..flows import Done, Flow, Pause, aadvance, advance
from .chunks import Chunk, _Refused
from .outcomes import _COUNT_ORDER, BulkAbortedError, BulkProgress, BulkResult, Outcome, Unknown

if TYPE_CHECKING:
    from ..transport.http import AsyncTransport, Transport


class BulkRun:
    """Collects outcomes as chunks settle, reports progress, builds the result."""

    def __init__(
        self,
        on_progress: Callable[[BulkProgress], None] | None,
        on_settled: Callable[[list[Outcome]], None] | None = None,
    ) -> None:
        self.outcomes: list[Outcome] = []
        self._on_progress = on_progress
        self._on_settled = on_settled
        self._counts = dict.fromkeys(_COUNT_ORDER, 0)

    def add(self, outcomes: list[Outcome], *, report: bool = True, record: bool = True) -> None:
        # Kept before they are recorded: if the job store fails (a full disk), the run
        # still reports them.
        self.outcomes.extend(outcomes)
        for outcome in outcomes:
            self._counts[type(outcome).__name__.lower()] += 1
        if record and self._on_settled and outcomes:
            self._on_settled(outcomes)
        if report and self._on_progress:
            counts = self._counts
            self._on_progress(
                BulkProgress(
                    len(self.outcomes),
                    counts["created"],
                    counts["rejected"],
                    counts["unknown"],
                    counts["updated"],
                    counts["unchanged"],
                    counts["existing"],
                    counts["duplicate"],
                )
            )

    def aborted(self, refused: _Refused) -> BulkAbortedError:
        """The error ending the run; ``refused.outcomes`` must have been added already."""
        first = min(o.index for o in refused.outcomes)
        logs.bulk.warning("bulk run stopped at element %d: %s", first, refused.cause.message)
        return BulkAbortedError(
            f"bulk run stopped at element {first}: {refused.cause.message}",
            result=BulkResult(self.outcomes),
            cause=refused.cause,
        )

    def stopped(self, failure: JobStoreWriteError) -> BulkAbortedError:
        """The error ending a run whose job store stopped recording."""
        return BulkAbortedError(
            f"bulk run stopped: {failure.message}",
            result=BulkResult(self.outcomes),
            cause=failure,
        )

    def result(self) -> BulkResult:
        return BulkResult(self.outcomes)


# A chunk's flow, from the chunk: what the runners drive.
ChunkFlow = Callable[[Chunk], Flow[list[Outcome]]]


@attrs.frozen
class PreparedRun:
    """A bulk call ready for the runner: its chunks as planned (each with the outcomes
    settled before sending), the flow of each chunk, and how the run goes and reports."""

    chunks: Iterator[tuple[list[Outcome], Chunk | None]]
    flow_of: ChunkFlow
    concurrency: int  # at least 1 (BulkOptions checks it)
    on_progress: Callable[[BulkProgress], None] | None = None
    on_settled: Callable[[list[Outcome]], None] | None = None


STOPPED_WAITING = (
    "sent, but the run stopped while its create was being settled; run the job again to look it up"
)


class _Parked:
    """Chunks whose flows wait (:class:`Pause`), by the moment each may go on."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Chunk, Flow[list[Outcome]]]] = []
        self._order = itertools.count()

    def park(self, until: float, chunk: Chunk, flow: Flow[list[Outcome]]) -> None:
        heapq.heappush(self._heap, (until, next(self._order), chunk, flow))
        logs.bulk.info(
            "elements %s wait %.2f s to be settled", list(chunk.indexes), until - time.monotonic()
        )

    def due(self) -> tuple[Chunk, Flow[list[Outcome]]] | None:
        """The longest-due chunk whose moment has come, taken off the shelf."""
        if self._heap and self._heap[0][0] <= time.monotonic():
            _, _, chunk, flow = heapq.heappop(self._heap)
            return chunk, flow
        return None

    def wait(self) -> float | None:
        """Seconds until the next chunk is due (None if none waits)."""
        return max(0.0, self._heap[0][0] - time.monotonic()) if self._heap else None

    def abandoned(self) -> list[Outcome]:
        """The run stopped: what the waiting chunks' elements are (sent, not settled)."""
        outcomes: list[Outcome] = [
            Unknown(index, STOPPED_WAITING)
            for _, _, chunk, _ in self._heap
            for index in chunk.indexes
        ]
        for _, _, _, flow in self._heap:
            flow.close()
        self._heap.clear()
        return outcomes

    def __bool__(self) -> bool:
        return bool(self._heap)


class _Feed:
    """Where both runners take their next piece of work: a parked chunk whose wait is
    over, else the next planned chunk (the elements refused without sending are added to
    the run as they are met)."""

    def __init__(
        self,
        chunks: Iterator[tuple[list[Outcome], Chunk | None]],
        flow_of: ChunkFlow,
        run: BulkRun,
        parked: _Parked,
    ) -> None:
        self._chunks = chunks
        self._flow_of = flow_of
        self._run = run
        self._parked = parked
        self._planned_all = False

    def next(self) -> tuple[Chunk, Flow[list[Outcome]]] | None:
        """Work that can start now; None when none is due and every chunk was planned."""
        while True:
            work = self._parked.due()
            if work is not None or self._planned_all:
                return work
            planned = next(self._chunks, None)
            if planned is None:
                self._planned_all = True
                continue
            refused, chunk = planned
            self._run.add(refused, report=chunk is None)
            if chunk is not None:
                return chunk, self._flow_of(chunk)


def run_bulk(prepared: PreparedRun, transport: Transport) -> BulkResult:
    """Drive each chunk's flow from ``concurrency`` threads; outcomes come back in input
    order.

    Each thread takes work itself as soon as its previous piece is done: first a parked
    chunk whose wait is over, else the next chunk. A chunk that pauses (a lost create
    waiting out its settle window) is parked and holds no thread meanwhile, so the
    other chunks go on. ``on_progress`` is called from those threads, one call at a time.
    """
    concurrency = prepared.concurrency
    run = BulkRun(prepared.on_progress, prepared.on_settled)
    changed = threading.Condition()
    parked = _Parked()
    feed = _Feed(prepared.chunks, prepared.flow_of, run, parked)
    busy = 0  # threads driving a flow, which may park it
    stop = threading.Event()
    failures: list[BaseException] = []

    def take() -> tuple[Chunk, Flow[list[Outcome]]] | None:
        """The next piece of work (called holding ``changed``); None when all is done."""
        nonlocal busy
        while not stop.is_set():
            work = feed.next()
            if work is not None:
                busy += 1
                return work
            if not parked and not busy:
                return None
            # Wait for a parked chunk's moment, or for a busy thread to park one.
            changed.wait(parked.wait())
        return None

    def work() -> None:
        nonlocal busy
        try:
            while True:
                with changed:
                    taken = take()
                if taken is None:
                    return
                chunk, flow = taken
                try:
                    step: Pause | Done[list[Outcome]] = advance(flow, transport)
                except _Refused as refusal:
                    # Chunks in flight on other threads still finish and are reported.
                    step = Done(refusal.outcomes)
                    failures.append(refusal)
                    stop.set()
                with changed:
                    busy -= 1
                    if isinstance(step, Pause):
                        parked.park(step.until, chunk, flow)
                    else:
                        run.add(step.value, report=not stop.is_set())
                    changed.notify_all()
        except BaseException as exc:  # re-raised by the calling thread
            failures.append(exc)
            stop.set()
            with changed:
                changed.notify_all()

    threads = [
        threading.Thread(target=work, name=f"daftra-bulk-{n}", daemon=True)
        for n in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # A job store that stopped recording is not asked again (see BulkRun.add).
    store_failed = any(isinstance(failure, JobStoreWriteError) for failure in failures)
    try:
        run.add(parked.abandoned(), report=False, record=not store_failed)
    except JobStoreWriteError as unrecorded:
        failures.append(unrecorded)
    for failure in failures:
        if isinstance(failure, _Refused):
            raise run.aborted(failure) from failure.cause
    for failure in failures:
        if isinstance(failure, JobStoreWriteError):
            raise run.stopped(failure) from failure
        raise failure
    return run.result()


async def arun_bulk(prepared: PreparedRun, transport: AsyncTransport) -> BulkResult:
    """The same with up to ``concurrency`` chunk flows running on the event loop; a
    parked chunk does not count against ``concurrency``."""
    concurrency = prepared.concurrency
    run = BulkRun(prepared.on_progress, prepared.on_settled)
    parked = _Parked()
    running: dict[asyncio.Task[Pause | Done[list[Outcome]]], tuple[Chunk, Flow[list[Outcome]]]]
    running = {}
    feed = _Feed(prepared.chunks, prepared.flow_of, run, parked)

    try:
        while True:
            while len(running) < concurrency and (work := feed.next()) is not None:
                chunk, flow = work
                running[asyncio.ensure_future(aadvance(flow, transport))] = chunk, flow
            if not running and not parked:
                break
            if not running:
                await asyncio.sleep(parked.wait() or 0.0)
                continue
            # A parked chunk's moment matters only while a slot is free for it.
            wake = parked.wait() if len(running) < concurrency else None
            done, _ = await asyncio.wait(running, timeout=wake, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                chunk, flow = running.pop(task)
                step = task.result()
                if isinstance(step, Pause):
                    parked.park(step.until, chunk, flow)
                else:
                    run.add(step.value)
    except _Refused as refused:
        run.add(refused.outcomes, report=False)
        # Chunks already in flight still finish; what they did is reported too.
        if running:
            await asyncio.wait(running)
        for task in running:
            run.add(_finished_outcomes(task, running[task][0]), report=False)
        run.add(parked.abandoned(), report=False)
        raise run.aborted(refused) from refused.cause
    except JobStoreWriteError as failure:
        # Nothing more is sent; chunks in flight finish and are reported, not recorded.
        if running:
            await asyncio.wait(running)
        for task in running:
            run.add(_finished_outcomes(task, running[task][0]), report=False, record=False)
        run.add(parked.abandoned(), report=False, record=False)
        raise run.stopped(failure) from failure
    return run.result()


def _finished_outcomes(
    task: asyncio.Task[Pause | Done[list[Outcome]]], chunk: Chunk
) -> list[Outcome]:
    error = task.exception()
    if isinstance(error, _Refused):
        return error.outcomes
    if error is not None:
        return []
    step = task.result()
    if isinstance(step, Pause):
        return [Unknown(index, STOPPED_WAITING) for index in chunk.indexes]
    return step.value
