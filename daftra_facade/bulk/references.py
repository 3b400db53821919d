"""External references: how a create whose answer was lost is settled without duplicates.

Daftra has no idempotency key. So every record the facade creates carries a reference
in a field Daftra stores and can filter by (for invoices: ``po_number``). When the answer
to a create is lost, garbled or does not line up, the facade looks the reference up and
checks each returned record itself (Daftra silently ignores filters it does not apply):

- exactly one record carries it: the create happened; that record is the outcome;
- the lookup is trustworthy and finds none: the create did not happen; send it again;
- anything else (several records, an ignored filter, a failed lookup): undecidable, so
  the element stays *unknown* and is never re-sent.
"""

from __future__ import annotations

import secrets
from typing import Any

import attrs

from ..errors import DaftraError
from ..flows import Flow, call
from ..wire.numbers import as_int, as_record_id
from ..wire.operations import Operation, module_name


@attrs.frozen
class ReferenceSpec:
    """Where a resource keeps a reference, and which list filter finds it."""

    member: str  # the body member holding the field, e.g. "Invoice"
    field: str  # e.g. "po_number"
    filter: str  # the list filter matching it exactly, e.g. "po_number"
    number_field: str | None = None  # the record's human number, e.g. "no"

    def read(self, payload: dict[str, Any]) -> str | None:
        member = payload.get(self.member)
        value = member.get(self.field) if isinstance(member, dict) else None
        return None if value in (None, "") else str(value)

    def stamped(self, payload: dict[str, Any], reference: str) -> dict[str, Any]:
        """``payload`` carrying ``reference``, unless it already has one of the caller's."""
        member = payload.get(self.member)
        if not isinstance(member, dict) or self.read(payload) is not None:
            return payload
        return {**payload, self.member: {**member, self.field: reference}}


def new_reference_prefix() -> str:
    """A prefix unique to one run: references are ``<prefix>-<input index>``."""
    return f"dpy-{secrets.token_hex(5)}"


@attrs.frozen
class Found:
    id: int
    number: str | None


@attrs.frozen
class Absent:
    """A trustworthy lookup found no record with the reference."""


@attrs.frozen
class Undecided:
    reason: str


Lookup = Found | Absent | Undecided


def lookup_flow(
    listing: Operation, model_key: str, spec: ReferenceSpec, reference: str
) -> Flow[Lookup]:
    """Find the records carrying ``reference``; judge the answer client-side."""
    try:
        envelope = yield from call(listing, page=1, limit=20, **{spec.filter: reference})
    except DaftraError as exc:
        return Undecided(f"looking up reference {reference!r} failed: {exc.message}")
    key = module_name(model_key)
    items = [getattr(row, key) for row in envelope.data]
    matching = [item for item in items if str(getattr(item, spec.field, None)) == reference]
    if len(matching) < len(items):
        return Undecided(
            f"the server did not apply the {spec.filter} filter when looking up "
            f"{reference!r}, so its absence cannot be told"
        )
    total = as_int(envelope.pagination.total_results)
    if len(matching) > 1 or (total is not None and total > len(matching)):
        return Undecided(f"{total or len(matching)} records carry reference {reference!r}")
    if not matching:
        return Absent()
    record_id = as_record_id(getattr(matching[0], "id", None))
    if record_id is None:
        return Undecided(f"the record carrying {reference!r} has no usable id")
    number = getattr(matching[0], spec.number_field, None) if spec.number_field else None
    return Found(record_id, None if number is None else str(number))
