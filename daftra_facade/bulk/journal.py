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
import errno
import gc
import hashlib
import json
import os
import socket
import sqlite3
import struct
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

from ..errors import (
    InvalidInputError,
    JobStoreBusyError,
    JobStoreDamagedError,
    JobStoreError,
    JobStoreMismatchError,
    JobStoreWriteError,
)
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
from .references import new_reference_prefix

# "DFTS" in the SQLite header (application_id): this file is a daftra job store.
APPLICATION_ID = 0x44465453
# The layout of the tables; 1 was the store without its own marker, 2 the one without
# send times (both still opened, and brought up to date). A store of this format is
# refused by releases that write no send times: a send they recorded without one would
# leave an earlier send's time in place, and a rerun would wait too little.
FORMAT = 3
OWNER_ONLY = 0o600
_SCHEMA = """
CREATE TABLE IF NOT EXISTS store (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS job (
    name TEXT PRIMARY KEY, resource TEXT NOT NULL, reference_prefix TEXT NOT NULL,
    source TEXT, look_up_all INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS element (
    job TEXT NOT NULL, idx INTEGER NOT NULL, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
    record_id INTEGER, number TEXT, message TEXT, field_errors TEXT, sent_at REAL,
    PRIMARY KEY (job, idx)
);
"""
_WAY_OUT = (
    "nothing was sent; start a new job in it with --new-job (new_job=True), "
    "which keeps the damaged file aside"
)


