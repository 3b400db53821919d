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
import threading
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Unpack

from ..bulk.chunks import Chunk, _Refused
from ..bulk.options import BulkOptions, BulkSettings, bulk_options
from ..bulk.outcomes import (
    BulkResult,
    Outcome,
    Rejected,
)
from ..bulk.runs import PreparedRun, arun_bulk, run_bulk
from ..flows import Flow
from .base import AsyncResource, SyncResource
from .each_record import EachFlows
from .facts import BusinessKey
from .finding import business_key
from .key_locks import KEY_LOCKS, KeyId
from .writing import AsyncCreatesOne, CreatesOne

if TYPE_CHECKING:
    from ..bulk.journal import JobStore
    from ..bulk.journal_jobs import JournalJob


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

    def _each_run(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        options: BulkOptions,
        account: str,
    ) -> PreparedRun:
        """``create_many`` or ``upsert`` as the runner takes it, for either client."""
        window = self._settle_window(options.settle_window)  # checked before anything is sent
        stored_job = self._job(options.journal, options.job, options.retry_rejected)
        followers = _Followers()
        undocumented = options.undocumented_fields
        plan = self._each_plan(records, key, options.validate, stored_job, undocumented)
        return PreparedRun(
            self._in_turn(plan, key, followers),
            lambda chunk: self._turn_flow(
                chunk, key, stored_job, undocumented, followers, account, window
            ),
            options.concurrency,
            options.on_progress,
            stored_job.settled if stored_job else None,
        )


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
        options: BulkOptions | None = None,
        **settings: Unpack[BulkSettings],
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
            records, None, bulk_options("create_many", options, settings, chunks=False)
        )

    def _run_each(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        options: BulkOptions,
    ) -> BulkResult:
        account = self._transport.settings.site_root
        return run_bulk(self._each_run(records, key, options, account), self._transport)


class AsyncManyCreatable(AsyncResource, _EachRunner):
    """``create_many`` for the asyncio client."""

    async def create_many(
        self,
        records: Iterable[object],
        *,
        options: BulkOptions | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create many records, one request each; see :meth:`ManyCreatable.create_many`."""
        return await self._run_each(
            records, None, bulk_options("create_many", options, settings, chunks=False)
        )

    async def _run_each(
        self,
        records: Iterable[object],
        key: BusinessKey | None,
        options: BulkOptions,
    ) -> BulkResult:
        account = self._transport.settings.site_root
        return await arun_bulk(self._each_run(records, key, options, account), self._transport)


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
        options: BulkOptions | None = None,
        **settings: Unpack[BulkSettings],
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
            records, self._key(key), bulk_options("upsert", options, settings, chunks=False)
        )


class AsyncUpsertable(AsyncManyCreatable):
    """``upsert`` for the asyncio client."""

    async def upsert(
        self,
        records: Iterable[object],
        *,
        key: str,
        options: BulkOptions | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create or edit many records by a business key; see :meth:`Upsertable.upsert`."""
        return await self._run_each(
            records, self._key(key), bulk_options("upsert", options, settings, chunks=False)
        )
