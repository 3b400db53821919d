"""Many records one request at a time: ``create_many`` (for resources without Daftra's
bulk endpoint) and ``upsert`` (find by a business key, then create, edit or leave alone).

Both run through the bulk runner (bulk/runs.py) with one element per "chunk", so they
share its concurrency, progress, per-element outcomes, abort on refused credentials and
job store. Duplicates are prevented the way ``bulk_create`` prevents them: a create whose
answer is lost is settled by looking the record up (its business key, else its
reference), and an element an earlier run sent without an answer is looked up before
anything is sent again; without a way to look it up, it stays *unknown* and is not sent.

An upsert also guards against other callers creating the same key: within a process its
elements take turns by key value (:mod:`.key_locks`, and elements of one run sharing a
value go one after the other); across processes, each create is followed by a second look
at the key, which reports a :class:`Duplicate` when another run created it too.
"""

from __future__ import annotations

import collections
import functools
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ..bulk.chunks import (
    Chunk,
    _Refused,
    plan_chunks,
    settle_chunk,
)
from ..bulk.outcomes import (
    BulkProgress,
    BulkResult,
    Created,
    Duplicate,
    Outcome,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)
from ..bulk.references import Absent, Found, Lookup, Undecided, settled_lookup
from ..bulk.runs import (
    arun_bulk,
    run_bulk,
)
from ..errors import DaftraError, InvalidInputError, JobStoreError, NotCreatedError
from ..flows import Flow, pause
from ..wire.bodies import as_payload
from ..wire.validation import body_problems
from .base import AsyncResource, SyncResource
from .facts import BusinessKey
from .finding import FindFlows, business_key, describe, several
from .key_locks import KEY_LOCKS, KeyId
from .writing import AsyncCreatesOne, CreatesOne, WriteFlows

if TYPE_CHECKING:
    from ..bulk.journal import JobStore
    from ..bulk.journal_jobs import JournalJob

DEFAULT_CONCURRENCY = 4
# What a job store is told of an element's create: right before each sending, and when
# its answer was found lost (see JournalJob.sending and JournalJob.answer_lost).
_SendHooks = tuple[Callable[[], None] | None, Callable[[], None] | None]
# What to do about several records carrying one key: nothing is deleted automatically.
KEEP_ONE = (
    "nothing was deleted: keep the oldest (the first id), delete the others once "
    "checked, then upsert again"
)


def differs(wanted: object, stored: object) -> bool:
    """Whether a stored record lacks something a body gives. Only what the body names is
    compared (the record has more); lists are compared element by element, in order;
    amounts by value, so ``"10"`` and ``10.0000`` are the same."""
    if isinstance(wanted, Mapping):
        stored_map = stored if isinstance(stored, Mapping) else {}
        return any(differs(value, stored_map.get(name)) for name, value in wanted.items())
    if isinstance(wanted, list):
        if not isinstance(stored, list) or len(stored) != len(wanted):
            return True
        return any(differs(w, s) for w, s in zip(wanted, stored, strict=True))
    return not _same_value(wanted, stored)


def _same_value(wanted: object, stored: object) -> bool:
    left, right = _scalar_text(wanted), _scalar_text(stored)
    if left == right:
        return True
    try:
        return Decimal(left) == Decimal(right)
    except (InvalidOperation, ValueError):
        return False


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value).strip()


