"""External references: how a create whose answer was lost is settled without duplicates.

Daftra has no idempotency key. So every record the facade creates carries a reference
in a field Daftra stores and can filter by (for invoices: ``po_number``). When the answer
to a create is lost, garbled or does not line up, the facade looks the reference up and
checks each returned record itself (Daftra silently ignores filters it does not apply):

- exactly one record carries it: the create happened; that record is the outcome;
- several records carry it: it was stored more than once; reported with every id;
- the lookup is trustworthy and finds none *once the request can no longer commit*: the
  create did not happen; send it again;
- anything else (an ignored filter, a failed lookup): undecidable, so the element stays
  *unknown* and is never re-sent.

A request whose client gave up keeps running on the server: PHP goes on after the
connection closes, up to its ``max_execution_time`` (30 s unless the host changed it),
and commits what it was doing. An empty lookup made meanwhile proves nothing. So a lost
create is looked up over a *settle window* counted from the moment the client saw the
request fail (never earlier than its sending, whatever pacing or retries came first),
and sent again only if still absent when the window has passed
(:func:`settled_lookup`; :func:`effective_settle_window` says how long).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

import attrs

from .. import logs
from ..errors import DaftraError, InvalidInputError
from ..flows import Flow, call, pause
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
class Several:
    """More than one record carries the reference: ``ids`` (those listed) of ``total``."""

    ids: tuple[int, ...]
    total: int


@attrs.frozen
class Undecided:
    reason: str
    # The lookup itself failed (a timeout, a 5xx): asking again later may decide it.
    failed: bool = False


Lookup = Found | Absent | Several | Undecided

# PHP's default max_execution_time: how long a request may keep running on the server
# after its client gave up, on a host that kept the default.
PHP_EXECUTION_LIMIT = 30.0
# Lookups of a lost create over its settle window: this many, evenly spread, at least
# this far apart; then one more once the window has passed.
SETTLE_POLLS = 4
MIN_POLL_INTERVAL = 0.05


def default_settle_window(timeout: float) -> float:
    """How long after a create failed its lookup must keep finding nothing before the
    create is sent again: the larger of the client's ``timeout`` and PHP's default
    execution limit.

    Counted from the failure, which comes at the latest a ``timeout`` after sending,
    the window outlasts a request that began on the server any time before the client
    gave up and then ran for the whole execution limit. A client given a timeout longer
    than that limit is talking to a server expected to work longer (hosts raise the limit
    for bulk endpoints), so the window grows with it.
    """
    return max(timeout, PHP_EXECUTION_LIMIT)


def effective_settle_window(
    window: float | None, configured: float | None, timeout: float
) -> float:
    """The settle window of one call, the one place it is decided: the call's own
    ``window`` (seconds, checked), else the client's ``configured`` one (``Daftra(...,
    settle_window=)`` or ``with_options``, checked there), else the default for the
    call's ``timeout`` (:func:`default_settle_window`)."""
    if window is None:
        return default_settle_window(timeout) if configured is None else configured
    if (
        isinstance(window, bool)
        or not isinstance(window, int | float)
        or not 0 <= window < float("inf")
    ):
        raise InvalidInputError(
            f"settle_window must be a number of seconds, 0 or more, not {window!r}"
        )
    return float(window)


def settled_lookup(lookup: Callable[[], Flow[Lookup]], deadline: float) -> Flow[Lookup]:
    """Look a lost create up until it is found, or until ``deadline``
    (``time.monotonic()``) has passed with it still absent.

    An absence before the deadline proves nothing (the request may still commit), so
    it is looked up again a few times (:data:`SETTLE_POLLS`), pausing in between, and
    once more after the deadline: only that last absence is an answer. A lookup that
    failed (a server slow enough to lose a create may lose a lookup too) is asked again
    the same way. Anything else is final at once. With a deadline already past, this is
    one lookup.
    """
    interval = max(MIN_POLL_INTERVAL, (deadline - time.monotonic()) / SETTLE_POLLS)
    while True:
        found = yield from lookup()
        now = time.monotonic()
        again = isinstance(found, Absent) or (isinstance(found, Undecided) and found.failed)
        if not again or now >= deadline:
            return found
        logs.find.info(
            "%s; looking again in %.2f s (settle window ends in %.2f s)",
            found,
            min(deadline, now + interval) - now,
            deadline - now,
        )
        yield from pause(min(deadline, now + interval))


def lookup_flow(
    listing: Operation, model_key: str, spec: ReferenceSpec, reference: str
) -> Flow[Lookup]:
    """Find the records carrying ``reference``; judge the answer client-side."""
    found = yield from _reference_lookup(listing, model_key, spec, reference)
    logs.find.info("%s: looked up %s=%r: %s", listing.operation_id, spec.filter, reference, found)
    return found


def _reference_lookup(
    listing: Operation, model_key: str, spec: ReferenceSpec, reference: str
) -> Flow[Lookup]:
    try:
        envelope = yield from call(listing, page=1, limit=20, **{spec.filter: reference})
    except DaftraError as exc:
        return Undecided(f"looking up reference {reference!r} failed: {exc.message}", True)
    key = module_name(model_key)
    items = [getattr(row, key) for row in envelope.data]
    matching = [item for item in items if str(getattr(item, spec.field, None)) == reference]
    if len(matching) < len(items):
        logs.wire.warning(
            "%s: the service ignored the filter %s=%r", listing.operation_id, spec.filter, reference
        )
        return Undecided(
            f"the server did not apply the {spec.filter} filter when looking up "
            f"{reference!r}, so its absence cannot be told"
        )
    total = as_int(envelope.pagination.total_results)
    ids = [as_record_id(getattr(item, "id", None)) for item in matching]
    if None in ids:
        return Undecided(f"a record carrying {reference!r} has no usable id")
    if len(matching) > 1 or (matching and total is not None and total > len(matching)):
        return Several(tuple(i for i in ids if i is not None), max(total or 0, len(ids)))
    if total is not None and total > len(matching):
        return Undecided(f"{total} records carry reference {reference!r}, none listed")
    if not matching:
        return Absent()
    record_id = ids[0]
    if record_id is None:
        return Undecided(f"the record carrying {reference!r} has no usable id")
    number = getattr(matching[0], spec.number_field, None) if spec.number_field else None
    return Found(record_id, None if number is None else str(number))
