"""A bulk job's journal: the state of every input element, kept in SQLite (stdlib).

Written before each chunk is sent (``sent``) and as each element settles (``created``
with its id, ``rejected`` with the reasons, ``unknown``). Running the same job again,
after a crash or a kill at any point, skips what was settled and looks up, by reference,
every element that was sent without a settled answer before anything is sent again; so
nothing is lost and nothing is created twice. Credentials are never written to it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError
from .references import new_reference_prefix
from .runs import Created, Outcome, Rejected, Unknown

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


class Journal:
    """One SQLite file holding any number of named jobs; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def job(self, name: str, resource: str) -> JournalJob:
        """The job named ``name``, created on first use with its own reference prefix."""
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
        return JournalJob(self, name, prefix, states)

    def discard(self, name: str) -> None:
        """Forget a job, to start it again from nothing."""
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

    def close(self) -> None:
        with self._lock:
            self._db.close()


class JournalJob:
    """The journal of one job, as a bulk run uses it."""

    def __init__(
        self, journal: Journal, name: str, prefix: str, states: dict[int, tuple[Any, ...]]
    ) -> None:
        self.journal = journal
        self.name = name
        self.reference_prefix = prefix
        self._states = states
        self._prints: dict[int, str] = {}

    def earlier(self, index: int, payload: Mapping[str, Any]) -> Outcome | bool:
        """An earlier run's settled outcome of this element; True if it was sent then
        without a settled answer; False if it was never sent. Refuses changed input."""
        print_ = fingerprint(payload)
        self._prints[index] = print_
        known = self._states.get(index)
        if known is None:
            return False
        earlier_print, state, record_id, number, message, errors = known
        if earlier_print != print_:
            raise InvalidInputError(
                f"journal {self.journal.path}: element {index} of job {self.name!r} differs "
                "from the one sent before; use a new job (or discard this one) for new input"
            )
        if state == "created":
            return Created(index, int(record_id), number)
        if state == "rejected":
            reasons = {k: tuple(v) for k, v in json.loads(errors or "{}").items()}
            return Rejected(index, message or "rejected", reasons)
        return True  # sent, or unknown: it may exist on the server

    def sending(self, indexes: list[int]) -> None:
        self.journal._write(
            (self.name, i, self._prints.get(i, ""), "sent", None, None, None, None)
            for i in indexes
        )

    def settled(self, outcomes: list[Outcome]) -> None:
        """Record settled elements (not those refused before sending: fixed input may be
        sent by a later run)."""
        rows = []
        for outcome in outcomes:
            if isinstance(outcome, Rejected) and not outcome.sent:
                continue
            print_ = self._prints.get(outcome.index, "")
            row: tuple[Any, ...]
            if isinstance(outcome, Created):
                row = ("created", outcome.id, outcome.number, None, None)
            elif isinstance(outcome, Rejected):
                errors = json.dumps({k: list(v) for k, v in outcome.field_errors.items()})
                row = ("rejected", None, None, outcome.message, errors)
            elif isinstance(outcome, Unknown):
                row = ("unknown", None, None, outcome.reason, None)
            rows.append((self.name, outcome.index, print_, *row))
        if rows:
            self.journal._write(rows)