class EachFlows(WriteFlows, FindFlows[Any]):
    """The per-element flows of ``create_many`` and ``upsert``, built on one create or
    update (:class:`WriteFlows`) and the finders (:class:`FindFlows`)."""

    def _member(self) -> str | None:
        """Where a body keeps the record's fields: v1 wraps them in the model's name."""
        return self.spec.model_key if self.spec.pages.kind == "v1" else None

    def _each_plan(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        validate: bool,
        job: JournalJob | None,
        undocumented: Collection[str],
    ) -> Iterator[tuple[list[Outcome], Chunk | None]]:
        operation_id = self._operation("create").operation_id
        member = self._member()

        def to_payload(record: object, index: int) -> dict[str, Any]:
            payload = as_payload(record, where=f"records[{index}]")
            if key is not None and key.read(payload, member) is None:
                raise InvalidInputError(f"records[{index}] gives no {key.name} to match on")
            return payload

        return plan_chunks(
            records,
            chunk_size=1,
            to_payload=to_payload,
            validate=(
                lambda payload: body_problems(operation_id, payload, undocumented=undocumented)
            )
            if validate
            else None,
            earlier=job.earlier if job else None,
        )

    def _each_flow(
        self,
        chunk: Chunk,
        key: BusinessKey | None,
        job: JournalJob | None,
        undocumented: Collection[str],
        window: float,
    ) -> Flow[list[Outcome]]:
        index, payload = chunk.indexes[0], chunk.payloads[0]
        # Sent by an earlier run without a settled answer: its request may still commit
        # until this deadline, so until then an absence proves nothing.
        rerun = self._rerun_deadline(job, index, window) if index in chunk.unsure else None
        reference = f"{job.reference_prefix}-{index}" if job else None
        # Recorded as sent, and when, right before each create is sent (not before the
        # lookups and waits that may come first: a rerun counts its wait from that time).
        sending = functools.partial(job.sending, [index]) if job else None
        lost = functools.partial(job.answer_lost, [index]) if job else None
        try:
            if key is None:
                outcome = yield from self._create_one(
                    index, payload, rerun, reference, undocumented, window, (sending, lost)
                )
            else:
                outcome = yield from self._upsert_one(
                    index, payload, key, reference, undocumented, window, rerun, (sending, lost)
                )
        except (InvalidInputError, NotCreatedError) as exc:
            sent = isinstance(exc, NotCreatedError)
            errors = getattr(exc, "field_errors", None) or {}
            return [Rejected(index, exc.message, errors, sent=sent)]
        except JobStoreError:
            raise  # the store stopped recording: nothing more is sent (the run stops)
        except DaftraError as exc:
            # Refused credentials stop the run; a 4xx rejects; anything else is unknown.
            return settle_chunk(Chunk([index], [payload]), exc, number_field=None)
        return [outcome]

    def _first_key(self, payload: Mapping[str, Any]) -> tuple[BusinessKey, str] | None:
        """The first business key the body gives, with its value, if the resource has one."""
        for key in self.spec.facts.keys:
            value = key.read(payload, self._member())
            if value is not None:
                return key, value
        return None

    def _key_lookup(self, payload: Mapping[str, Any]) -> Callable[[], Flow[Lookup]] | None:
        """A lookup by the first business key the body gives, if the resource has one."""
        first = self._first_key(payload)
        if self.spec.list is None or first is None:
            return None
        return functools.partial(self._lookup_by_keys_flow, [first])

    def _create_one(
        self,
        index: int,
        payload: dict[str, Any],
        rerun: float | None,
        reference: str | None,
        undocumented: Collection[str],
        window: float,
        hooks: _SendHooks,
    ) -> Flow[Outcome]:
        lookup = self._key_lookup(payload)
        if rerun is not None:  # an earlier run sent it and got no settled answer
            settle = lookup
            spec = self.spec.reference
            if settle is None and spec is not None and reference is not None:
                stamped = spec.read(spec.stamped(payload, reference))
                settle = functools.partial(self._lookup_flow, stamped) if stamped else None
            if settle is None:
                return Unknown(
                    index,
                    "sent by an earlier run without a settled answer, and it "
                    "has no key or reference to look it up by: not sent again",
                )
            found = yield from settled_lookup(settle, rerun)
            if isinstance(found, Found):
                return Created(index, found.id, found.number)
            if isinstance(found, Undecided):
                return Unknown(index, f"sent by an earlier run; {found.reason}")
        record_id = yield from self._create_flow(
            payload,
            undocumented,
            lookup,
            reference,
            settle_window=window,
            on_send=hooks[0],
            on_lost=hooks[1],
        )
        return Created(index, record_id)

    def _upsert_one(
        self,
        index: int,
        payload: dict[str, Any],
        key: BusinessKey,
        reference: str | None,
        undocumented: Collection[str],
        window: float,
        rerun: float | None,
        hooks: _SendHooks,
    ) -> Flow[Outcome]:
        value = key.read(payload, self._member())
        wanted: list[tuple[BusinessKey, object]] = [(key, value)]
        if rerun is None:
            ids = yield from self._key_matches_flow(wanted)
        else:
            ids = yield from self._key_matches_settled(wanted, rerun)
        if isinstance(ids, Undecided):
            return Rejected(index, f"{ids.reason}: nothing sent", sent=False)
        if len(ids) > 1:
            return Rejected(index, f"{several(ids, wanted)}: nothing sent; {KEEP_ONE}", sent=False)
        if not ids:
            return (
                yield from self._create_checked(
                    index, payload, wanted, reference, undocumented, window, hooks
                )
            )
        stored = yield from self._record_flow(ids[0])
        if not differs(payload, stored):
            return Unchanged(index, ids[0])
        try:
            yield from self._update_flow(ids[0], payload, undocumented)
        except DaftraError as exc:
            exc.add_note(f"editing record {ids[0]} ({describe(wanted)})")
            raise
        return Updated(index, ids[0])

    def _key_matches_settled(
        self, wanted: list[tuple[BusinessKey, object]], deadline: float
    ) -> Flow[list[int] | Undecided]:
        """The key's matches, looked up again while there are none until ``deadline``
        (``time.monotonic()``) has passed: an earlier run's create of the key may still
        commit until then (see :func:`~daftra_facade.bulk.references.settled_lookup`)."""
        last: list[list[int] | Undecided] = []

        def lookup() -> Flow[Lookup]:
            found = yield from self._key_matches_flow(wanted)
            last[:] = [found]
            if isinstance(found, Undecided):
                return found
            return Found(found[0], None) if found else Absent()

        yield from settled_lookup(lookup, deadline)
        return last[0]

    def _create_checked(
        self,
        index: int,
        payload: dict[str, Any],
        wanted: list[tuple[BusinessKey, object]],
        reference: str | None,
        undocumented: Collection[str],
        window: float,
        hooks: _SendHooks,
    ) -> Flow[Outcome]:
        """Create the record of a key nobody had, then look the key up again.

        Within a process, upserts of one key take turns (:mod:`.key_locks`); another
        process may have found the key absent too and created it at the same time. Each
        create is looked up again once it is stored (its answer came, or settling a lost
        answer found it), so of two such creates, the one stored later always sees both,
        even when it was sent first and committed late: that one is a :class:`Duplicate`
        naming both records, never reported as created.
        """
        settled: list[int] = []  # what the last lookup settling a lost answer found
        lost_at: list[float] = []  # when the answer was found lost

        def settle() -> Flow[Lookup]:
            lost_at[:] = lost_at or [time.monotonic()]
            ids = yield from self._key_matches_flow(wanted)
            if isinstance(ids, Undecided):
                return ids
            settled[:] = ids
            if len(ids) > 1:
                return Undecided(several(ids, wanted))
            return Found(ids[0], None) if ids else Absent()

        try:
            record_id = yield from self._create_flow(
                payload,
                undocumented,
                settle,
                reference,
                settle_window=window,
                on_send=hooks[0],
                on_lost=hooks[1],
            )
        except DaftraError:
            if len(settled) < 2:
                raise
            lost = "this element's answer was lost, and another run created the key meanwhile"
            reason = f"{several(settled, wanted)}: {lost}; {KEEP_ONE}"
            return Duplicate(index, tuple(settled), reason)
        if lost_at:
            # The record settling found may be another run's, with this one's request still
            # running on the server: look again once that request can no longer commit.
            yield from pause(lost_at[0] + window)
        after = yield from self._key_matches_flow(wanted)
        if isinstance(after, Undecided):
            return Unknown(
                index,
                f"created as record {record_id}, but checking that no other run created "
                f"{describe(wanted)} too failed ({after.reason}): run again to check",
            )
        ids = sorted({*after, record_id})
        if len(ids) == 1:
            return Created(index, record_id)
        both = f"this element created {record_id} while another run created the key too"
        return Duplicate(index, tuple(ids), f"{several(ids, wanted)}: {both}; {KEEP_ONE}")


