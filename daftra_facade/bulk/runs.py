"""One bulk runner for every resource with a bulk-create endpoint.

Daftra's bulk add is not atomic and answers with one result per element, so the runner
reports one outcome per *input* element, by its index: created, rejected, or unknown.
"Unknown" means the element may or may not exist on the server (the answer was lost,
malformed, or did not line up with what was sent); it is never re-sent silently.
"Existing" means a record already carried the element's own reference, so it was not
sent; "duplicate" means several records carry it (ids named), never "created".

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import (
    APIStatusError,
    AuthenticationError,
    DaftraError,
    DuplicateRecordsError,
    FieldErrors,
    JobStoreWriteError,
    PermissionDeniedError,
)
from ..flows import Done, Flow, Pause, aadvance, advance
from ..transport.retries import never_reached_server
from ..wire.answers import normalize_field_errors
from ..wire.numbers import as_record_id

if TYPE_CHECKING:
    from ..transport.http import AsyncTransport, Transport


class BulkIncompleteError(DaftraError):
    """Raised by :meth:`BulkResult.raise_for_failures` when not every element was created."""

    def __init__(self, message: str, *, result: BulkResult) -> None:
        super().__init__(message)
        self.result = result


class BulkAbortedError(DaftraError):
    """A bulk run stopped early because every further request would fail the same way
    (refused credentials), or because its job store could not record any more
    (:class:`JobStoreWriteError`, a full disk).

    ``result`` holds the outcome of every element handled before the stop, so nothing
    already created goes unreported; ``cause`` is the error that stopped the run.
    """

    def __init__(self, message: str, *, result: BulkResult, cause: DaftraError) -> None:
        super().__init__(message, status=cause.status, response=cause.response)
        self.result = result
        self.cause = cause



@attrs.frozen
class Created:
    """The element was stored as record ``id`` (with ``number``, e.g. the invoice number)."""

    index: int
    id: int
    number: str | None = None
    raw: Mapping[str, Any] | None = attrs.field(default=None, repr=False)
    # Settled by an earlier run of the same journaled job, not by this one.
    earlier: bool = False


@attrs.frozen
class Existing:
    """A record carrying the element's own reference (e.g. its ``po_number``) was already
    on the server, so the element was not sent: record ``id`` (``number``) is it."""

    index: int
    id: int
    number: str | None = None
    earlier: bool = False


def _oldest_first(ids: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(ids))


@attrs.frozen
class Duplicate:
    """Several records carry the element's reference: ``ids`` names them. ``sent`` is
    False when they were already there and the element was not sent; True when this run
    sent it and then found more than one (a create that committed after the client gave
    up, or another run creating the same reference). Never counted as created."""

    index: int
    # Oldest first, whoever found them, so that ``kept`` is always the first stored.
    ids: tuple[int, ...] = attrs.field(converter=_oldest_first)
    reason: str = ""
    sent: bool = True
    earlier: bool = False

    @property
    def kept(self) -> int:
        """The oldest record: the one to keep."""
        return self.ids[0]

    @property
    def extra(self) -> tuple[int, ...]:
        """The others: to delete once checked (nothing is deleted for you)."""
        return self.ids[1:]


@attrs.frozen
class Updated:
    """The record ``id`` carrying the element's key differed from it and was edited."""

    index: int
    id: int
    earlier: bool = False


@attrs.frozen
class Unchanged:
    """The record ``id`` carrying the element's key already held what it gives."""

    index: int
    id: int
    earlier: bool = False


@attrs.frozen
class Rejected:
    """The element was refused and not stored.

    ``sent`` is False when the facade refused it before sending (invalid input, a
    reference that does not resolve). ``final`` is False when the refusal says nothing
    about the element itself (the credentials were refused): a journal keeps it pending,
    so that a run with the right credentials sends it.
    """

    index: int
    message: str
    field_errors: FieldErrors = attrs.field(factory=dict)
    sent: bool = True
    raw: Mapping[str, Any] | None = attrs.field(default=None, repr=False)
    final: bool = True
    earlier: bool = False


