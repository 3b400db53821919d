"""Many records one request at a time: ``create_many`` (for resources without Daftra's
bulk endpoint) and ``upsert`` (find by a business key, then create, edit or leave alone).

Both run through the bulk runner (:mod:`._bulk`) with one element per "chunk", so they
share its concurrency, progress, per-element outcomes, abort on refused credentials and
job store. Duplicates are prevented the way ``bulk_create`` prevents them: a create whose
answer is lost is settled by looking the record up (its business key, else its
reference), and an element an earlier run sent without an answer is looked up before
anything is sent again; without a way to look it up, it stays *unknown* and is not sent.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ..bulk.references import Found, Lookup, Undecided
from ..bulk.runs import (
    BulkProgress,
    BulkResult,
    Chunk,
    Created,
    Outcome,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
    arun_bulk,
    plan_chunks,
    run_bulk,
    settle_chunk,
)
from ..errors import DaftraError, InvalidInputError, NotCreatedError
from ..flows import Flow
from ..wire.bodies import as_payload
from ..wire.numbers import RecordId
from ..wire.validation import body_problems
from .finding import BUSINESS_KEYS, BusinessKey, FindFlows, business_key, describe

if TYPE_CHECKING:
    from ..bulk.journal import JobStore, JournalJob
    from ..transport.http import AsyncTransport, Transport

DEFAULT_CONCURRENCY = 4


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


class EachFlows(FindFlows):
    """The per-element flows of ``create_many`` and ``upsert``."""

    if TYPE_CHECKING:
        def _create_flow(
            self,
            body: object,
            undocumented: Collection[str] = (),
            lookup: Callable[[], Flow[Lookup]] | None = None,
            reference: str | None = None,
        ) -> Flow[int]: ...
        def _update_flow(
            self, record_id: RecordId, changes: object, undocumented: Collection[str] = ()
        ) -> Flow[None]: ...
        def _lookup_flow(self, reference: str) -> Flow[Lookup]: ...

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
        seen: dict[str, int] = {}

        def to_payload(record: object, index: int) -> dict[str, Any]:
            payload = as_payload(record, where=f"records[{index}]")
            if key is None:
                return payload
            value = key.read(payload, member)
            if value is None:
                raise InvalidInputError(f"records[{index}] gives no {key.name} to match on")
            # Two elements with one key would race to create the same record.
            folded = value.casefold() if key.fold_case else value
            if folded in seen:
                raise InvalidInputError(
                    f"records[{index}] has the {key.name} {value!r} of records[{seen[folded]}]"
                    "; give each record once"
                )
            seen[folded] = index
            return payload

        return plan_chunks(
            records,
            chunk_size=1,
            to_payload=to_payload,
            validate=(
                lambda payload: body_problems(operation_id, payload, undocumented=undocumented)
            ) if validate else None,
            earlier=job.earlier if job else None,
        )

    def _each_flow(
        self,
        chunk: Chunk,
        key: BusinessKey | None,
        job: JournalJob | None,
        undocumented: Collection[str],
    ) -> Flow[list[Outcome]]:
        index, payload = chunk.indexes[0], chunk.payloads[0]
        unsure = index in chunk.unsure
        reference = f"{job.reference_prefix}-{index}" if job else None
        if job:
            job.sending([index])
        try:
            if key is None:
                outcome = yield from self._create_one(index, payload, unsure, reference,
                                                      undocumented)
            else:
                outcome = yield from self._upsert_one(index, payload, key, reference,
                                                      undocumented)
        except (InvalidInputError, NotCreatedError) as exc:
            sent = isinstance(exc, NotCreatedError)
            errors = getattr(exc, "field_errors", None) or {}
            return [Rejected(index, exc.message, errors, sent=sent)]
        except DaftraError as exc:
            # Refused credentials stop the run; a 4xx rejects; anything else is unknown.
            return settle_chunk(Chunk([index], [payload]), exc, number_field=None)
        return [outcome]

    def _key_lookup(self, payload: Mapping[str, Any]) -> Callable[[], Flow[Lookup]] | None:
        """A lookup by the first business key the body gives, if the resource has one."""
        if self.spec.list is None:
            return None
        for key in BUSINESS_KEYS.get(self.spec.tag, ()):
            value = key.read(payload, self._member())
            if value is not None:
                return functools.partial(self._lookup_by_keys_flow, [(key, value)])
        return None

    def _create_one(
        self,
        index: int,
        payload: dict[str, Any],
        unsure: bool,
        reference: str | None,
        undocumented: Collection[str],
    ) -> Flow[Outcome]:
        lookup = self._key_lookup(payload)
        if unsure:  # an earlier run sent it and got no settled answer: it may exist
            settle = lookup
            spec = self.spec.reference
            if settle is None and spec is not None and reference is not None:
                stamped = spec.read(spec.stamped(payload, reference))
                settle = functools.partial(self._lookup_flow, stamped) if stamped else None
            if settle is None:
                return Unknown(index, "sent by an earlier run without a settled answer, and it "
                               "has no key or reference to look it up by: not sent again")
            found = yield from settle()
            if isinstance(found, Found):
                return Created(index, found.id, found.number)
            if isinstance(found, Undecided):
                return Unknown(index, f"sent by an earlier run; {found.reason}")
        record_id = yield from self._create_flow(payload, undocumented, lookup, reference)
        return Created(index, record_id)

    def _upsert_one(
        self,
        index: int,
        payload: dict[str, Any],
        key: BusinessKey,
        reference: str | None,
        undocumented: Collection[str],
    ) -> Flow[Outcome]:
        value = key.read(payload, self._member())
        wanted: list[tuple[BusinessKey, object]] = [(key, value)]
        found = yield from self._lookup_by_keys_flow(wanted)
        if isinstance(found, Undecided):
            return Rejected(index, f"{found.reason}: nothing sent", sent=False)
        if not isinstance(found, Found):
            lookup = functools.partial(self._lookup_by_keys_flow, wanted)
            record_id = yield from self._create_flow(payload, undocumented, lookup, reference)
            return Created(index, record_id)
        stored = yield from self._record_flow(found.id)
        if not differs(payload, stored):
            return Unchanged(index, found.id)
        try:
            yield from self._update_flow(found.id, payload, undocumented)
        except DaftraError as exc:
            exc.add_note(f"editing record {found.id} ({describe(wanted)})")
            raise
        return Updated(index, found.id)


class _EachRunner(EachFlows):
    def _job(
        self, journal: JobStore | None, job: str, retry_rejected: bool
    ) -> JournalJob | None:
        if journal is None:
            return None
        return journal.job(job, self.spec.tag,
                           mode="retry-rejected" if retry_rejected else "resume")

    def _key(self, key: str | None) -> BusinessKey | None:
        return None if key is None else business_key(self.spec.tag, key)





class ManyCreatable(_EachRunner):
    """``create_many`` for the blocking client."""

    if TYPE_CHECKING:
        _transport: Transport

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
    ) -> BulkResult:
        """Create many records, one request each, up to ``concurrency`` at a time; return
        one outcome per input element, in input order (:class:`BulkResult`).

        For resources without Daftra's bulk endpoint; arguments and guarantees as for
        ``bulk_create``. A create whose answer is lost is settled by the record's first business
        key it gives (a client's email, a product's code), else by its reference; with neither,
        it is reported unknown rather than sent again.
        """
        return self._run_each(records, None, concurrency, validate, on_progress, journal, job,
                              retry_rejected, undocumented_fields)

    def _run_each(
        self, records: Iterable[object], key: BusinessKey | None, concurrency: int,
        validate: bool, on_progress: Callable[[BulkProgress], None] | None,
        journal: JobStore | None, job: str, retry_rejected: bool, undocumented: Collection[str],
    ) -> BulkResult:
        stored_job = self._job(journal, job, retry_rejected)
        return run_bulk(
            self._each_plan(records, key, validate, stored_job, undocumented),
            lambda chunk: self._each_flow(chunk, key, stored_job, undocumented),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=stored_job.settled if stored_job else None,
        )


class AsyncManyCreatable(_EachRunner):
    """``create_many`` for the asyncio client."""

    if TYPE_CHECKING:
        _transport: AsyncTransport

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
    ) -> BulkResult:
        """Create many records, one request each; see :meth:`ManyCreatable.create_many`."""
        return await self._run_each(records, None, concurrency, validate, on_progress, journal,
                                    job, retry_rejected, undocumented_fields)

    async def _run_each(
        self, records: Iterable[object], key: BusinessKey | None, concurrency: int,
        validate: bool, on_progress: Callable[[BulkProgress], None] | None,
        journal: JobStore | None, job: str, retry_rejected: bool, undocumented: Collection[str],
    ) -> BulkResult:
        stored_job = self._job(journal, job, retry_rejected)
        return await arun_bulk(
            self._each_plan(records, key, validate, stored_job, undocumented),
            lambda chunk: self._each_flow(chunk, key, stored_job, undocumented),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=stored_job.settled if stored_job else None,
        )


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
    ) -> BulkResult:
        """Create or edit many records by a business key, ``key`` (e.g. ``"email"``,
        ``"product_code"``, ``"po_number"``, ``"custom_field:Order ref"``).

        Each element is looked up by its value of the key (every match checked here, as
        ``find`` does): none → created; one that already holds what the element gives →
        :class:`Unchanged`; one that differs → edited through the safe :meth:`update` →
        :class:`Updated`; several → rejected, nothing sent. Elements without the key, or
        repeating another element's key, are rejected before sending. A create whose answer is
        lost is settled by looking the key up again, never by sending blindly. With a
        ``journal``, a rerun of ``job`` skips what was settled.
        """
        return self._run_each(records, self._key(key), concurrency, validate, on_progress,
                              journal, job, retry_rejected, undocumented_fields)


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
    ) -> BulkResult:
        """Create or edit many records by a business key; see :meth:`Upsertable.upsert`."""
        return await self._run_each(records, self._key(key), concurrency, validate,
                                    on_progress, journal, job, retry_rejected,
                                    undocumented_fields)