class _Followers:
    """Elements of one run waiting for an earlier element of the run with the same key
    value: handled right after it by the same worker, in input order, so that each one
    sees the record the one before it made (and none waits on a lock for a turn)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[str, collections.deque[Chunk]] = {}

    def admit(self, value: str, chunk: Chunk) -> bool:
        """True when ``chunk`` goes now; False when it waits behind its key's element."""
        with self._lock:
            queue = self._waiting.get(value)
            if queue is None:
                self._waiting[value] = collections.deque()
                return True
            queue.append(chunk)
            return False

    def next(self, value: str) -> Chunk | None:
        """The next element waiting for ``value``; None, and the key free, when none is."""
        with self._lock:
            queue = self._waiting[value]
            if queue:
                return queue.popleft()
            del self._waiting[value]
            return None

    def drop(self, value: str) -> list[Chunk]:
        """Every element still waiting for ``value``, the key freed."""
        with self._lock:
            return list(self._waiting.pop(value, ()))


class _EachRunner(EachFlows):
    def _job(self, journal: JobStore | None, job: str, retry_rejected: bool) -> JournalJob | None:
        if journal is None:
            return None
        return journal.job(
            job, self.spec.tag, mode="retry-rejected" if retry_rejected else "resume"
        )

    def _key(self, key: str | None) -> BusinessKey | None:
        return None if key is None else business_key(self.spec, key)

    def _key_value(self, key: BusinessKey, chunk: Chunk) -> str:
        """The element's key value, as matching compares it."""
        return key.normalised(key.read(chunk.payloads[0], self._member()))

    def _turn(self, account: str, key: BusinessKey | None, chunk: Chunk) -> KeyId | None:
        """The lock an element takes its turn by (``account``: the site root): its value of
        the upsert's key; for ``create_many``, of the first business key its body gives
        (an element an earlier run left unsettled is looked up, then maybe created)."""
        if key is None:
            first = self._first_key(chunk.payloads[0])
            if first is None:
                return None
            key = first[0]
        return KeyId(account, self.spec.tag, key.name, self._key_value(key, chunk))

    def _in_turn(
        self,
        plan: Iterator[tuple[list[Outcome], Chunk | None]],
        key: BusinessKey | None,
        followers: _Followers,
    ) -> Iterator[tuple[list[Outcome], Chunk | None]]:
        """The plan, with each element whose key value an element in flight has held back
        (it is sent by that element's worker, after it)."""
        for refused, chunk in plan:
            held = (
                key is not None
                and chunk is not None
                and not followers.admit(self._key_value(key, chunk), chunk)
            )
            if held and not refused:
                continue
            yield refused, None if held else chunk

    def _turn_flow(
        self,
        chunk: Chunk,
        key: BusinessKey | None,
        job: JournalJob | None,
        undocumented: Collection[str],
        followers: _Followers,
        account: str,
        window: float,
    ) -> Flow[list[Outcome]]:
        """An element's flow, in its key's turn, then those held back behind it."""
        turn = self._turn(account, key, chunk)
        if turn is None:
            return (yield from self._each_flow(chunk, key, job, undocumented, window))
        done: list[Outcome] = []
        current: Chunk | None = chunk
        try:
            while current is not None:
                yield from KEY_LOCKS.turn(turn)
                try:
                    done += yield from self._each_flow(current, key, job, undocumented, window)
                finally:
                    KEY_LOCKS.release(turn)
                current = followers.next(turn.value) if key else None
        except _Refused as refusal:
            waiting = followers.drop(turn.value) if key else []
            raise _refused_in_turn(done, refusal, waiting) from None
        return done


