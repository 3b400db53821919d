"""One record at a time, the flows: create it once (a lost answer settled by looking the
record up by its business key, else its reference), or find it by its business key and
create it, edit what differs, or leave it alone. Run by :mod:`.upsert`."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ..bulk.chunks import Chunk, plan_chunks, settle_chunk
from ..bulk.outcomes import (
    Created,
    Duplicate,
    Outcome,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)
from ..bulk.references import Absent, Found, Lookup, Undecided, settled_lookup
from ..errors import DaftraError, InvalidInputError, JobStoreError, NotCreatedError
from ..flows import Flow, pause
from ..wire.bodies import as_payload
from ..wire.validation import body_problems
from .facts import BusinessKey
from .finding import FindFlows, describe, several
from .writing import WriteFlows

if TYPE_CHECKING:
    from ..bulk.journal_jobs import JournalJob

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
