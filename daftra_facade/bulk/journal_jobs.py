"""One job of a job store as a bulk run uses it: what an earlier run settled, each
element recorded as sent before it is, and settled as its outcome comes."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, Protocol

from .outcomes import (
    Created,
    Duplicate,
    Existing,
    Outcome,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)


def fingerprint(payload: Mapping[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


# How a rerun treats what an earlier run of the job settled:
# "resume": skip it; "retry-rejected": also send again the rejected elements whose input
# changed since; "restart": look every element up again (see JobStore.restart).
RerunMode = Literal["resume", "retry-rejected", "restart"]
# Left in place of a fingerprint by a restart: the element may be any input now.
ANY_INPUT = ""


# When an element is recorded as sent: wall-clock seconds, which outlive the process
# (a rerun, perhaps on another boot, compares them with its own clock).
_wall_clock = time.time


class ElementStore(Protocol):
    """Where a job's element rows are written (the :class:`~.journal.JobStore`)."""

    path: Path

    def write_elements(self, rows: Iterable[tuple[Any, ...]]) -> None: ...

    def stamp_elements(self, name: str, indexes: list[int], sent_at: float) -> None: ...

    def forget_elements(self, name: str, indexes: list[int]) -> None: ...


class JournalJob:
    """The record of one job, as a bulk run uses it."""

    def __init__(
        self,
        journal: ElementStore,
        name: str,
        prefix: str,
        states: dict[int, tuple[Any, ...]],
        mode: RerunMode = "resume",
        *,
        look_up_all: bool = False,
    ) -> None:
        self.journal = journal
        self.name = name
        self.reference_prefix = prefix
        self.mode = mode
        # The store lost writes (recover=True): an element without a row may have been sent.
        self.look_up_all = look_up_all
        self._states = states
        self._prints: dict[int, str] = {}
        self._marked: set[int] = set()  # recorded as sent by this run

    def earlier(self, index: int, payload: Mapping[str, Any]) -> Outcome | bool:
        """An earlier run's settled outcome of this element (marked ``earlier``); True if it
        was sent then without a settled answer (look it up before sending); False if it
        was never sent. Input that changed since is never sent over a record it may have
        made: it is refused with the way out."""
        print_ = fingerprint(payload)
        self._prints[index] = print_
        known = self._states.get(index)
        if known is None:
            return self.look_up_all
        earlier_print, state, record_id, number, message, errors, _ = known
        changed = earlier_print not in (print_, ANY_INPUT)
        where = f"element {index} of job {self.name!r} ({self.journal.path})"
        if state in ("sent", "unknown"):
            return True  # it may exist on the server, whatever the input is now
        if state == "rejected":
            if changed and self.mode == "retry-rejected":
                return False  # nothing was stored; the fixed input is sent
            if changed:
                return Rejected(
                    index,
                    f"{where} changed since it was rejected: rerun with "
                    "--retry-rejected (retry_rejected) to send the fixed input",
                    sent=False,
                    earlier=True,
                )
            reasons = {k: tuple(v) for k, v in json.loads(errors or "{}").items()}
            return Rejected(index, message or "rejected", reasons, earlier=True)
        if changed:
            return Rejected(
                index,
                f"{where} changed since it was {state} as record {record_id}: not "
                "sent again; restart the job to look it up again, or use a new job",
                sent=False,
                earlier=True,
            )
        if state == "updated":
            return Updated(index, record_id, earlier=True)
        if state == "unchanged":
            return Unchanged(index, record_id, earlier=True)
        return Created(index, record_id, number, earlier=True)

    def sending(self, indexes: list[int]) -> None:
        """Record elements as sent, and when, just before they are (a rerun waits for a
        request of this run only as long as it may still commit: :meth:`settle_deadline`).
        One sent again by this run (after a lookup found it absent) has only its time
        written anew: if even that fails (a full disk), it is not sent again, and the run
        stops; what its chunk had settled is looked up again by the next run."""
        now = _wall_clock()
        again = [i for i in indexes if i in self._marked]
        fresh = [i for i in indexes if i not in self._marked]
        if again:
            self.journal.stamp_elements(self.name, again, now)
        if not fresh:
            return
        self.journal.write_elements(
            (self.name, i, self._prints.get(i, ""), "sent", None, None, None, None, now)
            for i in fresh
        )
        self._marked.update(fresh)

    def answer_lost(self, indexes: list[int]) -> None:
        """Record that the answer to the elements' last sending was found lost, now: their
        request left before, so a rerun counts their window from here at the latest
        (exactly as this run does), however long the request waited in the client's pace
        before it left."""
        if indexes:
            self.journal.stamp_elements(self.name, indexes, _wall_clock())

    def settle_deadline(self, index: int, window: float, timeout: float) -> float:
        """When (``time.monotonic()``) an absence of element ``index``, sent by an earlier
        run without a settled answer, proves it was not stored: once the earlier request
        can no longer commit.

        In a run, that is ``window`` seconds after the request failed, which comes at the
        latest ``timeout`` after it was sent: so ``timeout + window`` after the time the
        store recorded (when it was handed to the client's pace to be sent, or when its
        answer was found lost: :meth:`answer_lost`). And never later than ``window`` from
        now, since the earlier request began before this run did. A rerun long after the
        kill waits nothing (one lookup decides); one right after it waits only what
        remains. An element whose send has no recorded time (a store of an earlier
        format, or one that lost writes) waits the whole ``window`` from now.
        """
        known = self._states.get(index)
        sent_at = known[6] if known is not None else None
        if sent_at is None:
            return time.monotonic() + window
        remaining = float(sent_at) + timeout + window - _wall_clock()
        return time.monotonic() + min(window, max(0.0, remaining))

    def settled(self, outcomes: list[Outcome]) -> None:
        """Record settled elements (not those refused before sending: fixed input may be
        sent by a later run; nor those an earlier run settled). An element refused along
        with the credentials goes back to pending: nothing was stored, a rerun sends it."""
        rows = []
        pending = []
        for outcome in outcomes:
            if getattr(outcome, "earlier", False):
                continue
            if isinstance(outcome, Rejected) and not outcome.final:
                pending.append(outcome.index)
                continue
            if isinstance(outcome, Rejected) and not outcome.sent:
                continue
            if isinstance(outcome, Existing):
                continue  # not sent: a later run finds it on the server again
            print_ = self._prints.get(outcome.index, "")
            row: tuple[Any, ...]
            if isinstance(outcome, Created):
                row = ("created", outcome.id, outcome.number, None, None)
            elif isinstance(outcome, Updated | Unchanged):
                row = (type(outcome).__name__.lower(), outcome.id, None, None, None)
            elif isinstance(outcome, Rejected):
                errors = json.dumps({k: list(v) for k, v in outcome.field_errors.items()})
                row = ("rejected", None, None, outcome.message, errors)
            elif isinstance(outcome, Unknown | Duplicate):
                # A later run looks it up again, and never sends it while it is there.
                row = ("unknown", None, None, outcome.reason, None)
            rows.append((self.name, outcome.index, print_, *row, None))
        if rows:
            self.journal.write_elements(rows)
        if pending:
            self.journal.forget_elements(self.name, pending)
