"""A job store: the state of every input element of a bulk job, kept in SQLite (stdlib).

Written before each element is sent (``sent``) and as each element settles (``created``
with its id, ``updated``/``unchanged`` for upserts, ``rejected`` with the reasons,
``unknown``). Running the same job again, after a crash or a kill at any point, skips
what was settled and looks up, by reference or business key, every element that was sent
without a settled answer before anything is sent again; so nothing is lost and nothing
is created twice. Two things never poison a job: a refusal of the credentials leaves its
elements pending (a rerun with the right key sends them), and elements refused before
sending are not recorded at all. Credentials are never written to it.

(Named ``JobStore`` rather than ``Journal``: Daftra's own accounting journals are
``client.journals``.)
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from ..errors import InvalidInputError
from .references import new_reference_prefix
from .runs import Created, Duplicate, Existing, Outcome, Rejected, Unchanged, Unknown, Updated

_SCHEMA = """
CREATE TABLE IF NOT EXISTS job (
    name TEXT PRIMARY KEY, resource TEXT NOT NULL, reference_prefix TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS element (
    job TEXT NOT NULL, idx INTEGER NOT NULL, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
    record_id INTEGER, number TEXT, message TEXT, field_errors TEXT,
    PRIMARY KEY (job, idx)
);
"""


def fingerprint(payload: Mapping[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


# How a rerun treats what an earlier run of the job settled:
# "resume": skip it; "retry-rejected": also send again the rejected elements whose input
# changed since; "restart": look every element up again (see JobStore.restart).
RerunMode = Literal["resume", "retry-rejected", "restart"]
# Left in place of a fingerprint by a restart: the element may be any input now.
_ANY_INPUT = ""


class JobStore:
    """One SQLite file holding any number of named jobs; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def job(self, name: str, resource: str, *, mode: RerunMode = "resume") -> JournalJob:
        """The job named ``name``, created on first use with its own reference prefix.

        ``mode="retry-rejected"`` sends again the elements an earlier run saw rejected and
        whose input changed since (the file was fixed); the others keep their outcome.
        """
        with self._lock:
            row = self._db.execute(
                "SELECT resource, reference_prefix FROM job WHERE name = ?", (name,)
            ).fetchone()
            if row is None:
                prefix = new_reference_prefix()
                self._db.execute(
                    "INSERT INTO job (name, resource, reference_prefix) VALUES (?, ?, ?)",
                    (name, resource, prefix),
                )
            elif row[0] != resource:
                raise InvalidInputError(
                    f"journal {self.path}: job {name!r} imports {row[0]}, not {resource}"
                )
            else:
                prefix = row[1]
            states = {
                idx: (print_, state, record_id, number, message, errors)
                for idx, print_, state, record_id, number, message, errors in self._db.execute(
                    "SELECT idx, fingerprint, state, record_id, number, message, field_errors "
                    "FROM element WHERE job = ?",
                    (name,),
                )
            }
        return JournalJob(self, name, prefix, states, mode)

    def restart(self, name: str) -> None:
        """Go over a job again from the start without risking duplicates.

        Everything an earlier run sent may exist on the server, so it is marked to be
        looked up (by its reference, which the job keeps, or its business key) before
        anything is sent again, whatever the input is now; rejected elements are
        forgotten and sent again. :meth:`discard` forgets a job entirely.
        """
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM element WHERE job = ? AND state = 'rejected'", (name,))
            self._db.execute(
                "UPDATE element SET state = 'sent', fingerprint = ?, record_id = NULL,"
                " number = NULL, message = NULL, field_errors = NULL WHERE job = ?",
                (_ANY_INPUT, name),
            )
            self._db.execute("COMMIT")

    def discard(self, name: str) -> None:
        """Forget a job, to start it again from nothing (its references change, so
        elements an earlier run may have stored are not found again: see :meth:`restart`)."""
        with self._lock:
            self._db.execute("DELETE FROM element WHERE job = ?", (name,))
            self._db.execute("DELETE FROM job WHERE name = ?", (name,))

    def _write(self, rows: Iterable[tuple[Any, ...]]) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO element (job, idx, fingerprint, state, record_id, number, message,"
                " field_errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job, idx) DO UPDATE"
                " SET state = excluded.state, record_id = excluded.record_id,"
                " number = excluded.number, message = excluded.message,"
                " field_errors = excluded.field_errors",
                rows,
            )
            self._db.execute("COMMIT")

    def _forget(self, name: str, indexes: list[int]) -> None:
        with self._lock:
            self._db.executemany(
                "DELETE FROM element WHERE job = ? AND idx = ?", ((name, i) for i in indexes)
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def __getattr__(name: str) -> Any:
    if name == "Journal":
        warnings.warn(
            "daftra_facade.Journal is now JobStore (Journal clashes with Daftra's accounting "
            "journals); the old name goes away in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
        return JobStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class JournalJob:
    """The record of one job, as a bulk run uses it."""

    def __init__(
        self, journal: JobStore, name: str, prefix: str, states: dict[int, tuple[Any, ...]],
        mode: RerunMode = "resume",
    ) -> None:
        self.journal = journal
        self.name = name
        self.reference_prefix = prefix
        self.mode = mode
        self._states = states
        self._prints: dict[int, str] = {}

    def earlier(self, index: int, payload: Mapping[str, Any]) -> Outcome | bool:
        """An earlier run's settled outcome of this element (marked ``earlier``); True if it
        was sent then without a settled answer (look it up before sending); False if it
        was never sent. Input that changed since is never sent over a record it may have
        made: it is refused with the way out."""
        print_ = fingerprint(payload)
        self._prints[index] = print_
        known = self._states.get(index)
        if known is None:
            return False
        earlier_print, state, record_id, number, message, errors = known
        changed = earlier_print not in (print_, _ANY_INPUT)
        where = f"element {index} of job {self.name!r} ({self.journal.path})"
        if state in ("sent", "unknown"):
            return True  # it may exist on the server, whatever the input is now
        if state == "rejected":
            if changed and self.mode == "retry-rejected":
                return False  # nothing was stored; the fixed input is sent
            if changed:
                return Rejected(
                    index, f"{where} changed since it was rejected: rerun with "
                    "--retry-rejected (retry_rejected) to send the fixed input",
                    sent=False, earlier=True)
            reasons = {k: tuple(v) for k, v in json.loads(errors or "{}").items()}
            return Rejected(index, message or "rejected", reasons, earlier=True)
        if changed:
            return Rejected(
                index, f"{where} changed since it was {state} as record {record_id}: not "
                "sent again; restart the job to look it up again, or use a new job",
                sent=False, earlier=True)
        if state == "updated":
            return Updated(index, int(record_id), earlier=True)
        if state == "unchanged":
            return Unchanged(index, int(record_id), earlier=True)
        return Created(index, int(record_id), number, earlier=True)

    def sending(self, indexes: list[int]) -> None:
        self.journal._write(
            (self.name, i, self._prints.get(i, ""), "sent", None, None, None, None)
            for i in indexes
        )

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
            rows.append((self.name, outcome.index, print_, *row))
        if rows:
            self.journal._write(rows)
        if pending:
            self.journal._forget(self.name, pending)
