"""The SQLite file under a job store: made whole before it takes its name, checked before
it is trusted, locked for one run at a time, set aside when damaged, and closed so that
the main file holds everything (see :mod:`.journal` for why each matters)."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import socket
import sqlite3
import struct
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import ClassVar

from ..errors import JobStoreBusyError, JobStoreError, JobStoreWriteError

# "DFTS" in the SQLite header (application_id): this file is a daftra job store.
APPLICATION_ID = 0x44465453
# The layout of the tables; 1 was the store without its own marker, 2 the one without
# send times (both still opened, and brought up to date). A store of this format is
# refused by releases that write no send times: a send they recorded without one would
# leave an earlier send's time in place, and a rerun would wait too little.
FORMAT = 3
OWNER_ONLY = 0o600
SCHEMA = """
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
WAY_OUT = (
    "nothing was sent; start a new job in it with --new-job (new_job=True), "
    "which keeps the damaged file aside"
)


class Damaged(Exception):
    """Why a store cannot be trusted as it is (turned into :class:`JobStoreDamagedError`)."""


def now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


def owner_only(path: Path) -> None:
    """Take away group and other access from an existing file (stores made before)."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(OWNER_ONLY)


def program_name() -> str:
    """What names this process in the lock file, by default: its program, never its
    arguments (they may hold an API key)."""
    program = Path(sys.argv[0] or "python")
    return program.parent.name if program.name == "__main__.py" else program.name


def is_full(error: BaseException) -> bool:
    return (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        isinstance(error, sqlite3.Error) and "full" in str(error)
    )


def no_room(path: Path) -> bool:
    """Whether the store's file system is (all but) full: SQLite reports a failed write
    to a full tmpfs, say, as a mere "disk I/O error"."""
    try:
        folder = os.statvfs(path.parent if str(path.parent) else ".")
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False
    return folder.f_bavail * folder.f_frsize < 64 * 1024


class StoreLock:
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
        return f"pid {os.getpid()} on {socket.gethostname()} since {now()} ({purpose})"

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


def checked(path: Path, with_wal: bool) -> tuple[sqlite3.Connection, str]:
    """The store opened and checked, with the holder it says left it open ("" if
    closed); :class:`Damaged` says why it cannot be trusted. The main file's size
    is checked against its header only without a -wal file: with one, the main file
    may lack pages the -wal file holds (a checkpoint stopped by a full disk)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except IsADirectoryError:
        raise JobStoreError(f"job store {path} is a folder: name a file", path=str(path)) from None
    except PermissionError:  # not damaged: someone else's, or made by root
        raise JobStoreError(
            f"job store {path} cannot be read: permission denied (it is readable "
            "by its owner only: run as the user who made it)",
            path=str(path),
        ) from None
    except OSError as exc:
        raise Damaged(f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise Damaged("is empty (0 bytes): not the job store it was")
    if not header.startswith(b"SQLite format 3\0"):
        raise Damaged(f"is not a SQLite file ({size} bytes of something else)")
    if len(header) < 100:
        raise Damaged(f"is cut short ({size} bytes)")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    changes, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    (application,) = struct.unpack(">I", header[68:72])
    if page_size < 512 or (
        not with_wal
        and (size % page_size or (changes == valid_for and pages and size < pages * page_size))
    ):
        raise Damaged(
            f"is cut short ({size} bytes, not the {pages} pages of "
            f"{page_size} bytes its header gives)"
        )
    if application not in (0, APPLICATION_ID):
        raise Damaged(
            f"is another program's SQLite database (application id "
            f"{application:#x}), not a job store"
        )
    try:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    except sqlite3.Error as exc:
        raise Damaged(f"cannot be opened ({exc})") from None
    try:
        return db, verified(path, db, application)
    except BaseException:
        db.close()
        raise


def verified(path: Path, db: sqlite3.Connection, application: int) -> str:
    try:
        checked = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
        tables = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error as exc:
        damage = "is corrupt" if "malformed" in str(exc) else "cannot be read"
        raise Damaged(f"{damage} ({exc})") from None
    if checked != ["ok"]:
        raise Damaged(f"is corrupt ({'; '.join(' '.join(c.split()) for c in checked)})")
    if "store" not in tables:
        if not tables:
            raise Damaged(
                "holds no tables: an empty SQLite file, or the main file of a store whose "
                "-wal file held everything"
            )
        if not {"job", "element"} <= tables or application:
            raise Damaged("is another SQLite database, not a job store")
        guarded(
            path,
            db,
            "CREATE TABLE store (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "ALTER TABLE job ADD COLUMN source TEXT",
            "ALTER TABLE job ADD COLUMN look_up_all INTEGER NOT NULL DEFAULT 0",
            *marking(),
        )  # a store of format 1, made before the marker
    meta = dict(db.execute("SELECT key, value FROM store").fetchall())
    if int(meta.get("format", "0")) > FORMAT:
        raise JobStoreError(
            f"job store {path} was made by a newer daftra-python (format "
            f"{meta['format']}): nothing was sent; upgrade to use it",
            path=str(path),
        )
    if meta.get("format") is None:
        raise Damaged("is another SQLite database, not a job store")
    columns = {row[1] for row in db.execute("PRAGMA table_info(element)")}
    if "sent_at" not in columns:  # a store of format 1 or 2: its sends have no time
        guarded(path, db, "ALTER TABLE element ADD COLUMN sent_at REAL", *marking())
    return str(meta.get("open", ""))


def created(path: Path) -> sqlite3.Connection:
    """A new store, complete before it takes its name (made aside, then linked into
    place), so that a store cut short by a kill while being made never exists."""
    made = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.new")
    try:
        os.close(os.open(made, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
        db = sqlite3.connect(made, isolation_level=None)
        try:
            db.executescript(SCHEMA)
            for statement in marking():
                db.execute(statement)
            db.execute("PRAGMA journal_mode=WAL")
        finally:
            db.close()
        try:
            os.link(made, path)  # never over a file that appeared meanwhile
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            os.rename(made, path)
    except FileExistsError:
        raise JobStoreError(
            f"job store {path} appeared while being made: nothing was sent; run again",
            path=str(path),
        ) from None
    except (OSError, sqlite3.Error) as exc:
        raise write_failure(path, "cannot be created", exc) from None
    finally:
        for leftover in (made, Path(f"{made}-wal"), Path(f"{made}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return sqlite3.connect(path, check_same_thread=False, isolation_level=None)


def started(path: Path, db: sqlite3.Connection, token: str) -> sqlite3.Connection:
    """Say "open" in the main file itself (checkpointed) before any write can stay
    in the -wal file only: see the module's docstring."""
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("INSERT OR REPLACE INTO store (key, value) VALUES ('open', ?)", (token,))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        db.close()
        raise write_failure(path, "cannot be opened for writing", exc) from None
    return db


def guarded(path: Path, db: sqlite3.Connection, *statements: str) -> None:
    try:
        db.execute("BEGIN IMMEDIATE")
        for statement in statements:
            db.execute(statement)
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        db.close()
        raise write_failure(path, "cannot be brought up to date", exc) from None


def put_aside(path: Path) -> Path:
    """Rename the damaged files ``PATH.damaged-TIME`` (never delete what may help)."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    aside = Path(f"{path}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        try:
            os.rename(f"{path}{suffix}", f"{aside}{suffix}")
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise JobStoreError(
                f"job store {path} cannot be set aside as {aside}{suffix}: {exc.strerror or exc}",
                path=str(path),
            ) from None
    return aside


def write_failure(path: Path, doing: str, exc: BaseException) -> JobStoreWriteError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    if is_full(exc) or no_room(path):
        return JobStoreWriteError(
            f"job store {path}: the disk is full ({reason}): nothing more could be "
            "recorded, so nothing more was sent; free some space and run the same "
            "command again to resume",
            path=str(path),
        )
    return JobStoreWriteError(f"job store {path} {doing}: {reason}", path=str(path))


def marking() -> list[str]:
    return [
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {FORMAT}",
        f"INSERT OR REPLACE INTO store (key, value) VALUES ('format', '{FORMAT}')",
        f"INSERT OR IGNORE INTO store (key, value) VALUES ('id', '{uuid.uuid4().hex}')",
        f"INSERT OR IGNORE INTO store (key, value) VALUES ('created', '{now()}')",
    ]


def let_go(db: sqlite3.Connection, holding: StoreLock) -> None:
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
