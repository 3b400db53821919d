"""A client-side pace: at most N requests per second and M at a time.

A large job then stays under the server's limit instead of bouncing off it with 429s.
One limiter serves both transports: the accounting is shared, only waiting differs.
"""

from __future__ import annotations

import asyncio
import threading
import time

import attrs


@attrs.define
class RateLimiter:
    """A token bucket of ``burst`` tokens refilled at ``per_second`` (None: no pacing),
    plus a cap of ``max_concurrency`` requests in flight (None: no cap)."""

    per_second: float | None = None
    burst: int = 1
    max_concurrency: int | None = None
    _tokens: float = attrs.field(init=False, default=0.0)
    _stamp: float = attrs.field(init=False, factory=time.monotonic)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)
    _slots: threading.BoundedSemaphore | None = attrs.field(init=False, default=None)
    _async_slots: asyncio.Semaphore | None = attrs.field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        if self.per_second is not None and self.per_second <= 0:
            raise ValueError(f"per_second must be positive, not {self.per_second}")
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ValueError(f"max_concurrency must be at least 1, not {self.max_concurrency}")
        self._tokens = float(self.burst)
        if self.max_concurrency is not None:
            self._slots = threading.BoundedSemaphore(self.max_concurrency)

    def _reserve(self) -> float:
        """Take a token; return how long to wait before using it."""
        if self.per_second is None:
            return 0.0
        with self._lock:
            now = time.monotonic()
            refilled = self._tokens + (now - self._stamp) * self.per_second
            self._tokens = min(float(self.burst), refilled)
            self._stamp = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.per_second

    def acquire(self) -> None:
        if self._slots is not None:
            self._slots.acquire()
        if wait := self._reserve():
            time.sleep(wait)

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()

    async def aacquire(self) -> None:
        if self.max_concurrency is not None:
            if self._async_slots is None:
                self._async_slots = asyncio.Semaphore(self.max_concurrency)
            await self._async_slots.acquire()
        if wait := self._reserve():
            await asyncio.sleep(wait)

    def arelease(self) -> None:
        if self._async_slots is not None:
            self._async_slots.release()
