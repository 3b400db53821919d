"""Writing capabilities: creating one record (a lost answer settled by its reference over
the settle window), a safe update (read, change, send back what may be written), a full
replacement and deletion, each with a sync and an async front end."""

from __future__ import annotations

import builtins
import functools
import time
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any

from ..bulk.chunks import (
    may_still_run,
)
from ..bulk.creating import NOT_STORED, RESEND_ROUNDS
from ..bulk.references import (
    Found,
    Lookup,
    Several,
    Undecided,
    new_reference_prefix,
    settled_lookup,
)
from ..errors import (
    APIStatusError,
    DaftraError,
    DuplicateRecordsError,
    InvalidInputError,
    NotCreatedError,
    UnparseableResponseError,
    UnsafeEditError,
)
from ..flows import Flow, arun, call, run
from ..wire.answers import decode_json
from ..wire.bodies import JsonBody
from ..wire.decoding import (
    DecodeFailure,
    SchemaNode,
    answer_member_node,
    request_node,
)
from ..wire.encoding import to_json
from ..wire.numbers import RecordId
from ..wire.shapes import apply_changes, relations_beside, unread_relations, writable_part
from .base import AsyncResource, SyncResource
from .reading import GetFlows
from .specs import V1_PAGES

if TYPE_CHECKING:
    import httpx