def fingerprint(payload: Mapping[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


# How a rerun treats what an earlier run of the job settled:
# "resume": skip it; "retry-rejected": also send again the rejected elements whose input
# changed since; "restart": look every element up again (see JobStore.restart).
RerunMode = Literal["resume", "retry-rejected", "restart"]
# Left in place of a fingerprint by a restart: the element may be any input now.
_ANY_INPUT = ""


class _Damaged(Exception):
    """Why a store cannot be trusted as it is (turned into :class:`JobStoreDamagedError`)."""


def _now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


# When an element is recorded as sent: wall-clock seconds, which outlive the process
# (a rerun, perhaps on another boot, compares them with its own clock).
_wall_clock = time.time


def _owner_only(path: Path) -> None:
    """Take away group and other access from an existing file (stores made before)."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(OWNER_ONLY)


def _program() -> str:
    """What names this process in the lock file, by default: its program, never its
    arguments (they may hold an API key)."""
    program = Path(sys.argv[0] or "python")
    return program.parent.name if program.name == "__main__.py" else program.name


def _is_full(error: BaseException) -> bool:
    return (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        isinstance(error, sqlite3.Error) and "full" in str(error)
    )


def _no_room(path: Path) -> bool:
    """Whether the store's file system is (all but) full: SQLite reports a failed write
    to a full tmpfs, say, as a mere "disk I/O error"."""
    try:
        folder = os.statvfs(path.parent if str(path.parent) else ".")
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False
    return folder.f_bavail * folder.f_frsize < 64 * 1024


class _Holding:
    """The lock making a store exclusive: ``flock`` on ``PATH.lock`` (whose text names the
    holder), and a set of the stores held in this process, so that two objects of one
    process exclude each other even where ``flock`` is emulated per process (NFS)."""

    held: ClassVar[set[str]] = set()
    held_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, store: Path, purpose: str) -> None:
        self.store = store
        self.path = Path(f"{store}.lock")
        self.key = os.path.realpath(store)
        if self.key in self.held:
            # One no longer reachable (passed inline and dropped, in a reference cycle)
            # lets go once collected; one still in use stays.
            gc.collect()
        with self.held_lock:
            if self.key in self.held:
                raise self._busy(
                    f"another JobStore of this process (pid {os.getpid()}; "
                    "close it, or open it with `with`)"
                )
            self.held.add(self.key)
        try:
            self.fd = self._locked()
        except BaseException:
            with self.held_lock:
                self.held.discard(self.key)
            raise
        with contextlib.suppress(OSError):  # naming the holder is a courtesy
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, self.describe(purpose).encode("utf-8"), 0)

    @staticmethod
    def describe(purpose: str) -> str:
        return f"pid {os.getpid()} on {socket.gethostname()} since {_now()} ({purpose})"

    def _busy(self, holder: str) -> JobStoreBusyError:
        return JobStoreBusyError(
            f"job store {self.store} is in use by {holder}: nothing was sent; wait until "
            "that run ends (a killed run frees it at once)",
            path=str(self.store),
            holder=holder,
        )

    def _locked(self) -> int:
        for _ in range(50):  # the file may be removed by a holder letting go meanwhile
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, OWNER_ONLY)
            except FileNotFoundError:
                raise JobStoreError(
                    f"job store {self.store}: no such folder ({self.store.parent})",
                    path=str(self.store),
                ) from None
            except OSError as exc:
                raise JobStoreError(
                    f"job store {self.store}: cannot create its lock file {self.path}: "
                    f"{exc.strerror or exc}",
                    path=str(self.store),
                ) from None
            try:
                _lock(fd)
            except BlockingIOError:
                holder = os.pread(fd, 1000, 0).decode("utf-8", "replace").strip()
                os.close(fd)
                raise self._busy(holder or "another process (not named yet)") from None
            except OSError as exc:  # a file system without locks: no run may trust it
                os.close(fd)
                raise JobStoreError(
                    f"job store {self.store} cannot be locked ({exc.strerror or exc}): "
                    "nothing was sent; keep it on a local disk",
                    path=str(self.store),
                ) from None
            try:
                mine = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                mine = False
            if mine:
                os.fchmod(fd, OWNER_ONLY)
                return fd
            os.close(fd)
        raise self._busy("another process taking and releasing it without end")

    def release(self) -> None:
        """Remove the lock file while still holding it (so no one locks a removed file
        unnoticed: see :meth:`_locked`), then let go."""
        with contextlib.suppress(OSError):
            if os.path.samestat(os.fstat(self.fd), os.stat(self.path)):
                os.unlink(self.path)
        os.close(self.fd)
        with self.held_lock:
            self.held.discard(self.key)


if sys.platform == "win32":  # pragma: no cover - locked the Windows way

    def _lock(fd: int) -> None:
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise BlockingIOError from None

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


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
        holder_name = purpose or _program()
        self._holding = _Holding(self.path, holder_name)
        try:
            self._db = self._opened(_Holding.describe(holder_name), recover)
        except BaseException:
            self._holding.release()
            raise
        # A store never closed is let go when the object is collected (or at exit).
        self._finalizer = weakref.finalize(self, _let_go, self._db, self._holding)

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
                    raise JobStoreDamagedError(f"{problem}; {_WAY_OUT}", path=str(self.path))
                self._put_aside()
            return self._started(self._created(), token)
        had_wal = wal.exists()  # before SQLite opens the store, which makes one
        try:
            db, holder = self._checked(had_wal and wal.stat().st_size > 0)
        except _Damaged as damaged:
            if not self.new_job:
                raise JobStoreDamagedError(
                    f"job store {self.path} {damaged}; {_WAY_OUT}", path=str(self.path)
                ) from None
            self._put_aside()
            return self._started(self._created(), token)
        if holder and not had_wal:
            # Said "open" with no -wal: the writes that file held are gone.
            if recover:
                self._guarded(db, "UPDATE job SET look_up_all = 1")
            elif self.new_job:
                db.close()
                self._put_aside()
                return self._started(self._created(), token)
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
            _owner_only(name)
        return self._started(db, token)

    def _checked(self, with_wal: bool) -> tuple[sqlite3.Connection, str]:
        """The store opened and checked, with the holder it says left it open ("" if
        closed); :class:`_Damaged` says why it cannot be trusted. The main file's size
        is checked against its header only without a -wal file: with one, the main file
        may lack pages the -wal file holds (a checkpoint stopped by a full disk)."""
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                header = handle.read(100)
        except IsADirectoryError:
            raise JobStoreError(
                f"job store {self.path} is a folder: name a file", path=str(self.path)
            ) from None
        except PermissionError:  # not damaged: someone else's, or made by root
            raise JobStoreError(
                f"job store {self.path} cannot be read: permission denied (it is readable "
                "by its owner only: run as the user who made it)",
                path=str(self.path),
            ) from None
        except OSError as exc:
            raise _Damaged(f"cannot be read ({exc.strerror or exc})") from None
        if size == 0:
            raise _Damaged("is empty (0 bytes): not the job store it was")
        if not header.startswith(b"SQLite format 3\0"):
            raise _Damaged(f"is not a SQLite file ({size} bytes of something else)")
        if len(header) < 100:
            raise _Damaged(f"is cut short ({size} bytes)")
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        changes, pages = struct.unpack(">II", header[24:32])
        (valid_for,) = struct.unpack(">I", header[92:96])
        (application,) = struct.unpack(">I", header[68:72])
        if page_size < 512 or (
            not with_wal
            and (size % page_size or (changes == valid_for and pages and size < pages * page_size))
        ):
            raise _Damaged(
                f"is cut short ({size} bytes, not the {pages} pages of "
                f"{page_size} bytes its header gives)"
            )
        if application not in (0, APPLICATION_ID):
            raise _Damaged(
                f"is another program's SQLite database (application id "
                f"{application:#x}), not a job store"
            )
        try:
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise _Damaged(f"cannot be opened ({exc})") from None
        try:
            return db, self._verified(db, application)
        except BaseException:
            db.close()
            raise

    def _verified(self, db: sqlite3.Connection, application: int) -> str:
        try:
            checked = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
            tables = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.Error as exc:
            damage = "is corrupt" if "malformed" in str(exc) else "cannot be read"
            raise _Damaged(f"{damage} ({exc})") from None
        if checked != ["ok"]:
            raise _Damaged(f"is corrupt ({'; '.join(' '.join(c.split()) for c in checked)})")
        if "store" not in tables:
            if not tables:
                raise _Damaged(
                    "holds no tables: an empty SQLite file, or the main file of a store whose "
                    "-wal file held everything"
                )
            if not {"job", "element"} <= tables or application:
                raise _Damaged("is another SQLite database, not a job store")
            self._guarded(
                db,
                "CREATE TABLE store (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "ALTER TABLE job ADD COLUMN source TEXT",
                "ALTER TABLE job ADD COLUMN look_up_all INTEGER NOT NULL DEFAULT 0",
                *_marking(),
            )  # a store of format 1, made before the marker
        meta = dict(db.execute("SELECT key, value FROM store").fetchall())
        if int(meta.get("format", "0")) > FORMAT:
            raise JobStoreError(
                f"job store {self.path} was made by a newer daftra-python (format "
                f"{meta['format']}): nothing was sent; upgrade to use it",
                path=str(self.path),
            )
        if meta.get("format") is None:
            raise _Damaged("is another SQLite database, not a job store")
        columns = {row[1] for row in db.execute("PRAGMA table_info(element)")}
        if "sent_at" not in columns:  # a store of format 1 or 2: its sends have no time
            self._guarded(db, "ALTER TABLE element ADD COLUMN sent_at REAL", *_marking())
        return str(meta.get("open", ""))

    def _created(self) -> sqlite3.Connection:
        """A new store, complete before it takes its name (made aside, then linked into
        place), so that a store cut short by a kill while being made never exists."""
        made = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.new")
        try:
            os.close(os.open(made, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
            db = sqlite3.connect(made, isolation_level=None)
            try:
                db.executescript(_SCHEMA)
                for statement in _marking():
                    db.execute(statement)
                db.execute("PRAGMA journal_mode=WAL")
            finally:
                db.close()
            try:
                os.link(made, self.path)  # never over a file that appeared meanwhile
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                os.rename(made, self.path)
        except FileExistsError:
            raise JobStoreError(
                f"job store {self.path} appeared while being made: nothing was sent; run again",
                path=str(self.path),
            ) from None
        except (OSError, sqlite3.Error) as exc:
            raise self._failed("cannot be created", exc) from None
        finally:
            for leftover in (made, Path(f"{made}-wal"), Path(f"{made}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)

    def _started(self, db: sqlite3.Connection, token: str) -> sqlite3.Connection:
        """Say "open" in the main file itself (checkpointed) before any write can stay
        in the -wal file only: see the module's docstring."""
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("INSERT OR REPLACE INTO store (key, value) VALUES ('open', ?)", (token,))
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            db.close()
            raise self._failed("cannot be opened for writing", exc) from None
        return db

    def _guarded(self, db: sqlite3.Connection, *statements: str) -> None:
        try:
            db.execute("BEGIN IMMEDIATE")
            for statement in statements:
                db.execute(statement)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            db.close()
            raise self._failed("cannot be brought up to date", exc) from None

    def _put_aside(self) -> None:
        """Rename the damaged files ``PATH.damaged-TIME`` (never delete what may help)."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = Path(f"{self.path}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            try:
                os.rename(f"{self.path}{suffix}", f"{aside}{suffix}")
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise JobStoreError(
                    f"job store {self.path} cannot be set aside as {aside}{suffix}: "
                    f"{exc.strerror or exc}",
                    path=str(self.path),
                ) from None
        self.set_aside = aside

    def _failed(self, doing: str, exc: BaseException) -> JobStoreWriteError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if _is_full(exc) or _no_room(self.path):
            return JobStoreWriteError(
                f"job store {self.path}: the disk is full ({reason}): nothing more could be "
                "recorded, so nothing more was sent; free some space and run the same "
                "command again to resume",
                path=str(self.path),
            )
        return JobStoreWriteError(f"job store {self.path} {doing}: {reason}", path=str(self.path))

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
            self._failure = self._failed("cannot record the job", exc)
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
                (_ANY_INPUT, name),
            )

    def discard(self, name: str) -> None:
        """Forget a job, to start it again from nothing (its references change, so
        elements an earlier run may have stored are not found again: see :meth:`restart`)."""
        with self._lock, self._transaction() as db:
            db.execute("DELETE FROM element WHERE job = ?", (name,))
            db.execute("DELETE FROM job WHERE name = ?", (name,))

    def _write(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Write element rows (``sent_at`` last: None keeps the time recorded before)."""
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

    def _stamp(self, name: str, indexes: list[int], sent_at: float) -> None:
        with self._lock, self._transaction() as db:
            db.executemany(
                "UPDATE element SET sent_at = ? WHERE job = ? AND idx = ?",
                ((sent_at, name, i) for i in indexes),
            )

    def _forget(self, name: str, indexes: list[int]) -> None:
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
            _let_go(self._db, self._holding)

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


def _marking() -> list[str]:
    return [
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {FORMAT}",
        f"INSERT OR REPLACE INTO store (key, value) VALUES ('format', '{FORMAT}')",
        f"INSERT OR IGNORE INTO store (key, value) VALUES ('id', '{uuid.uuid4().hex}')",
        f"INSERT OR IGNORE INTO store (key, value) VALUES ('created', '{_now()}')",
    ]


def _let_go(db: sqlite3.Connection, holding: _Holding) -> None:
    """Close a store: copy its -wal file into the main file, say "closed" there, and let
    it go. Even after a failed write (a full disk) this usually works: the first
    checkpoint lets the next write reuse the -wal file's space. If it does not, the store
    stays "open" with its -wal file, which the next opening reads."""
    try:
        with contextlib.suppress(sqlite3.Error):
            db.execute("PRAGMA wal_checkpoint(RESTART)")
            db.execute("UPDATE store SET value = '' WHERE key = 'open'")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlite3.Error):
            db.close()
    finally:
        holding.release()


class JournalJob:
    """The record of one job, as a bulk run uses it."""

    def __init__(
        self,
        journal: JobStore,
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
        changed = earlier_print not in (print_, _ANY_INPUT)
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
            self.journal._stamp(self.name, again, now)
        if not fresh:
            return
        self.journal._write(
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
            self.journal._stamp(self.name, indexes, _wall_clock())

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
            self.journal._write(rows)
        if pending:
            self.journal._forget(self.name, pending)
