"""Bulk creation as flows: records planned into checked chunks, each chunk sent through a
resource's bulk endpoint and every element's outcome settled. An element carrying its own
reference is looked up before it is sent (found: :class:`Existing`) and after (another
run made it too: :class:`Duplicate`); a lost or garbled answer is settled by looking each
element up by its reference over the settle window, and an element surely absent is sent
again, at most ``RESEND_ROUNDS`` times. Both clients run these flows through
:mod:`.runs`; a resource binds them to its endpoint (``resources/bulk_creating.py``)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..errors import DaftraError
from ..flows import Flow, call_json
from ..wire.bodies import JsonBody, as_payload
from ..wire.operations import Operation
from ..wire.validation import body_problems
from .chunks import Chunk, plan_chunks, settle_chunk
from .journal_jobs import JournalJob
from .outcomes import Created, Duplicate, Existing, Outcome, Rejected, Unknown
from .references import Absent, Found, Lookup, ReferenceSpec, Several, Undecided, settled_lookup

# Rounds of sending again an element found absent after its answer was lost.
RESEND_ROUNDS = 2
NOT_STORED = "nothing was stored; not sent again, since Daftra would drop it the same way"


@attrs.frozen
class BulkEndpoint:
    """What bulk creation needs of a resource: its bulk-create ``operation`` with the
    ``query`` to send it, the field of each element's answer holding the record's
    number, its ``reference`` field and how records carrying a reference are looked up,
    and the client's ``timeout`` (a request may commit until then)."""

    operation: Operation
    query: Mapping[str, str]
    number_field: str | None
    reference: ReferenceSpec | None
    lookup: Callable[[str], Flow[Lookup]]
    timeout: float


