"""A job store: the state of every input element of a bulk job, kept in SQLite (stdlib).

Written before each element is sent (``sent``) and as each element settles (``created``
with its id, ``updated``/``unchanged`` for upserts, ``rejected`` with the reasons,
``unknown``). Running the same job again, after a crash or a kill at any point, skips
what was settled and looks up, by reference or business key, every element that was sent
without a settled answer before anything is sent again; so nothing is lost and nothing
is created twice. Each send is recorded with its time, so that such a lookup trusts an
absence once the earlier request can no longer commit: a rerun long after a kill looks
once, one right after it waits only what remains of the settle window
(:meth:`JournalJob.settle_deadline`). Two things never poison a job: a refusal of the
credentials leaves its elements pending (a rerun with the right key sends them), and
elements refused before sending are not recorded at all. Credentials are never written
to it.

(Named ``JobStore`` rather than ``Journal``: Daftra's own accounting journals are
``client.journals``.)

A store is exclusive and verified, because a run trusting the wrong store sends
everything again. One :class:`JobStore` at a time holds it, across processes and within
one: an advisory lock (``flock``) on ``PATH.lock``, which names its holder, is taken on
opening and released by :meth:`JobStore.close`, or by the kernel when the process dies,
so a killed run never blocks the next one. Before anything is sent, the store is checked:
an empty, cut-short, corrupt (``PRAGMA quick_check``) or foreign file is refused, and so
is a main file that lost its ``-wal``. That last one is told by a checkpoint discipline:
the main file says "open" (checkpointed at once) for as long as a run may hold writes in
the ``-wal`` file, and "closed" only once a clean close has copied them all back; so a
main file saying "open" with no ``-wal`` beside it lost what that file held. A job also
records the input file it was made for, and is refused for another one. A new job in a
store refused this way starts only when asked (``new_job=True``, ``--new-job``): the
damaged files are kept aside, never deleted. Every write that fails (a full disk) stops
the run with :class:`JobStoreWriteError`, whose run keeps what it did. The store, its
``-wal``/``-shm`` and its lock file are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    InvalidInputError,
    JobStoreDamagedError,
    JobStoreError,
    JobStoreMismatchError,
    JobStoreWriteError,
)
from .journal_jobs import ANY_INPUT, JournalJob, RerunMode
from .references import new_reference_prefix
from .store_file import (
    WAY_OUT,
    Damaged,
    StoreLock,
    checked,
    created,
    guarded,
    let_go,
    owner_only,
    program_name,
    put_aside,
    started,
    write_failure,
)


def input_identity(path: str | os.PathLike[str]) -> dict[str, Any]:
    """What a job records of the input file it was made for: where, how big, its hash."""
    resolved = Path(path).resolve()
    digest = hashlib.sha256()
    with resolved.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return {"path": str(resolved), "size": resolved.stat().st_size, "sha256": digest.hexdigest()}


class JobStore:
    """One SQLite file holding any number of named jobs; safe to share between threads.

    Opening it takes it for this object alone (:class:`JobStoreBusyError` if another run
    holds it) and checks it (:class:`JobStoreDamagedError`); :meth:`close` (or ``with``)
    lets it go. ``input_file`` names the file the jobs are made from: a job made from
    another file (another path and other content) is refused with
    :class:`JobStoreMismatchError`. ``new_job=True`` starts a new job where the store or
    the job would be refused either way, and only there (a sound job of the same input
    goes on: starting it again would create its records again): the damaged files are
    renamed ``PATH.damaged-TIME`` (:attr:`set_aside`), a job of another input
    ``NAME@TIME``; nothing is deleted. ``recover=True`` opens a store that lost the
    writes of its ``-wal`` file: every element of its jobs is looked up by its reference
    before it is sent, since any of them may have been sent (what :meth:`restart` does
    for one job). ``purpose`` names this run in the lock file (never its arguments).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        new_job: bool = False,
        recover: bool = False,
        input_file: str | os.PathLike[str] | None = None,
        purpose: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.new_job = new_job
        self.set_aside: Path | None = None
        try:
            self._input = input_identity(input_file) if input_file is not None else None
        except OSError as exc:
            raise JobStoreError(
                f"job store {self.path}: its input file {input_file} cannot be read: "
                f"{exc.strerror or exc}",
                path=str(self.path),
            ) from None
        self._lock = threading.Lock()
        self._failure: JobStoreWriteError | None = None
        self._closed = False
        holder_name = purpose or program_name()
        self._holding = StoreLock(self.path, holder_name)
        try:
            self._db = self._opened(StoreLock.describe(holder_name), recover)
        except BaseException:
            self._holding.release()
            raise
        # A store never closed is let go when the object is collected (or at exit).
        self._finalizer = weakref.finalize(self, let_go, self._db, self._holding)

    # Opening: create, or check what is there.
    def _opened(self, token: str, recover: bool) -> sqlite3.Connection:
        wal = Path(f"{self.path}-wal")
        if not os.path.lexists(self.path):
            if wal.exists():
                problem = (
                    f"job store {self.path} is missing but its -wal file is there: "
                    "the main file was moved or deleted"
                )
                if not self.new_job:
                    raise JobStoreDamagedError(f"{problem}; {WAY_OUT}", path=str(self.path))
                self.set_aside = put_aside(self.path)
            return started(self.path, created(self.path), token)
        had_wal = wal.exists()  # before SQLite opens the store, which makes one
        try:
            db, holder = checked(self.path, had_wal and wal.stat().st_size > 0)
        except Damaged as damaged:
            if not self.new_job:
                raise JobStoreDamagedError(
                    f"job store {self.path} {damaged}; {WAY_OUT}", path=str(self.path)
                ) from None
            self.set_aside = put_aside(self.path)
            return started(self.path, created(self.path), token)
        if holder and not had_wal:
            # Said "open" with no -wal: the writes that file held are gone.
            if recover:
                guarded(self.path, db, "UPDATE job SET look_up_all = 1")
            elif self.new_job:
                db.close()
                self.set_aside = put_aside(self.path)
                return started(self.path, created(self.path), token)
            else:
                db.close()
                raise JobStoreDamagedError(
                    f"job store {self.path} was left open by a run that did not close it "
                    f"({holder}) and its -wal file, which held that run's last records, is "
                    "missing, so they may be lost: nothing was sent; run again with --restart "
                    "(recover=True) to look every element up by its reference before "
                    "sending it (nothing is created twice), or --new-job (new_job=True) to "
                    "start a new job",
                    path=str(self.path),
                )
        for name in (self.path, wal, Path(f"{self.path}-shm")):
            owner_only(name)
        return started(self.path, db, token)

    # Writing.
    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; a failure (a full disk) is kept and raised again by
        every later write, so that nothing is sent after the store stopped recording."""
        if self._failure is not None:
            raise self._failure
        if self._closed:
            raise JobStoreError(f"job store {self.path} is closed", path=str(self.path))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            self._failure = write_failure(self.path, "cannot record the job", exc)
            raise self._failure from exc
        except BaseException:  # a refusal raised inside: nothing of it is kept
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise

    def job(self, name: str, resource: str, *, mode: RerunMode = "resume") -> JournalJob:
        """The job named ``name``, created on first use with its own reference prefix.

        ``mode="retry-rejected"`` sends again the elements an earlier run saw rejected and
        whose input changed since (the file was fixed); the others keep their outcome.
        """
        with self._lock, self._transaction() as db:
            row = db.execute(
                "SELECT resource, reference_prefix, source, look_up_all FROM job WHERE name = ?",
                (name,),
            ).fetchone()
            if row is not None and self._made_for_another_input(row[2]):
                if not self.new_job:
                    raise self._mismatch(name, row[2])
                kept = f"{name}@{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:4]}"
                db.execute("UPDATE job SET name = ? WHERE name = ?", (kept, name))
                db.execute("UPDATE element SET job = ? WHERE job = ?", (kept, name))
                row = None
            source = json.dumps(self._input) if self._input else None
            if row is None:
                prefix, look_up_all = new_reference_prefix(), False
                db.execute(
                    "INSERT INTO job (name, resource, reference_prefix, source) "
                    "VALUES (?, ?, ?, ?)",
                    (name, resource, prefix, source),
                )
            elif row[0] != resource:
                raise InvalidInputError(
                    f"journal {self.path}: job {name!r} imports {row[0]}, not {resource}"
                )
            else:
                prefix, look_up_all = row[1], bool(row[3])
                if source:
                    db.execute("UPDATE job SET source = ? WHERE name = ?", (source, name))
            states = {
                idx: (print_, state, record_id, number, message, errors, sent_at)
                for idx, print_, state, record_id, number, message, errors, sent_at in (
                    db.execute(
                        "SELECT idx, fingerprint, state, record_id, number, message, "
                        "field_errors, sent_at FROM element WHERE job = ?",
                        (name,),
                    )
                )
            }
        if row is None:  # the prefix is in the main file before anything is sent
            with self._lock, contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return JournalJob(self, name, prefix, states, mode, look_up_all=look_up_all)

    def _made_for_another_input(self, recorded: str | None) -> bool:
        """Whether a job was made for another input file: another path *and* other
        content (a fixed file keeps its path, a moved one its content)."""
        if not self._input or not recorded:
            return False
        earlier = _recorded(recorded)
        return bool(
            earlier.get("path") != self._input["path"]
            and earlier.get("sha256") != self._input["sha256"]
        )

    def _mismatch(self, name: str, recorded: str) -> JobStoreMismatchError:
        earlier = _recorded(recorded)
        assert self._input is not None
        return JobStoreMismatchError(
            f"job {name!r} of job store {self.path} was made for {earlier.get('path')} "
            f"({earlier.get('size')} bytes), not {self._input['path']} "
            f"({self._input['size']} bytes): nothing was sent; name another job (--job) or "
            "store (--journal), or start a new job in this store with --new-job "
            "(new_job=True)",
            path=str(self.path),
        )

    def restart(self, name: str) -> None:
        """Go over a job again from the start without risking duplicates.

        Everything an earlier run sent may exist on the server, so it is marked to be
        looked up (by its reference, which the job keeps, or its business key) before
        anything is sent again, whatever the input is now; rejected elements are
        forgotten and sent again. :meth:`discard` forgets a job entirely.
        """
        with self._lock, self._transaction() as db:
            row = db.execute("SELECT source FROM job WHERE name = ?", (name,)).fetchone()
            if row is not None and self._made_for_another_input(row[0]):
                if self.new_job:
                    return  # that job is kept aside by job(): nothing of it to go over
                raise self._mismatch(name, row[0])
            db.execute("DELETE FROM element WHERE job = ? AND state = 'rejected'", (name,))
            db.execute(
                "UPDATE element SET state = 'sent', fingerprint = ?, record_id = NULL,"
                " number = NULL, message = NULL, field_errors = NULL WHERE job = ?",
                (ANY_INPUT, name),
            )

    def discard(self, name: str) -> None:
        """Forget a job, to start it again from nothing (its references change, so
        elements an earlier run may have stored are not found again: see :meth:`restart`)."""
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM element WHERE job = ?", (name,))
            db.execute("DELETE FROM job WHERE name = ?", (name,))

    def write_elements(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Write element rows of its jobs (``sent_at`` last: None keeps the time recorded
        before); the writes of :class:`JournalJob`, as the three methods below."""
        with self._lock, self._transaction() as db:
            db.executemany(
                "INSERT INTO element (job, idx, fingerprint, state, record_id, number, message,"
                " field_errors, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (job, idx) DO UPDATE"
                " SET state = excluded.state, record_id = excluded.record_id,"
                " number = excluded.number, message = excluded.message,"
                " field_errors = excluded.field_errors,"
                " sent_at = COALESCE(excluded.sent_at, element.sent_at)",
                rows,
            )

    def stamp_elements(self, name: str, indexes: list[int], sent_at: float) -> None:
        """Record when elements of job ``name`` were (last) sent."""
        with self._lock, self._transaction() as db:
            db.executemany(
                "UPDATE element SET sent_at = ? WHERE job = ? AND idx = ?",
                ((sent_at, name, i) for i in indexes),
            )

    def forget_elements(self, name: str, indexes: list[int]) -> None:
        """Forget elements of job ``name``: a rerun sends them as if never sent."""
        with self._lock, self._transaction() as db:
            db.executemany(
                "DELETE FROM element WHERE job = ? AND idx = ?", ((name, i) for i in indexes)
            )

    def close(self) -> None:
        """Record everything in the main file, say "closed" there, and let the store go."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._finalizer.detach()
            let_go(self._db, self._holding)

    def __enter__(self) -> JobStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _recorded(source: str) -> dict[str, Any]:
    """The input a job recorded (nothing matches an unreadable record)."""
    try:
        earlier = json.loads(source)
    except ValueError:
        return {}
    return earlier if isinstance(earlier, dict) else {}
