"""Per-key locks: within one process, upserts of one key value take turns.

Looking a key up, finding nothing and creating the record is a race when two callers do it
at once: both find nothing, both create. Within a process the race is prevented by making
every upsert of one key value on one account (and every ``create_many`` element giving
that key value, which may look itself up before it is created) wait for the one before
it. One process-wide registry serves every client, blocking or asyncio, on any thread or
event loop: a flow takes its turn (:meth:`KeyLocks.turn`) by trying the key's lock and,
while another holds it, pausing (:func:`~daftra_facade.flows.pause`), which holds no
thread or slot of the bulk runner. A key is held by value as matching compares it (an
email case-folded, spaces around any value stripped), so ``A@x.example`` and
``a@x.example`` wait for each other. An entry lives only while a caller holds or awaits
it, so a long run keeps no more locks than it has elements in flight.

Across processes nothing can be locked: ``upsert`` checks the key again after a create.
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple

from ..flows import Flow, pause

# How often a flow waiting for a key tries its lock again.
TURN_POLL = 0.01


class KeyId(NamedTuple):
    """One key value of one resource of one account."""

    account: str  # the site root
    resource: str  # the resource's tag
    key: str  # the key's name
    value: str  # as matching compares it


class _Entry:
    def __init__(self) -> None:
        self.lock = threading.Lock()  # released by whichever thread resumes the flow
        self.users = 0  # holding or waiting


class KeyLocks:
    """Locks by key, created on demand and dropped when nobody needs them."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._entries: dict[KeyId, _Entry] = {}

    def turn(self, key: KeyId) -> Flow[None]:
        """Take ``key``'s lock, pausing while another holds it; :meth:`release` it after."""
        with self._guard:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = _Entry()
            entry.users += 1
        try:
            while not entry.lock.acquire(blocking=False):
                yield from pause(time.monotonic() + TURN_POLL)
        except BaseException:  # the flow was closed or failed while it waited
            self._leave(key, entry)
            raise

    def release(self, key: KeyId) -> None:
        with self._guard:
            entry = self._entries[key]
        entry.lock.release()
        self._leave(key, entry)

    def _leave(self, key: KeyId, entry: _Entry) -> None:
        with self._guard:
            entry.users -= 1
            if not entry.users:
                del self._entries[key]

    def __len__(self) -> int:
        """How many keys are held or awaited now."""
        with self._guard:
            return len(self._entries)


# Shared by every client of the process.
KEY_LOCKS = KeyLocks()
