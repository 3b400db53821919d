"""Where the adaptive pace keeps what it has learnt: in the client, or shared by every
process of the machine that uses the same account.

Several processes often share one account's key (a shop sync, a nightly export and a
script at once); each learning the limit alone, they would refuse each other's share of
it. Shared, they keep one pace: one schedule of sends, one measure of the admitted rate,
one wait after a refusal. The shared state is a small binary file in the user's cache
directory (``$XDG_CACHE_HOME/daftra/pace``, or ``DAFTRA_PACE_DIR``), named by a hash of
the site and the credential (never the credential itself), readable by its owner only,
and guarded by ``flock``. ``DAFTRA_SHARED_PACE=0`` turns sharing off; where the
directory cannot be written, or ``flock`` does not exist (Windows), each client keeps
its own pace as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import struct
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

import attrs

from ..settings import Settings

# A state nobody has touched for this long is forgotten: the limit may have changed,
# and a restarted machine's monotonic clock starts again.
STALE_SECONDS = 30.0
_OFF = frozenset({"0", "false", "no", "off"})
_TIMES = (
    "next_send",
    "gate",
    "cut_at",
    "grown_at",
    "started",
    "admitted_at",
    "waited_at",
    "window_open",
)


@attrs.define
class PaceState:
    """What the adaptive pace of one account has learnt (times are ``time.monotonic()``).

    ``pace`` is the rate in requests per second (None until the service first refuses a
    request that followed a success), ``ceiling`` the rate last refused, ``seeking`` true
    while the ceiling is a guess. ``gate`` holds every send until a refusal's wait has
    passed, ``next_send`` spaces sends evenly. ``admitted`` counts admitted answers,
    decaying with time, ``total`` without decay (see ``pace._measured``). ``window`` and
    ``window_limit`` describe a fixed window (Laravel's throttle) once learnt from
    ``X-RateLimit-*`` headers, and ``window_open`` is when the current one opened."""

    pace: float | None = None
    ceiling: float = 0.0
    seeking: bool = False
    next_send: float = 0.0
    waited_at: float = 0.0  # the last send held back by the pace
    gate: float = 0.0
    cut_at: float = 0.0
    grown_at: float = 0.0
    pause: float = 0.0  # the wait the last refusal cost
    started: float | None = None  # the first admitted answer
    admitted: float = 0.0
    admitted_at: float = 0.0
    total: int = 0  # answers admitted
    busy: float = 0.0  # seconds spent sending (pauses longer than two turns left out)
    total_at_cut: int = 0  # both when the pace last dropped
    busy_at_cut: float = 0.0
    window: float | None = None
    window_limit: float | None = None
    window_open: float | None = None


class PaceStore(Protocol):
    def state(self) -> contextlib.AbstractContextManager[PaceState]:
        """The state, held exclusively until the block ends (changes are kept)."""
        ...


class LocalPaceStore:
    """The pace of one client: its threads and tasks share it under a lock."""

    def __init__(self, state: PaceState | None = None) -> None:
        self._lock = threading.Lock()
        self._state = state if state is not None else PaceState()

    @contextlib.contextmanager
    def state(self) -> Iterator[PaceState]:
        with self._lock:
            yield self._state


class SharedPaceStore:
    """The pace of every process of the machine using one account, kept in ``path``.

    Times travel through the file as wall-clock times, each process keeping monotonic
    ones. A file that cannot be read as a state (emptied, cut short, from another
    version) starts the pace afresh; one that cannot be written any more turns this
    store into a local one for the rest of the client's life."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fallback: LocalPaceStore | None = None
        # What this store last wrote and the state it wrote: while the file still holds
        # exactly those bytes, nobody else has written, and the state is read unparsed.
        self._written = b""
        self._kept: PaceState | None = None

    @contextlib.contextmanager
    def state(self) -> Iterator[PaceState]:
        if self._fallback is not None:
            with self._fallback.state() as state:
                yield state
            return
        with self._lock:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                fallback = self._fallback = LocalPaceStore()
                with fallback.state() as state:
                    yield state
                return
            try:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
                offset = time.time() - time.monotonic()
                data = _read(fd)
                kept = self._kept
                if kept is None or data != self._written or _stale(data):
                    kept = _loaded(data, offset)
                yield kept
                written = _dumped(kept, offset)
                try:
                    _write(fd, written, len(data))
                except OSError:  # a full disk, say: go on alone with what was learnt
                    self._fallback = LocalPaceStore(kept)
                else:
                    self._written, self._kept = written, kept
            finally:
                os.close(fd)  # closing releases the flock


def _read(fd: int) -> bytes:
    """The whole file (a state is far shorter than a read; a longer file is read on)."""
    data = os.pread(fd, _READ_SIZE, 0)
    while len(data) % _READ_SIZE == 0 and data:
        more = os.pread(fd, _READ_SIZE, len(data))
        if not more:
            break
        data += more
    return data


def _write(fd: int, data: bytes, was: int) -> None:
    """``data`` over a file of ``was`` bytes: cut to its length only if it was longer."""
    os.pwrite(fd, data, 0)
    if was > len(data):
        os.ftruncate(fd, len(data))


_READ_SIZE = 4096


# The file: a mark of its format, when it was saved (a Unix time), then every field of
# PaceState in order as a double (None as NaN). Read and written twice a request, so
# packed, not JSON: a tenth of the cost.
_MARK = b"daftra-pace-1\n"
_FIELDS = tuple(field.name for field in attrs.fields(PaceState))
_LAYOUT = struct.Struct(f"<{1 + len(_FIELDS)}d")
_SAVED = struct.Struct("<d")
_OPTIONAL = frozenset(field.name for field in attrs.fields(PaceState) if field.default is None)
_COUNTS = frozenset({"total", "total_at_cut"})


def _stale(data: bytes) -> bool:
    """Whether the state in ``data`` (as this module writes it) was saved too long ago."""
    (saved,) = _SAVED.unpack_from(data, len(_MARK))
    return not time.time() - saved <= STALE_SECONDS


def _loaded(data: bytes, offset: float) -> PaceState:
    if not data.startswith(_MARK) or len(data) != len(_MARK) + _LAYOUT.size:
        return PaceState()  # empty, cut short, or of another version: start afresh
    if _stale(data):
        return PaceState()
    _saved, *values = _LAYOUT.unpack_from(data, len(_MARK))
    fields: dict[str, Any] = {}
    for name, value in zip(_FIELDS, values, strict=True):
        if math.isnan(value) and name in _OPTIONAL:
            fields[name] = None
        elif not math.isfinite(value):
            return PaceState()
        elif name in _TIMES:
            fields[name] = value - offset
        else:
            fields[name] = int(value) if name in _COUNTS else value
    fields["seeking"] = bool(fields["seeking"])
    state = PaceState(**fields)
    if state.pace is not None and state.pace <= 0:
        return PaceState()
    return state


def _dumped(state: PaceState, offset: float) -> bytes:
    values = [time.time()]
    for name in _FIELDS:
        value = getattr(state, name)
        if value is None:
            values.append(math.nan)
        else:
            values.append(float(value) + (offset if name in _TIMES else 0.0))
    return _MARK + _LAYOUT.pack(*values)


def account_key(site_root: str, credential: str) -> str:
    """The name of one account's shared state: a hash, so the file never shows the key."""
    return hashlib.sha256(f"{site_root}\n{credential}".encode()).hexdigest()[:32]


def shared_pace_store(settings: Settings, environ: Mapping[str, str] | None = None) -> PaceStore:
    """The pace store of a client with ``settings``: one per account (site and key,
    token, or signed-in user)."""
    credentials = settings.credentials
    grant = credentials.grant
    credential = credentials.api_key or credentials.token or ""
    if grant is not None:
        credential = f"{grant.username}\n{grant.client_id}"
    return pace_store(settings.site_root, f"{credentials.kind}\n{credential}", environ)


def pace_store(
    site_root: str, credential: str, environ: Mapping[str, str] | None = None
) -> PaceStore:
    """The store for a client of ``site_root`` with ``credential``: shared through a file
    unless ``DAFTRA_SHARED_PACE`` turns it off or no private directory can be made."""
    env = os.environ if environ is None else environ
    if env.get("DAFTRA_SHARED_PACE", "").strip().lower() in _OFF:
        return LocalPaceStore()
    try:
        import fcntl  # noqa: F401 - not on Windows: no sharing there
    except ImportError:
        return LocalPaceStore()
    directory = env.get("DAFTRA_PACE_DIR") or os.path.join(
        env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "daftra",
        "pace",
    )
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if not os.access(directory, os.W_OK | os.X_OK):
            return LocalPaceStore()
    except OSError:
        return LocalPaceStore()
    return SharedPaceStore(Path(directory) / f"{account_key(site_root, credential)}.pace")