def _refused_in_turn(done: list[Outcome], refusal: _Refused, waiting: list[Chunk]) -> _Refused:
    """A refusal of the credentials in the middle of one key's elements: what was done
    stays reported, and the elements still waiting go back to pending with the refusal."""
    cause = refusal.cause
    rest = [Rejected(c.indexes[0], cause.message, cause.field_errors, final=False) for c in waiting]
    return _Refused([*done, *refusal.outcomes, *rest], cause)


class ManyCreatable(SyncResource, _EachRunner):
    """``create_many`` for the blocking client."""

    def create_many(
        self,
        records: Iterable[object],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        job: str = "default",
        retry_rejected: bool = False,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> BulkResult:
        """Create many records, one request each, up to ``concurrency`` at a time; return
        one outcome per input element, in input order (:class:`BulkResult`).

        For resources without Daftra's bulk endpoint; arguments and guarantees as for
        ``bulk_create``. A create whose answer is lost is settled by the record's first business
        key it gives (a client's email, a product's code), else by its reference; with neither,
        it is reported unknown rather than sent again. An element giving a business key takes
        its turn with upserts of the same key value in this process (see ``upsert``), so that
        one left unsettled by an earlier run is looked up and created without a race.
        ``settle_window`` is as for ``create``: how long a lost create is looked up before
        it is sent again (default: the client's).
        """
        return self._run_each(
            records,
            None,
            concurrency,
            validate,
            on_progress,
            journal,
            job,
            retry_rejected,
            undocumented_fields,
            settle_window,
        )

    def _run_each(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        concurrency: int,
        validate: bool,
        on_progress: Callable[[BulkProgress], None] | None,
        journal: JobStore | None,
        job: str,
        retry_rejected: bool,
        undocumented: Collection[str],
        settle_window: float | None,
    ) -> BulkResult:
        window = self._settle_window(settle_window)  # checked before anything is sent
        stored_job = self._job(journal, job, retry_rejected)
        followers = _Followers()
        account = self._transport.settings.site_root
        plan = self._each_plan(records, key, validate, stored_job, undocumented)
        return run_bulk(
            self._in_turn(plan, key, followers),
            lambda chunk: self._turn_flow(
                chunk, key, stored_job, undocumented, followers, account, window
            ),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=stored_job.settled if stored_job else None,
        )


class AsyncManyCreatable(AsyncResource, _EachRunner):
    """``create_many`` for the asyncio client."""

    async def create_many(
        self,
        records: Iterable[object],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        job: str = "default",
        retry_rejected: bool = False,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> BulkResult:
        """Create many records, one request each; see :meth:`ManyCreatable.create_many`."""
        return await self._run_each(
            records,
            None,
            concurrency,
            validate,
            on_progress,
            journal,
            job,
            retry_rejected,
            undocumented_fields,
            settle_window,
        )

    async def _run_each(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        concurrency: int,
        validate: bool,
        on_progress: Callable[[BulkProgress], None] | None,
        journal: JobStore | None,
        job: str,
        retry_rejected: bool,
        undocumented: Collection[str],
        settle_window: float | None,
    ) -> BulkResult:
        window = self._settle_window(settle_window)  # checked before anything is sent
        stored_job = self._job(journal, job, retry_rejected)
        followers = _Followers()
        account = self._transport.settings.site_root
        plan = self._each_plan(records, key, validate, stored_job, undocumented)
        return await arun_bulk(
            self._in_turn(plan, key, followers),
            lambda chunk: self._turn_flow(
                chunk, key, stored_job, undocumented, followers, account, window
            ),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=stored_job.settled if stored_job else None,
        )


class Creatable(CreatesOne, ManyCreatable):
    """``create`` and ``create_many`` for the blocking client."""


class AsyncCreatable(AsyncCreatesOne, AsyncManyCreatable):
    """``create`` and ``create_many`` for the asyncio client."""


class Upsertable(ManyCreatable):
    """``upsert`` for the blocking client."""

    def upsert(
        self,
        records: Iterable[object],
        *,
        key: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        job: str = "default",
        retry_rejected: bool = False,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> BulkResult:
        """Create or edit many records by a business key, ``key`` (e.g. ``"email"``,
        ``"product_code"``, ``"po_number"``, ``"custom_field:Order ref"``).

        Each element is looked up by its value of the key (every match checked here, as
        ``find`` does): none → created; one that already holds what the element gives →
        :class:`Unchanged`; one that differs → edited through the safe :meth:`update` →
        :class:`Updated`; several → rejected, nothing sent. Elements without the key are
        rejected before sending; elements sharing a key value are handled in input order,
        each seeing the record the one before it made.

        One key is never created twice from one process: upserts of one key value on one
        account take turns, across the threads of every ``Daftra`` client of the account and
        the tasks of an ``AsyncDaftra`` on one event loop. No lock reaches another process
        (or machine), so after each create the key is looked up again: if another run
        created it at the same time, the element is a :class:`Duplicate` naming every record
        carrying the key (of two such creates, the one stored later always sees both), never
        counted as created. Nothing is deleted: keep the oldest record (``Duplicate.kept``)
        and delete the others (``Duplicate.extra``) once checked; until then, upserts of that
        key are rejected naming the ids, and ``find_one`` raises
        :class:`MultipleMatchesError` with them.

        A create whose answer is lost is settled by looking the key up again, never by
        sending blindly, over ``settle_window`` seconds (as for ``create``; default: the
        client's) while its request may still commit. With a ``journal``, a rerun of ``job``
        skips what was settled.
        """
        return self._run_each(
            records,
            self._key(key),
            concurrency,
            validate,
            on_progress,
            journal,
            job,
            retry_rejected,
            undocumented_fields,
            settle_window,
        )


class AsyncUpsertable(AsyncManyCreatable):
    """``upsert`` for the asyncio client."""

    async def upsert(
        self,
        records: Iterable[object],
        *,
        key: str,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        job: str = "default",
        retry_rejected: bool = False,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> BulkResult:
        """Create or edit many records by a business key; see :meth:`Upsertable.upsert`."""
        return await self._run_each(
            records,
            self._key(key),
            concurrency,
            validate,
            on_progress,
            journal,
            job,
            retry_rejected,
            undocumented_fields,
            settle_window,
        )
