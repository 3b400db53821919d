"""Bulk creation: records in chunks through the resource's bulk endpoint, each element's
outcome settled (references checked before and after, lost answers looked up over the
settle window), run by the one bulk runner for both clients."""

from __future__ import annotations

import builtins
import functools
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Unpack

import attrs

from ..bulk.chunks import (
    Chunk,
    plan_chunks,
    settle_chunk,
)
from ..bulk.options import BulkOptions, BulkSettings, bulk_options
from ..bulk.outcomes import (
    BulkResult,
    Created,
    Duplicate,
    Existing,
    Outcome,
    Rejected,
    Unknown,
)
from ..bulk.references import (
    Absent,
    Found,
    Several,
    Undecided,
    new_reference_prefix,
    settled_lookup,
)
from ..bulk.runs import PreparedRun, arun_bulk, run_bulk
from ..errors import (
    DaftraError,
)
from ..flows import Flow, call_json
from ..wire.bodies import JsonBody, as_payload
from ..wire.validation import body_problems
from .base import (
    NOT_STORED,
    RESEND_ROUNDS,
    AsyncResource,
    Resource,
    SyncResource,
)

if TYPE_CHECKING:
    from ..bulk.journal import JobStore
    from ..bulk.journal_jobs import JournalJob


# Creating many records.
@attrs.frozen
class _ChunkContext:
    """What every chunk of one bulk run shares."""

    query: Mapping[str, str]
    job: JournalJob | None
    settle_window: float
    # The run's reference prefix: a reference it made is not the caller's own.
    prefix: str
    allow_duplicates: bool
    # The caller's references met so far in this run, with the first element giving each.
    claimed: dict[str, int] = attrs.field(factory=dict)


