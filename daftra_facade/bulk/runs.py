"""One bulk runner for every resource with a bulk-create endpoint.

Daftra's bulk add is not atomic and answers with one result per element, so the runner
reports one outcome per *input* element, by its index: created, rejected, or unknown.
"Unknown" means the element may or may not exist on the server (the answer was lost,
malformed, or did not line up with what was sent); it is never re-sent silently.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

import attrs

from ..errors import (
    APIStatusError,
    AuthenticationError,
    DaftraError,
    FieldErrors,
    JobStoreWriteError,
    PermissionDeniedError,
)
from ..wire.answers import normalize_field_errors
from ..wire.numbers import as_record_id


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


Outcome = Created | Updated | Unchanged | Rejected | Unknown
# Outcomes saying the record exists as the element wants it.
SETTLED_WELL = (Created, Updated, Unchanged)


@attrs.frozen
class BulkProgress:
    """Counts so far, passed to a bulk run's ``on_progress`` callback after each chunk."""

    done: int
    created: int
    rejected: int
    unknown: int
    updated: int = 0
    unchanged: int = 0


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
    def updated(self) -> list[Updated]:
        return [o for o in self._outcomes if isinstance(o, Updated)]

    @property
    def unchanged(self) -> list[Unchanged]:
        return [o for o in self._outcomes if isinstance(o, Unchanged)]

    @property
    def counts(self) -> dict[str, int]:
        """How many elements ended each way; ``updated`` and ``unchanged`` only appear
        once an upsert produced them, so a create-only run reports as before."""
        counts = {
            "created": len(self.created),
            "rejected": len(self.rejected),
            "unknown": len(self.unknown),
        }
        for name, found in (("updated", self.updated), ("unchanged", self.unchanged)):
            if found:
                counts[name] = len(found)
        return counts

    @property
    def ok(self) -> bool:
        """True when every element was created (or, for an upsert, updated or unchanged)."""
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
    order = ("created", "updated", "unchanged", "rejected", "unknown")
    return ", ".join(f"{counts[name]} {name}" for name in order if name in counts)


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        fields = ", ".join(
            f"{field}: {'; '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        return f"#{outcome.index} rejected: {outcome.message}" + (f" ({fields})" if fields else "")
    if isinstance(outcome, Unknown):
        return f"#{outcome.index} unknown: {outcome.reason}"
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
    if isinstance(answer, APIStatusError):
        if 400 <= answer.status < 500 and answer.status != 408:
            # A 4xx refuses the whole request before anything is stored.
            return [Rejected(i, answer.message, answer.field_errors) for i in indexes]
        return [Unknown(i, answer.message) for i in indexes]
    if isinstance(answer, DaftraError):
        # Lost or garbled answers: the server may have stored any of them.
        return [Unknown(i, answer.message) for i in indexes]
    return classify_answer(indexes, answer, number_field=number_field)


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
        self._counts = dict.fromkeys(("created", "rejected", "updated", "unchanged"), 0)

    def add(self, outcomes: list[Outcome], *, report: bool = True, record: bool = True) -> None:
        # Kept before they are recorded: if the job store fails (a full disk), the run
        # still reports them.
        self.outcomes.extend(outcomes)
        for outcome in outcomes:
            name = type(outcome).__name__.lower()
            if name in self._counts:
                self._counts[name] += 1
        if record and self._on_settled and outcomes:
            self._on_settled(outcomes)
        if report and self._on_progress:
            counts = self._counts
            done = len(self.outcomes)
            self._on_progress(BulkProgress(
                done, counts["created"], counts["rejected"], done - sum(counts.values()),
                counts["updated"], counts["unchanged"],
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


def run_bulk(
    chunks: Iterator[tuple[list[Outcome], Chunk | None]],
    send: Callable[[Chunk], list[Outcome]],
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_settled: Callable[[list[Outcome]], None] | None = None,
) -> BulkResult:
    """Send chunks from ``concurrency`` threads; outcomes come back in input order.

    Each thread takes the next chunk itself as soon as its previous one is settled, so
    no chunk waits for another thread to hand it over. ``on_progress`` is called from
    those threads, one call at a time.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    run = BulkRun(on_progress, on_settled)
    lock = threading.Lock()
    stop = threading.Event()
    failures: list[BaseException] = []

    def work() -> None:
        try:
            while not stop.is_set():
                with lock:
                    planned = next(chunks, None)
                    if planned is None:
                        return
                    refused, chunk = planned
                    run.add(refused, report=chunk is None)
                if chunk is None:
                    continue
                try:
                    outcomes = send(chunk)
                except _Refused as refusal:
                    # Chunks in flight on other threads still finish and are reported.
                    outcomes = refusal.outcomes
                    failures.append(refusal)
                    stop.set()
                with lock:
                    run.add(outcomes, report=not stop.is_set())
        except BaseException as exc:  # re-raised by the calling thread
            failures.append(exc)
            stop.set()

    threads = [
        threading.Thread(target=work, name=f"daftra-bulk-{n}", daemon=True)
        for n in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
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
    send: Callable[[Chunk], Awaitable[list[Outcome]]],
    *,
    concurrency: int,
    on_progress: Callable[[BulkProgress], None] | None,
    on_settled: Callable[[list[Outcome]], None] | None = None,
) -> BulkResult:
    """The same with up to ``concurrency`` requests in flight on the event loop."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    run = BulkRun(on_progress, on_settled)
    pending: set[asyncio.Task[list[Outcome]]] = set()

    def settle(tasks: Iterable[asyncio.Task[list[Outcome]]], *, report: bool = True) -> None:
        for task in tasks:
            pending.discard(task)
            run.add(task.result(), report=report)

    try:
        for refused, chunk in chunks:
            run.add(refused, report=chunk is None)
            if chunk is not None:
                pending.add(asyncio.ensure_future(send(chunk)))
            if len(pending) >= concurrency:
                settle((await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED))[0])
        while pending:
            settle((await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED))[0])
    except _Refused as refused:
        run.add(refused.outcomes, report=False)
        # Chunks already in flight still finish; what they did is reported too.
        if pending:
            await asyncio.wait(pending)
        for task in pending:
            run.add(_finished_outcomes(task.exception(), task), report=False)
        raise run.aborted(refused) from refused.cause
    except JobStoreWriteError as failure:
        # Nothing more is sent; chunks in flight finish and are reported, not recorded.
        if pending:
            await asyncio.wait(pending)
        for task in pending:
            error = task.exception()
            run.add(task.result() if error is None else [], report=False, record=False)
        raise run.stopped(failure) from failure
    return run.result()


def _finished_outcomes(
    error: BaseException | None, done: asyncio.Task[list[Outcome]]
) -> list[Outcome]:
    if isinstance(error, _Refused):
        return error.outcomes
    return done.result() if error is None else []


def _field_errors_of(error: DaftraError) -> FieldErrors:
    field_errors = getattr(error, "field_errors", None)
    return field_errors if isinstance(field_errors, Mapping) else {}