# Writing one record.
class WriteFlows(GetFlows[Any]):
    def _create_flow(
        self,
        body: object,
        undocumented: Collection[str] = (),
        lookup: Callable[[], Flow[Lookup]] | None = None,
        reference: str | None = None,
        settle_window: float | None = None,
        on_send: Callable[[], None] | None = None,
        on_lost: Callable[[], None] | None = None,
    ) -> Flow[RecordId]:
        """Create one record. A lost answer is settled by ``lookup`` (e.g. by a business
        key) or else by the reference the record is stamped with (``reference``, or a new
        one), never by sending blindly again: while the request may still be running on
        the server, the record is looked up over the settle window before it is sent
        again; several records found raise :class:`DuplicateRecordsError`. ``on_send`` is
        called right before each sending (a job store records it, and when), ``on_lost``
        when its answer was found lost while it may still commit."""
        window = self._settle_window(settle_window)
        payload = self._checked_payload("create", body, undocumented)
        spec = self.spec.reference
        if spec is not None:
            payload = spec.stamped(payload, reference or new_reference_prefix())
            reference = spec.read(payload)
        else:
            reference = None
        if lookup is None and reference is not None:
            lookup = functools.partial(self._lookup_flow, reference)
        reference = reference or "its key"
        operation = self._operation("create")
        for attempt in range(1 + RESEND_ROUNDS):
            if on_send is not None:
                on_send()
            try:
                response = yield operation.build_request(body=JsonBody(payload))
                answer = decode_json(response)
            except APIStatusError as exc:
                if exc.status < 500 or lookup is None:
                    raise  # refused: nothing was stored
                lost: DaftraError = exc
            except DaftraError as exc:
                if lookup is None:
                    raise
                lost = exc
            else:
                raw_id = answer.get("id") if isinstance(answer, Mapping) else None
                record_id = self.spec.read_id(raw_id)
                if record_id is not None:
                    return record_id
                if not (isinstance(answer, Mapping) and "id" in answer):
                    lost = UnparseableResponseError(
                        f"{operation.operation_id}: the answer named no record ({answer!r})",
                        status=response.status_code,
                        response=response,
                    )
                    if lookup is None:
                        raise lost
                else:  # "successful" with no id: settle it, never send it again
                    return (
                        yield from self._settle_claimed_create(lookup, reference, raw_id, response)
                    )
            assert lookup is not None
            # While the request may still commit, an absence proves nothing.
            in_flight = may_still_run(lost)
            if in_flight and on_lost is not None:
                on_lost()
            deadline = time.monotonic() + (window if in_flight else 0.0)
            found = yield from settled_lookup(lookup, deadline)
            if isinstance(found, Found):
                return found.id
            if isinstance(found, Several):
                raise self._duplicated(found, reference) from lost
            if isinstance(found, Undecided) or attempt == RESEND_ROUNDS:
                reason = found.reason if isinstance(found, Undecided) else "still not stored"
                lost.add_note(f"whether {reference!r} was stored is unknown: {reason}")
                raise lost
        raise AssertionError("unreachable")

    def _duplicated(self, found: Several, reference: str) -> DuplicateRecordsError:
        ids = sorted(found.ids)
        return DuplicateRecordsError(
            f"{self.spec.create}: {found.total} records carry {reference!r} (ids "
            f"{', '.join(map(str, ids))}): it was stored more than once; none was chosen",
            ids=ids,
            reference=reference,
        )

    def _settle_claimed_create(
        self,
        lookup: Callable[[], Flow[Lookup]] | None,
        reference: str,
        raw_id: object,
        response: httpx.Response,
    ) -> Flow[int]:
        """A create answered successful without an id: found by its reference, or not made."""
        claim = f"{self.spec.create}: answered successful without an id ({raw_id!r})"
        if lookup is None:
            raise UnparseableResponseError(
                f"{claim}; this resource has no reference to look it up by, so whether it "
                "was stored is unknown",
                status=response.status_code,
                response=response,
            )
        found = yield from lookup()
        if isinstance(found, Found):
            return found.id
        if isinstance(found, Several):
            raise self._duplicated(found, reference)
        if isinstance(found, Undecided):
            raise UnparseableResponseError(
                f"{claim}; whether {reference!r} was stored is unknown: {found.reason}",
                status=response.status_code,
                response=response,
            )
        raise NotCreatedError(
            f"{claim}, and no record carries reference {reference!r}: {NOT_STORED}",
            status=response.status_code,
            response=response,
        )

    def _update_flow(
        self, record_id: RecordId, changes: object, undocumented: Collection[str] = ()
    ) -> Flow[None]:
        payload = self._checked_payload("update", changes, undocumented, partial=True)
        record_id = self._operation("update").record_id(record_id)
        current, conflicts = yield from self._read_flow(record_id)
        schema = request_node(self._operation("update").operation_id)
        self._check_complete(record_id, current, payload, schema, conflicts)
        current = relations_beside(current, schema)
        edited = writable_part(apply_changes(current, payload), schema)
        if schema is not None:
            # Members the read schema does not describe came as sent (strings, "", "None");
            # read them as the request schema describes before sending them back.
            try:
                edited = schema.decode(edited)
            except DecodeFailure as failure:
                raise InvalidInputError(
                    f"{self.spec.tag}.update: the record read back does not fit "
                    f"the edit's schema at {failure}; use replace() with a full body",
                    field_errors={failure.where: (failure.reason,)},
                ) from failure
        yield from self._edit_flow(record_id, to_json(edited))

    def _check_complete(
        self,
        record_id: RecordId,
        current: Mapping[str, Any],
        changes: Mapping[str, Any],
        schema: SchemaNode | None,
        conflicts: builtins.list[str],
    ) -> None:
        """Refuse an edit built from a read that lacks lists of related records (lines,
        payments, taxes) the edit would send back, or that gave one twice with different
        contents (inside the main record and beside it): Daftra replaces a record with
        what it is sent, so such an edit could remove or change them."""
        get = self._operation("get").operation_id
        path = tuple(part for part in (self.spec.view_member or "").split(".") if part)
        write = schema.children if schema is not None else {}
        unsure = [name for name in conflicts if name in write and name not in changes]
        if unsure:
            names = ", ".join(unsure)
            raise UnsafeEditError(
                f"{self.spec.tag}.update({record_id}): nothing sent; the record read back "
                f"carries {names} twice, inside its main record and beside it, with "
                "different contents, so what it holds is unclear and an edit could change "
                f"them. Give {names} in the changes, or use replace() with a full body"
            )
        missing = unread_relations(current, changes, answer_member_node(get, path), schema)
        if missing:
            names = ", ".join(missing)
            raise UnsafeEditError(
                f"{self.spec.tag}.update({record_id}): nothing sent; the record read back "
                f"{'; '.join(missing.values())}; {get} documents {names} and an edit sends "
                "them back, and Daftra replaces a record with what it is sent, so this edit "
                f"could remove them. Give {names} in the changes, or use replace() with a "
                "full body"
            )

    def _replace_flow(
        self, record_id: RecordId, body: object, undocumented: Collection[str] = ()
    ) -> Flow[None]:
        payload = self._checked_payload("update", body, undocumented)
        yield from self._edit_flow(self._operation("update").record_id(record_id), payload)

    def _edit_flow(self, record_id: RecordId, payload: dict[str, Any]) -> Flow[None]:
        operation = self._operation("update")
        if self.spec.pages is not V1_PAGES:
            # v2 bodies repeat the id; some v2 "edits" are the create POST carrying it.
            payload = {**payload, "id": record_id}
        if operation.takes("id"):
            yield from call(operation, id=record_id, body=JsonBody(payload))
        else:
            yield from call(operation, body=JsonBody(payload))

    def _delete_flow(self, record_id: RecordId) -> Flow[None]:
        operation = self._operation("delete")
        yield from call(operation, id=operation.record_id(record_id))