class BulkFlows(Resource):
    def _journal_job(
        self, journal: JobStore | None, job: str, retry_rejected: bool
    ) -> JournalJob | None:
        """The job ``job`` of ``journal`` for this resource, if a journal was given."""
        if journal is None:
            return None
        return journal.job(
            job, self.spec.tag, mode="retry-rejected" if retry_rejected else "resume"
        )

    def _bulk_run(
        self, records: Iterable[object], options: BulkOptions, query: Mapping[str, str] | None
    ) -> PreparedRun:
        """A bulk create as the runner takes it, for either client."""
        job = self._journal_job(options.journal, options.job, options.retry_rejected)
        context = self._bulk_options(
            dict(query or {}), job, options.settle_window, options.allow_duplicates
        )
        plan = self._bulk_plan(
            records, options.chunk_size, options.validate, context, options.undocumented_fields
        )
        return PreparedRun(
            plan,
            lambda chunk: self._chunk_flow(chunk, context),
            options.concurrency,
            options.on_progress,
            job.settled if job else None,
        )

    def _bulk_options(
        self,
        query: Mapping[str, str],
        job: JournalJob | None,
        settle_window: float | None,
        allow_duplicates: bool,
    ) -> _ChunkContext:
        # A journaled job keeps its prefix, so a later run stamps the same references.
        prefix = job.reference_prefix if job else new_reference_prefix()
        return _ChunkContext(
            query, job, self._settle_window(settle_window), prefix, bool(allow_duplicates)
        )

    def _bulk_plan(
        self,
        records: Iterable[object],
        chunk_size: int,
        validate: bool,
        options: _ChunkContext,
        undocumented: Collection[str] = (),
    ) -> Iterator[tuple[builtins.list[Outcome], Chunk | None]]:
        operation_id = self._operation("bulk_create").operation_id
        spec = self.spec.reference
        prefix, job = options.prefix, options.job

        def to_payload(record: object, index: int) -> dict[str, Any]:
            payload = as_payload(record, where=f"records[{index}]")
            return spec.stamped(payload, f"{prefix}-{index}") if spec else payload

        return plan_chunks(
            records,
            chunk_size=chunk_size,
            to_payload=to_payload,
            validate=(
                lambda payload: body_problems(
                    operation_id, payload, element=True, undocumented=undocumented
                )
            )
            if validate
            else None,
            earlier=job.earlier if job else None,
        )

    def _own_reference(self, chunk: Chunk, position: int, options: _ChunkContext) -> str | None:
        """The element's reference if the caller gave it (not one this run stamped)."""
        spec = self.spec.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if reference is None or reference == f"{options.prefix}-{chunk.indexes[position]}":
            return None
        return reference

    def _chunk_flow(
        self, chunk: Chunk, options: _ChunkContext, resends: int = RESEND_ROUNDS
    ) -> Flow[builtins.list[Outcome]]:
        settled: dict[int, Outcome] = {}  # by position in the chunk
        if not options.allow_duplicates:
            settled.update(self._claimed_twice(chunk, options))
        # Deadlines first: the lookups of one element must not eat into another's window.
        deadlines = {
            index: self._rerun_deadline(options.job, index, options.settle_window)
            for index in chunk.indexes
            if index in chunk.unsure
        }
        for position, index in enumerate(chunk.indexes):
            if index in chunk.unsure and position not in settled:
                # Sent by an earlier run without a settled answer: it may exist, or its
                # request may still be running on the server.
                unknown = Unknown(index, "sent by an earlier run", in_flight=True)
                looked_up = yield from self._settle_by_reference(
                    chunk, position, unknown, deadlines[index]
                )
                if looked_up is not None:
                    settled[position] = looked_up
            elif position not in settled and not options.allow_duplicates:
                existing = yield from self._existing(chunk, position, options)
                if existing is not None:
                    settled[position] = existing
        to_send = [p for p in range(len(chunk.indexes)) if p not in settled]
        if to_send:
            sent = chunk.subset(to_send)
            for position, outcome in zip(
                to_send, (yield from self._send_flow(sent, options, resends)), strict=True
            ):
                settled[position] = outcome
        return [settled[p] for p in range(len(chunk.indexes))]

    def _claimed_twice(self, chunk: Chunk, options: _ChunkContext) -> dict[int, Outcome]:
        """Elements giving a reference an earlier element of this run gave: refused, as
        both would be created (chunk flows run at once: the first to claim it keeps it)."""
        refused: dict[int, Outcome] = {}
        field = self.spec.reference.field if self.spec.reference else ""
        for position, index in enumerate(chunk.indexes):
            reference = self._own_reference(chunk, position, options)
            if reference is None:
                continue
            first = options.claimed.setdefault(reference, index)
            if first != index:
                refused[position] = Rejected(
                    index,
                    f"records[{index}] gives the {field} {reference!r} of "
                    f"records[{first}]: not sent, as it would make a second record (give "
                    "each record its own, or allow duplicates)",
                    sent=False,
                )
        return refused

    def _existing(
        self, chunk: Chunk, position: int, options: _ChunkContext
    ) -> Flow[Outcome | None]:
        """What the server already holds under the element's own reference, if anything
        (None: nothing, send it). A lookup that cannot be trusted refuses the element:
        sending it blindly could create it twice.

        One verified lookup per element, run as the chunks run (``concurrency`` at a
        time), rather than one scan of the account: a scan costs less on a small account,
        but Daftra lists in an arbitrary order, so pages of a changing list can skip a
        record, and only an exact, verified lookup proves an absence."""
        reference = self._own_reference(chunk, position, options)
        if reference is None:
            return None
        index = chunk.indexes[position]
        field = self.spec.reference.field if self.spec.reference else ""
        found = yield from self._lookup_flow(reference)
        if isinstance(found, Absent):
            return None
        if isinstance(found, Found):
            return Existing(index, found.id, found.number)
        if isinstance(found, Several):
            return Duplicate(
                index,
                tuple(sorted(found.ids)),
                f"{found.total} records already carry {field} {reference!r}: not sent",
                sent=False,
            )
        return Rejected(
            index,
            f"whether a record already carries {field} {reference!r} cannot be told "
            f"({found.reason}): not sent, so as not to create it twice; run again, or allow "
            "duplicates",
            sent=False,
        )

    def _send_flow(
        self, chunk: Chunk, options: _ChunkContext, resends: int
    ) -> Flow[builtins.list[Outcome]]:
        if options.job:
            options.job.sending(chunk.indexes)
        body = [JsonBody(payload) for payload in chunk.payloads]
        parameters = {**self.spec.bulk_query, **options.query}
        answer: object
        try:
            answer = yield from call_json(self._operation("bulk_create"), body=body, **parameters)
        except DaftraError as exc:
            answer = exc
        failed_at = time.monotonic()
        outcomes = settle_chunk(chunk, answer, number_field=self.spec.bulk_number_field)
        if options.job:
            options.job.answer_lost(
                [o.index for o in outcomes if isinstance(o, Unknown) and o.in_flight]
            )
        if not options.allow_duplicates:
            outcomes = yield from self._checked_again(chunk, outcomes, options)
        if self.spec.reference is None or not any(isinstance(o, Unknown) for o in outcomes):
            return outcomes
        return (yield from self._reconcile_flow(chunk, outcomes, options, resends, failed_at))

    def _checked_again(
        self, chunk: Chunk, outcomes: builtins.list[Outcome], options: _ChunkContext
    ) -> Flow[builtins.list[Outcome]]:
        """Created elements carrying the caller's own reference, looked up once more:
        another run may have passed the same check at the same time and created it too."""
        checked = list(outcomes)
        field = self.spec.reference.field if self.spec.reference else ""
        for position, outcome in enumerate(outcomes):
            reference = self._own_reference(chunk, position, options)
            if not isinstance(outcome, Created) or reference is None:
                continue
            found = yield from self._lookup_flow(reference)
            if isinstance(found, Several):
                ids = tuple(sorted({*found.ids, outcome.id}))
                checked[position] = Duplicate(
                    outcome.index,
                    ids,
                    f"created as record {outcome.id}, but {len(ids)} records carry {field} "
                    f"{reference!r} (another run created it too?)",
                )
        return checked

    def _settle_by_reference(
        self, chunk: Chunk, position: int, unknown: Unknown, deadline: float
    ) -> Flow[Outcome | None]:
        """The element's outcome found by its reference, or None if it is surely absent:
        still absent once ``deadline`` has passed (see
        :func:`~daftra_facade.bulk.references.settled_lookup`)."""
        spec = self.spec.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if spec is None or reference is None:
            return unknown
        found = yield from settled_lookup(functools.partial(self._lookup_flow, reference), deadline)
        if isinstance(found, Found):
            return Created(unknown.index, found.id, found.number)
        if isinstance(found, Several):
            return Duplicate(
                unknown.index,
                tuple(sorted(found.ids)),
                f"{unknown.reason}; {found.total} records carry {spec.field} {reference!r}: "
                "it was stored more than once",
            )
        if isinstance(found, Undecided):
            return Unknown(unknown.index, f"{unknown.reason}; {found.reason}")
        return None

    def _reconcile_flow(
        self,
        chunk: Chunk,
        outcomes: builtins.list[Outcome],
        options: _ChunkContext,
        resends: int,
        failed_at: float,
    ) -> Flow[builtins.list[Outcome]]:
        """Settle unknown elements by their references; send again only those still
        absent once their request can no longer commit (the settle window)."""
        settled = list(outcomes)
        absent: builtins.list[int] = []  # positions in the chunk
        for position, outcome in enumerate(outcomes):
            if not isinstance(outcome, Unknown):
                continue
            # Elements of one request share its window: once the first still absent has
            # waited it out, the others need one lookup each.
            window = options.settle_window if outcome.in_flight else 0.0
            looked_up = yield from self._settle_by_reference(
                chunk, position, outcome, failed_at + window
            )
            if looked_up is not None:
                settled[position] = looked_up
            elif outcome.claimed_success:
                settled[position] = Rejected(
                    outcome.index,
                    f"{outcome.reason}, and no record carries its reference: {NOT_STORED}",
                    raw=outcome.raw if isinstance(outcome.raw, Mapping) else None,
                )
            elif resends > 0:
                absent.append(position)
            else:
                settled[position] = Unknown(
                    outcome.index, f"{outcome.reason}; still not stored, not sent again"
                )
        if absent:
            again = chunk.subset(absent)
            for position, outcome in zip(
                absent, (yield from self._send_flow(again, options, resends - 1)), strict=True
            ):
                settled[position] = outcome
        return settled