@attrs.frozen
class Unknown:
    """Whether the element was stored cannot be told from the answer; ``reason`` says why."""

    index: int
    reason: str
    raw: object = attrs.field(default=None, repr=False)
    # The server called it a success but named no record. Sending it again would be
    # dropped the same way, so if its reference finds nothing it is rejected, not resent.
    claimed_success: bool = attrs.field(default=False, repr=False)
    # The request may still be running on the server (no answer, or a 5xx that a proxy
    # may have sent while the application went on): a lookup proves nothing until its
    # settle window has passed. False when the server answered for itself.
    in_flight: bool = attrs.field(default=False, repr=False)


Outcome = Created | Existing | Updated | Unchanged | Duplicate | Rejected | Unknown
# Outcomes saying the record exists as the element wants it.
SETTLED_WELL = (Created, Existing, Updated, Unchanged)
# The counts every summary shows, and those shown only when some element ended so.
_ALWAYS_COUNTED = ("created", "rejected", "unknown")
_COUNT_ORDER = ("created", "existing", "updated", "unchanged", "duplicate", "rejected", "unknown")


@attrs.frozen
class BulkProgress:
    """Counts so far, passed to a bulk run's ``on_progress`` callback after each chunk."""

    done: int
    created: int
    rejected: int
    unknown: int
    updated: int = 0
    unchanged: int = 0
    existing: int = 0
    duplicate: int = 0

    @property
    def counts(self) -> dict[str, int]:
        """The counts as :attr:`BulkResult.counts` gives them (for :func:`summary`)."""
        counts = {name: getattr(self, name) for name in _COUNT_ORDER}
        return {k: n for k, n in counts.items() if n or k in _ALWAYS_COUNTED}