class CreatesOne(SyncResource, WriteFlows):
    """``create`` for the blocking client (with ``create_many`` it makes
    :class:`~.upsert.Creatable`)."""

    def create(
        self,
        body: object,
        *,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> RecordId:
        """Create one record from a mapping or a generated model; return its id.

        The body is checked before anything is sent: a field the spec does not document
        is refused with the closest documented name (list it in ``undocumented_fields``,
        dotted and without list positions, e.g. ``"InvoiceItem.serial"``, to send it
        anyway). A lost answer is settled by the record's reference, never by sending
        blindly again: a request that may still be running on the server (no answer, or a
        5xx) is looked up over ``settle_window`` seconds (default: the larger of the
        client's timeout and PHP's 30 s execution limit) and sent again only if still
        absent after it. Several records carrying the reference raise
        :class:`DuplicateRecordsError` with their ids; an answer "successful" without an
        id that no reference lookup confirms raises :class:`NotCreatedError`.
        """
        flow = self._create_flow(body, undocumented_fields, settle_window=settle_window)
        return run(flow, self._transport)


class AsyncCreatesOne(AsyncResource, WriteFlows):
    """``create`` for the asyncio client (see :class:`CreatesOne`)."""

    async def create(
        self,
        body: object,
        *,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> RecordId:
        """Create one record; see :meth:`CreatesOne.create`."""
        flow = self._create_flow(body, undocumented_fields, settle_window=settle_window)
        return await arun(flow, self._transport)


class Updatable(SyncResource, WriteFlows):
    def update(
        self, id: RecordId, changes: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Change some fields of a record, keeping every other field as it is.

        Daftra replaces a record on edit, resetting whatever the body leaves out, so this
        reads the record, applies ``changes`` per member (``{"Invoice": {"notes": "x"}}``
        changes one field of the invoice; a list given, such as ``InvoiceItem``,
        replaces the list) and sends back every field the spec lets a caller write, never
        computed ones such as ``summary_total``. :meth:`replace` sends a body as it is.
        """
        run(self._update_flow(id, changes, undocumented_fields), self._transport)

    def replace(
        self, id: RecordId, body: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Send ``body`` as the record's new content, as it is: fields it leaves out are
        reset by Daftra. For a full replacement on purpose; :meth:`update` keeps them."""
        run(self._replace_flow(id, body, undocumented_fields), self._transport)


class AsyncUpdatable(AsyncResource, WriteFlows):
    async def update(
        self, id: RecordId, changes: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Change some fields of a record; see :meth:`Updatable.update`."""
        await arun(self._update_flow(id, changes, undocumented_fields), self._transport)

    async def replace(
        self, id: RecordId, body: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Send ``body`` as the record's new content; see :meth:`Updatable.replace`."""
        await arun(self._replace_flow(id, body, undocumented_fields), self._transport)


class Deletable(SyncResource, WriteFlows):
    def delete(self, id: RecordId) -> None:
        """Delete a record; :class:`NotFoundError` if there is none."""
        run(self._delete_flow(id), self._transport)


class AsyncDeletable(AsyncResource, WriteFlows):
    async def delete(self, id: RecordId) -> None:
        """Delete a record; :class:`NotFoundError` if there is none."""
        await arun(self._delete_flow(id), self._transport)