class BulkCreatable(SyncResource, BulkFlows):
    def bulk_create(
        self,
        records: Iterable[object],
        *,
        options: BulkOptions | None = None,
        query: Mapping[str, str] | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create many records, ``chunk_size`` per request, up to ``concurrency``
        requests at a time; return one outcome per input element, in input order.

        How it runs is ``options`` (:class:`BulkOptions`), and any of its fields given as
        a keyword here over it (``chunk_size=100``); ``query`` holds the endpoint's own
        query parameters (``{"send": "email"}``).

        Elements failing the specification's checks (a field it does not document, unless
        listed in ``undocumented_fields``, or a value it refuses) are rejected locally, never
        sent; the rest are classified from the server's per-element answers. A chunk refused
        as a whole (even inside a 2xx answer) rejects each of its elements with the server's
        message; an element answered "successful" without an id is looked up by reference and
        rejected if absent, never sent again. When an answer is lost or
        garbled, each element is looked up by its reference: found means created, several
        found is a :class:`Duplicate` (every id named), a trustworthy absence means it is
        sent again (twice at most), anything else leaves it unknown, never re-sent. A request
        that may still be running on the server (no answer, or a 5xx) may yet commit, so
        its absence counts only once ``settle_window`` seconds have passed since it failed
        (default: the larger of the client's timeout and PHP's 30 s execution limit);
        meanwhile its chunk waits aside and the other chunks go on.

        An element carrying its own reference (an invoice's ``po_number``) that a record
        on the server already carries is reported :class:`Existing` and not sent, so
        running a file again creates nothing twice; a lookup that cannot be trusted
        rejects it unsent; after a create, it is looked up again and a second record
        (another run at the same time) is reported as a :class:`Duplicate`. Two elements
        giving one reference are refused. ``allow_duplicates=True`` sends them all without
        these checks. ``on_progress`` is called with
        the running counts after each chunk. If the credentials are refused, the run stops
        with :class:`BulkAbortedError`, whose ``result`` holds everything done until then.

        With a ``journal`` (:class:`JobStore`), every element's state is kept under the name
        ``job``: running the same job again after a crash skips what was settled (reported
        with ``earlier=True``) and looks up, by reference, what was sent without a settled
        answer (over a settle window) before sending anything again. ``retry_rejected``
        sends again the rejected elements whose input changed since (the file was fixed).
        """
        prepared = self._bulk_run(records, bulk_options("bulk_create", options, settings), query)
        return run_bulk(prepared, self._transport)


class AsyncBulkCreatable(AsyncResource, BulkFlows):
    async def bulk_create(
        self,
        records: Iterable[object],
        *,
        options: BulkOptions | None = None,
        query: Mapping[str, str] | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create many records; see :meth:`BulkCreatable.bulk_create`."""
        prepared = self._bulk_run(records, bulk_options("bulk_create", options, settings), query)
        return await arun_bulk(prepared, self._transport)