@attrs.define
class BulkCreation:
    """One bulk create: its chunks' flows, and what they share: the endpoint, the job
    store's job, the settle window, the run's reference ``prefix`` (a reference it made
    is not the caller's own) and the caller's references met so far (``claimed``, with
    the first element giving each)."""

    endpoint: BulkEndpoint
    job: JournalJob | None
    settle_window: float
    prefix: str
    allow_duplicates: bool
    claimed: dict[str, int] = attrs.field(factory=dict)

    def _rerun_deadline(self, index: int) -> float:
        """Until when (``time.monotonic()``) an element an earlier run sent without a
        settled answer is looked up before an absence counts (see
        :meth:`JournalJob.settle_deadline`)."""
        if self.job is None:
            return time.monotonic() + self.settle_window
        return self.job.settle_deadline(index, self.settle_window, self.endpoint.timeout)

    def plan(
        self,
        records: Iterable[object],
        chunk_size: int,
        validate: bool,
        undocumented: Collection[str] = (),
    ) -> Iterator[tuple[list[Outcome], Chunk | None]]:
        """``records`` in chunks of ``chunk_size``, each element checked (unless not
        ``validate``) and stamped with this run's reference where it gives none."""
        operation_id = self.endpoint.operation.operation_id
        spec = self.endpoint.reference
        prefix, job = self.prefix, self.job

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

    def _own_reference(self, chunk: Chunk, position: int) -> str | None:
        """The element's reference if the caller gave it (not one this run stamped)."""
        spec = self.endpoint.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if reference is None or reference == f"{self.prefix}-{chunk.indexes[position]}":
            return None
        return reference

    def chunk_flow(self, chunk: Chunk, resends: int = RESEND_ROUNDS) -> Flow[list[Outcome]]:
        """One chunk's flow: what is on the server already, then the send, then every
        element settled."""
        settled: dict[int, Outcome] = {}  # by position in the chunk
        if not self.allow_duplicates:
            settled.update(self._claimed_twice(chunk))
        # Deadlines first: the lookups of one element must not eat into another's window.
        deadlines = {
            index: self._rerun_deadline(index) for index in chunk.indexes if index in chunk.unsure
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
            elif position not in settled and not self.allow_duplicates:
                existing = yield from self._existing(chunk, position)
                if existing is not None:
                    settled[position] = existing
        to_send = [p for p in range(len(chunk.indexes)) if p not in settled]
        if to_send:
            sent = chunk.subset(to_send)
            for position, outcome in zip(
                to_send, (yield from self._send_flow(sent, resends)), strict=True
            ):
                settled[position] = outcome
        return [settled[p] for p in range(len(chunk.indexes))]

    def _claimed_twice(self, chunk: Chunk) -> dict[int, Outcome]:
        """Elements giving a reference an earlier element of this run gave: refused, as
        both would be created (chunk flows run at once: the first to claim it keeps it)."""
        refused: dict[int, Outcome] = {}
        field = self.endpoint.reference.field if self.endpoint.reference else ""
        for position, index in enumerate(chunk.indexes):
            reference = self._own_reference(chunk, position)
            if reference is None:
                continue
            first = self.claimed.setdefault(reference, index)
            if first != index:
                refused[position] = Rejected(
                    index,
                    f"records[{index}] gives the {field} {reference!r} of "
                    f"records[{first}]: not sent, as it would make a second record (give "
                    "each record its own, or allow duplicates)",
                    sent=False,
                )
        return refused

    def _existing(self, chunk: Chunk, position: int) -> Flow[Outcome | None]:
        """What the server already holds under the element's own reference, if anything
        (None: nothing, send it). A lookup that cannot be trusted refuses the element:
        sending it blindly could create it twice.

        One verified lookup per element, run as the chunks run (``concurrency`` at a
        time), rather than one scan of the account: a scan costs less on a small account,
        but Daftra lists in an arbitrary order, so pages of a changing list can skip a
        record, and only an exact, verified lookup proves an absence."""
        reference = self._own_reference(chunk, position)
        if reference is None:
            return None
        index = chunk.indexes[position]
        field = self.endpoint.reference.field if self.endpoint.reference else ""
        found = yield from self.endpoint.lookup(reference)
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

    def _send_flow(self, chunk: Chunk, resends: int) -> Flow[list[Outcome]]:
        if self.job:
            self.job.sending(chunk.indexes)
        body = [JsonBody(payload) for payload in chunk.payloads]
        parameters = self.endpoint.query
        answer: object
        try:
            answer = yield from call_json(self.endpoint.operation, body=body, **parameters)
        except DaftraError as exc:
            answer = exc
        failed_at = time.monotonic()
        outcomes = settle_chunk(chunk, answer, number_field=self.endpoint.number_field)
        if self.job:
            self.job.answer_lost(
                [o.index for o in outcomes if isinstance(o, Unknown) and o.in_flight]
            )
        if not self.allow_duplicates:
            outcomes = yield from self._checked_again(chunk, outcomes)
        if self.endpoint.reference is None or not any(isinstance(o, Unknown) for o in outcomes):
            return outcomes
        return (yield from self._reconcile_flow(chunk, outcomes, resends, failed_at))

    def _checked_again(self, chunk: Chunk, outcomes: list[Outcome]) -> Flow[list[Outcome]]:
        """Created elements carrying the caller's own reference, looked up once more:
        another run may have passed the same check at the same time and created it too."""
        checked = list(outcomes)
        field = self.endpoint.reference.field if self.endpoint.reference else ""
        for position, outcome in enumerate(outcomes):
            reference = self._own_reference(chunk, position)
            if not isinstance(outcome, Created) or reference is None:
                continue
            found = yield from self.endpoint.lookup(reference)
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
        spec = self.endpoint.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if spec is None or reference is None:
            return unknown
        found = yield from settled_lookup(
            functools.partial(self.endpoint.lookup, reference), deadline
        )
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
        outcomes: list[Outcome],
        resends: int,
        failed_at: float,
    ) -> Flow[list[Outcome]]:
        """Settle unknown elements by their references; send again only those still
        absent once their request can no longer commit (the settle window)."""
        settled = list(outcomes)
        absent: list[int] = []  # positions in the chunk
        for position, outcome in enumerate(outcomes):
            if not isinstance(outcome, Unknown):
                continue
            # Elements of one request share its window: once the first still absent has
            # waited it out, the others need one lookup each.
            window = self.settle_window if outcome.in_flight else 0.0
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
                absent, (yield from self._send_flow(again, resends - 1)), strict=True
            ):
                settled[position] = outcome
        return settled