class BulkResult:
    """The outcome of every input element of a bulk run, in input order."""

    def __init__(self, outcomes: Iterable[Outcome] = ()) -> None:
        self._outcomes: list[Outcome] = sorted(outcomes, key=lambda outcome: outcome.index)
        self._by_index = {outcome.index: outcome for outcome in self._outcomes}

    @property
    def outcomes(self) -> list[Outcome]:
        return list(self._outcomes)

    @property
    def created(self) -> list[Created]:
        return [o for o in self._outcomes if isinstance(o, Created)]

    @property
    def rejected(self) -> list[Rejected]:
        return [o for o in self._outcomes if isinstance(o, Rejected)]

    @property
    def unknown(self) -> list[Unknown]:
        return [o for o in self._outcomes if isinstance(o, Unknown)]

    @property
    def existing(self) -> list[Existing]:
        return [o for o in self._outcomes if isinstance(o, Existing)]

    @property
    def duplicate(self) -> list[Duplicate]:
        return [o for o in self._outcomes if isinstance(o, Duplicate)]

    @property
    def updated(self) -> list[Updated]:
        return [o for o in self._outcomes if isinstance(o, Updated)]

    @property
    def unchanged(self) -> list[Unchanged]:
        return [o for o in self._outcomes if isinstance(o, Unchanged)]

    @property
    def counts(self) -> dict[str, int]:
        """How many elements ended each way: created, rejected and unknown always;
        existing, updated, unchanged and duplicate once some element ended so."""
        counts = dict.fromkeys(_COUNT_ORDER, 0)
        for outcome in self._outcomes:
            counts[type(outcome).__name__.lower()] += 1
        return {k: n for k, n in counts.items() if n or k in _ALWAYS_COUNTED}

    @property
    def ok(self) -> bool:
        """True when every element was created or found existing (or, for an upsert,
        updated or unchanged)."""
        return all(isinstance(o, SETTLED_WELL) for o in self._outcomes)

    def raise_for_failures(self) -> BulkResult:
        """Raise :class:`BulkIncompleteError` unless every element was created."""
        if self.ok:
            return self
        problems = [o for o in self._outcomes if not isinstance(o, SETTLED_WELL)]
        shown = "; ".join(_describe(o) for o in problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise BulkIncompleteError(f"{summary(self.counts)}: {shown}{more}", result=self)

    def __getitem__(self, index: int) -> Outcome:
        """The outcome of input element ``index`` (KeyError if it was never handled)."""
        return self._by_index[index]

    def __iter__(self) -> Iterator[Outcome]:
        return iter(self._outcomes)

    def __len__(self) -> int:
        return len(self._outcomes)

    def __repr__(self) -> str:
        return f"BulkResult({', '.join(f'{k}={n}' for k, n in self.counts.items())})"


def summary(counts: Mapping[str, int]) -> str:
    """``"3 created, 1 updated, 0 rejected, 0 unknown"``, in a fixed order."""
    return ", ".join(f"{counts[name]} {name}" for name in _COUNT_ORDER if name in counts)


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        fields = ", ".join(
            f"{field}: {'; '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        return f"#{outcome.index} rejected: {outcome.message}" + (f" ({fields})" if fields else "")
    if isinstance(outcome, Unknown):
        return f"#{outcome.index} unknown: {outcome.reason}"
    if isinstance(outcome, Duplicate):
        return f"#{outcome.index} duplicate: {outcome.reason}"
    return f"#{outcome.index} {type(outcome).__name__.lower()} as {outcome.id}"


def classify_answer(
    indexes: Sequence[int], answer: object, *, number_field: str | None
) -> list[Outcome]:
    """Match a bulk answer to the elements sent, element by element."""
    if not isinstance(answer, list):
        return [
            Unknown(i, f"the answer was a {type(answer).__name__}, not a list", answer)
            for i in indexes
        ]
    if len(answer) != len(indexes):
        # Results are documented to come in order, but with some missing there is no
        # telling which element each one belongs to.
        reason = f"the answer had {len(answer)} results for {len(indexes)} elements sent"
        return [Unknown(i, reason, answer) for i in indexes]
    return [
        _classify_element(index, element, number_field)
        for index, element in zip(indexes, answer, strict=True)
    ]


def _classify_element(index: int, element: object, number_field: str | None) -> Outcome:
    if not isinstance(element, Mapping):
        return Unknown(index, f"the result was a {type(element).__name__}, not an object", element)
    result = element.get("result")
    if result == "successful":
        record_id = as_record_id(element.get("id"))
        if record_id is None:
            return Unknown(
                index,
                f"answered successful without a usable id ({element.get('id')!r})",
                element,
                claimed_success=True,
            )
        number = element.get(number_field) if number_field else None
        return Created(index, record_id, None if number is None else str(number), element)
    if result == "failed":
        return Rejected(
            index,
            str(element.get("message") or "rejected without a message"),
            normalize_field_errors(element.get("validation_errors") or element.get("errors")),
            raw=element,
        )
    return Unknown(index, f"the result field was {result!r}", element)


@attrs.frozen
class Chunk:
    """Elements that passed the local checks, to be sent in one request."""

    indexes: list[int]
    payloads: list[dict[str, Any]]
    # Elements an earlier run sent without a settled answer: look them up before sending.
    unsure: set[int] = attrs.field(factory=set)

    def subset(self, positions: list[int]) -> Chunk:
        return Chunk(
            [self.indexes[p] for p in positions],
            [self.payloads[p] for p in positions],
            {self.indexes[p] for p in positions} & self.unsure,
        )


ToPayload = Callable[[object, int], dict[str, Any]]
Validate = Callable[[dict[str, Any]], FieldErrors]
# An earlier run's word on an element: its settled outcome, True if sent but unsettled.
Earlier = Callable[[int, dict[str, Any]], "Outcome | bool"]


def plan_chunks(
    records: Iterable[object],
    *,
    chunk_size: int,
    to_payload: ToPayload,
    validate: Validate | None,
    earlier: Earlier | None = None,
) -> Iterator[tuple[list[Outcome], Chunk | None]]:
    """Lazily turn records into chunks to send, with the elements settled without
    sending (refused locally, or settled by an earlier run of the same job).

    The arguments are checked at once; the records are read as chunks are asked for.
    """
    if isinstance(records, Mapping | str | bytes) or not isinstance(records, Iterable):
        raise TypeError(
            "records must be an iterable of records (a list of dicts), "
            f"not {type(records).__name__}"
        )
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    return _planned(records, chunk_size, to_payload, validate, earlier)


def _planned(
    records: Iterable[object],
    chunk_size: int,
    to_payload: ToPayload,
    validate: Validate | None,
    earlier: Earlier | None,
) -> Iterator[tuple[list[Outcome], Chunk | None]]:
    numbered = enumerate(records)
    while batch := list(islice(numbered, chunk_size)):
        refused: list[Outcome] = []
        chunk = Chunk([], [])
        for index, record in batch:
            try:
                payload = to_payload(record, index)
                problems = validate(payload) if validate else {}
            except DaftraError as exc:
                refused.append(Rejected(index, exc.message, _field_errors_of(exc), sent=False))
                continue
            except _UNCHECKABLE as exc:
                # The encoder refuses what it knows to be unsendable; whatever else a
                # caller's value or model raises while being read is this element's
                # problem alone, and never stops the run.
                reason = f"records[{index}] cannot be read: {type(exc).__name__}: {exc}"
                refused.append(Rejected(index, _printable(reason), sent=False))
                continue
            if problems:
                refused.append(Rejected(index, "invalid input, not sent", problems, sent=False))
                continue
            before = earlier(index, payload) if earlier else False
            if not isinstance(before, bool):
                refused.append(before)
                continue
            if before:
                chunk.unsure.add(index)
            chunk.indexes.append(index)
            chunk.payloads.append(payload)
        yield refused, chunk if chunk.indexes else None


# What reading one caller's element may raise (a model's to_dict, an odd mapping).
_UNCHECKABLE = (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError)


def _printable(text: str, limit: int = 300) -> str:
    """``text`` safe to print and write as UTF-8, cut to ``limit`` characters."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "…"


class _Refused(Exception):
    """The credentials were refused: stop the run (carries the chunk's outcomes)."""

    def __init__(self, outcomes: list[Outcome], cause: APIStatusError) -> None:
        super().__init__(cause.message)
        self.outcomes = outcomes
        self.cause = cause


def settle_chunk(chunk: Chunk, answer: object, *, number_field: str | None) -> list[Outcome]:
    """The outcomes of a chunk, from its answer or from the error that replaced it."""
    indexes = chunk.indexes
    if isinstance(answer, AuthenticationError | PermissionDeniedError):
        # Every later chunk would be refused the same way.
        raise _Refused(
            [Rejected(i, answer.message, answer.field_errors, final=False) for i in indexes],
            answer,
        )
    if isinstance(answer, DuplicateRecordsError):
        return [Duplicate(i, tuple(answer.ids), answer.message) for i in indexes]
    if isinstance(answer, APIStatusError) and 400 <= answer.status < 500 and answer.status != 408:
        # A 4xx (but a 408) refuses the whole request before anything is stored.
        return [Rejected(i, answer.message, answer.field_errors) for i in indexes]
    if isinstance(answer, DaftraError):
        # Lost or garbled answers: the server may have stored any of them.
        running = may_still_run(answer)
        return [Unknown(i, answer.message, in_flight=running) for i in indexes]
    return classify_answer(indexes, answer, number_field=number_field)


def may_still_run(error: DaftraError) -> bool:
    """Whether the request that ended in ``error`` may still be running on the server:
    no answer came (a timeout, a dropped connection), or a 5xx or 408, which a proxy
    sends while the application behind it goes on. An answer the server gave itself,
    even garbled, means it is done; so does a request that never reached it."""
    if never_reached_server(error):
        return False
    return error.status is None or error.status >= 500 or error.status == 408


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
            self._on_progress(BulkProgress(
                len(self.outcomes), counts["created"], counts["rejected"], counts["unknown"],
                counts["updated"], counts["unchanged"], counts["existing"], counts["duplicate"],
            ))

    def aborted(self, refused: _Refused) -> BulkAbortedError:
        """The error ending the run; ``refused.outcomes`` must have been added already."""
        first = min(o.index for o in refused.outcomes)
        return BulkAbortedError(
            f"bulk run stopped at element {first}: {refused.cause.message}",
            result=BulkResult(self.outcomes),
            cause=refused.cause,
        )

    def stopped(self, failure: JobStoreWriteError) -> BulkAbortedError:
        """The error ending a run whose job store stopped recording."""
        return BulkAbortedError(
            f"bulk run stopped: {failure.message}", result=BulkResult(self.outcomes),
            cause=failure,
        )

    def result(self) -> BulkResult:
        return BulkResult(self.outcomes)


# A chunk's flow, from the chunk: what the runners drive.
ChunkFlow = Callable[[Chunk], Flow[list[Outcome]]]
STOPPED_WAITING = (
    "sent, but the run stopped while its create was being settled; run the job again "
    "to look it up"
)


class _Parked:
    """Chunks whose flows wait (:class:`Pause`), by the moment each may go on."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Chunk, Flow[list[Outcome]]]] = []
        self._order = itertools.count()

    def park(self, until: float, chunk: Chunk, flow: Flow[list[Outcome]]) -> None:
        heapq.heappush(self._heap, (until, next(self._order), chunk, flow))

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
            Unknown(index, STOPPED_WAITING) for _, _, chunk, _ in self._heap
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


def run_bulk(
    chunks: Iterator[tuple[list[Outcome], Chunk | None]],
    flow_of: ChunkFlow,
    transport: Transport,
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_settled: Callable[[list[Outcome]], None] | None = None,
) -> BulkResult:
    """Drive each chunk's flow from ``concurrency`` threads; outcomes come back in input
    order.

    Each thread takes work itself as soon as its previous piece is done: first a parked
    chunk whose wait is over, else the next chunk. A chunk that pauses (a lost create
    waiting out its settle window) is parked and holds no thread meanwhile, so the
    other chunks go on. ``on_progress`` is called from those threads, one call at a time.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    run = BulkRun(on_progress, on_settled)
    changed = threading.Condition()
    parked = _Parked()
    feed = _Feed(chunks, flow_of, run, parked)
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


async def arun_bulk(
    chunks: Iterator[tuple[list[Outcome], Chunk | None]],
    flow_of: ChunkFlow,
    transport: AsyncTransport,
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_settled: Callable[[list[Outcome]], None] | None = None,
) -> BulkResult:
    """The same with up to ``concurrency`` chunk flows running on the event loop; a
    parked chunk does not count against ``concurrency``."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    run = BulkRun(on_progress, on_settled)
    parked = _Parked()
    running: dict[asyncio.Task[Pause | Done[list[Outcome]]], tuple[Chunk, Flow[list[Outcome]]]]
    running = {}
    feed = _Feed(chunks, flow_of, run, parked)

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
            done, _ = await asyncio.wait(
                running, timeout=wake, return_when=asyncio.FIRST_COMPLETED
            )
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


def _finished_outcomes(task: asyncio.Task[Pause | Done[list[Outcome]]], chunk: Chunk) -> list[
    Outcome
]:
    error = task.exception()
    if isinstance(error, _Refused):
        return error.outcomes
    if error is not None:
        return []
    step = task.result()
    if isinstance(step, Pause):
        return [Unknown(index, STOPPED_WAITING) for index in chunk.indexes]
    return step.value


def _field_errors_of(error: DaftraError) -> FieldErrors:
    field_errors = getattr(error, "field_errors", None)
    return field_errors if isinstance(field_errors, Mapping) else {}
