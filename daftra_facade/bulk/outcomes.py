"""What became of each element of a bulk run, and the result that holds them all.

One outcome per *input* element, by its index: created, rejected, or unknown. "Unknown"
means the element may or may not exist on the server (the answer was lost, malformed, or
did not line up with what was sent); it is never re-sent silently. "Existing" means a
record already carried the element's own reference, so it was not sent; "duplicate"
means several records carry it (ids named), never "created".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..errors import DaftraError, FieldErrors
from ..wire.numbers import RecordId


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
    id: RecordId
    number: str | None = None
    # Settled by an earlier run of the same journaled job, not by this one.
    earlier: bool = False


@attrs.frozen
class Existing:
    """A record carrying the element's own reference (e.g. its ``po_number``) was already
    on the server, so the element was not sent: record ``id`` (``number``) is it."""

    index: int
    id: RecordId
    number: str | None = None
    earlier: bool = False


def _oldest_first(ids: Iterable[RecordId]) -> tuple[RecordId, ...]:
    # Integer ids by value; text ids (where the spec types them so) after, as text.
    return tuple(sorted(ids, key=lambda i: (0, i, "") if isinstance(i, int) else (1, 0, i)))


@attrs.frozen
class Duplicate:
    """Several records carry the element's reference: ``ids`` names them. ``sent`` is
    False when they were already there and the element was not sent; True when this run
    sent it and then found more than one (a create that committed after the client gave
    up, or another run creating the same reference). Never counted as created."""

    index: int
    # Oldest first, whoever found them, so that ``kept`` is always the first stored.
    ids: tuple[RecordId, ...] = attrs.field(converter=_oldest_first)
    reason: str = ""
    sent: bool = True
    earlier: bool = False

    @property
    def kept(self) -> RecordId:
        """The oldest record: the one to keep."""
        return self.ids[0]

    @property
    def extra(self) -> tuple[RecordId, ...]:
        """The others: to delete once checked (nothing is deleted for you)."""
        return self.ids[1:]


@attrs.frozen
class Updated:
    """The record ``id`` carrying the element's key differed from it and was edited."""

    index: int
    id: RecordId
    earlier: bool = False


@attrs.frozen
class Unchanged:
    """The record ``id`` carrying the element's key already held what it gives."""

    index: int
    id: RecordId
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
    # The request may still be running on the server (no answer, or a 5xx that a proxy
    # may have sent while the application went on): a lookup proves nothing until its
    # settle window has passed. False when the server answered for itself.
    in_flight: bool = attrs.field(default=False, repr=False)


Outcome = Created | Existing | Updated | Unchanged | Duplicate | Rejected | Unknown
# Outcomes saying the record exists as the element wants it.
SETTLED_WELL = (Created, Existing, Updated, Unchanged)
# The counts every summary shows, and those shown only when some element ended so.
_ALWAYS_COUNTED = ("created", "rejected", "unknown")
_COUNT_ORDER = ("created", "existing", "updated", "unchanged", "duplicate", "rejected", "unknown")


@attrs.frozen
class BulkProgress:
    """Counts so far, passed to a bulk run's ``on_progress`` callback after each chunk."""

    done: int
    created: int
    rejected: int
    unknown: int
    updated: int = 0
    unchanged: int = 0
    existing: int = 0
    duplicate: int = 0

    @property
    def counts(self) -> dict[str, int]:
        """The counts as :attr:`BulkResult.counts` gives them (for :func:`summary`)."""
        counts = {name: getattr(self, name) for name in _COUNT_ORDER}
        return {k: n for k, n in counts.items() if n or k in _ALWAYS_COUNTED}

    def summary(self, *always: str) -> str:
        """The counts as one line (``"3 created, 0 rejected, 0 unknown"``), those named
        in ``always`` shown even while zero (an upsert's ``updated``, ``unchanged``)."""
        return summary({name: getattr(self, name) for name in always} | self.counts)


class BulkResult:
    """The outcome of every input element of a bulk run, in input order."""

    def __init__(self, outcomes: Iterable[Outcome] = ()) -> None:
        self._outcomes: list[Outcome] = sorted(outcomes, key=lambda outcome: outcome.index)
        # Built on the first lookup by index: most results are only counted and walked.
        self._by_index: dict[int, Outcome] | None = None

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
    def existing(self) -> list[Existing]:
        return [o for o in self._outcomes if isinstance(o, Existing)]

    @property
    def duplicate(self) -> list[Duplicate]:
        return [o for o in self._outcomes if isinstance(o, Duplicate)]

    @property
    def updated(self) -> list[Updated]:
        return [o for o in self._outcomes if isinstance(o, Updated)]

    @property
    def unchanged(self) -> list[Unchanged]:
        return [o for o in self._outcomes if isinstance(o, Unchanged)]

    @property
    def counts(self) -> dict[str, int]:
        """How many elements ended each way: created, rejected and unknown always;
        existing, updated, unchanged and duplicate once some element ended so."""
        counts = dict.fromkeys(_COUNT_ORDER, 0)
        for outcome in self._outcomes:
            counts[type(outcome).__name__.lower()] += 1
        return {k: n for k, n in counts.items() if n or k in _ALWAYS_COUNTED}

    def summary(self) -> str:
        """The counts as one line: ``"3 created, 1 updated, 0 rejected, 0 unknown"``."""
        return summary(self.counts)

    @property
    def ok(self) -> bool:
        """True when every element was created or found existing (or, for an upsert,
        updated or unchanged)."""
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
        if self._by_index is None:
            self._by_index = {outcome.index: outcome for outcome in self._outcomes}
        return self._by_index[index]

    def __iter__(self) -> Iterator[Outcome]:
        return iter(self._outcomes)

    def __len__(self) -> int:
        return len(self._outcomes)

    def __repr__(self) -> str:
        return f"BulkResult({', '.join(f'{k}={n}' for k, n in self.counts.items())})"


def summary(counts: Mapping[str, int]) -> str:
    """``"3 created, 1 updated, 0 rejected, 0 unknown"``, in a fixed order."""
    return ", ".join(f"{counts[name]} {name}" for name in _COUNT_ORDER if name in counts)


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        fields = ", ".join(
            f"{field}: {'; '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        return f"#{outcome.index} rejected: {outcome.message}" + (f" ({fields})" if fields else "")
    if isinstance(outcome, Unknown):
        return f"#{outcome.index} unknown: {outcome.reason}"
    if isinstance(outcome, Duplicate):
        return f"#{outcome.index} duplicate: {outcome.reason}"
    return f"#{outcome.index} {type(outcome).__name__.lower()} as {outcome.id}"
