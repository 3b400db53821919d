"""Answers the sandbox gives instead of processing a request, for testing failure paths."""

from __future__ import annotations

import threading

import attrs


@attrs.define
class CannedAnswer:
    """Sent as is, with the request left unprocessed (unless ``process``)."""

    status: int
    body: bytes
    content_type: str = "text/html"
    headers: dict[str, str] = attrs.field(factory=dict)
    times: int = 1
    path_contains: str | None = None
    after: int = 0  # matching requests to let through before this answer starts
    # Process the request first (its writes are stored), then send this answer instead
    # of the real one: a client that never learns what happened.
    process: bool = False


class Faults:
    """A queue of canned answers, consumed by the requests they match."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[CannedAnswer] = []

    def inject(self, answer: CannedAnswer) -> None:
        with self._lock:
            self._queue.append(answer)

    def take(self, path: str) -> CannedAnswer | None:
        """The canned answer for a request to ``path``, if one is due."""
        with self._lock:
            for answer in self._queue:
                if answer.path_contains is not None and answer.path_contains not in path:
                    continue
                if answer.after > 0:
                    answer.after -= 1
                    return None
                answer.times -= 1
                if answer.times <= 0:
                    self._queue.remove(answer)
                return answer
            return None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
