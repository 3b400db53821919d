"""The client's pace: how many requests per second it sends, and how many at a time.

Two limits combine. The user's own (``rate_limit=``, ``max_concurrency=``) are hard caps.
The adaptive pace learns the service's undocumented limit from its answers: unpaced
until the first refusal (429, or 503), then a rate that drops multiplicatively on each
refusal and grows additively while answers succeed, reading ``X-RateLimit-Remaining``
when the service sends it so as not to push on an empty bucket. Every request of a
client, from any thread or task, draws from the same limiter; only waiting differs
between the sync and the async transport.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import deque
from collections.abc import Mapping

import attrs

from .. import logs

# Answers that mean "too fast": refused at the door, not processed.
THROTTLE_STATUSES = frozenset({429, 503})
_REMAINING_HEADERS = ("x-ratelimit-remaining", "ratelimit-remaining")

# Tuning of the adaptive pace, from the sandbox benchmarks (benchmarks/pace.py).
_WINDOW = 1.0  # seconds of answers over which the admitted rate is measured
_SHORTEST_WINDOW = 0.25  # a shorter history says little about a rate per second
_DECREASE = 0.85  # the share of the admitted rate kept after a refusal
_CATCH_UP = 0.5  # per second, as a share of the ceiling, while well under it
_NEAR = 0.97  # the share of the ceiling above which growth turns slow
_PROBE = 0.01  # per second, as a share of the ceiling, while near or above it
_PATIENCE = 3.0  # seconds without refusal after which the limit is sought afresh
_SLOW_START = math.log(1.5)  # growth per second while the ceiling is only a guess
_SLOWEST = 0.1  # requests per second: the pace never drops below this


def header_number(headers: Mapping[str, str], names: tuple[str, ...]) -> float | None:
    """The first of ``names`` present in ``headers`` as a number, None when none is."""
    for name in names:
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value.split(",")[0].split(";")[0])
        except ValueError:
            return None
    return None


@attrs.frozen
class PaceReport:
    """Where a client's pace stands: ``rate`` is the adaptive pace in requests per
    second (None while the service has refused nothing, or when ``adaptive`` is off);
    ``throttled`` counts the answers that refused requests for their pace (429 or 503),
    ``decreases`` the times the pace dropped."""

    adaptive: bool
    rate: float | None
    throttled: int
    decreases: int


@attrs.define
class RateLimiter:
    """A token bucket of ``burst`` tokens refilled at ``per_second`` (None: no cap),
    a cap of ``max_concurrency`` requests in flight (None: no cap), and, when
    ``adaptive``, a pace learnt from the service's refusals that stays within both."""

    per_second: float | None = None
    burst: int = 1
    max_concurrency: int | None = None
    adaptive: bool = False
    _tokens: float = attrs.field(init=False, default=0.0)
    _stamp: float = attrs.field(init=False, factory=time.monotonic)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)
    _in_flight: threading.BoundedSemaphore | None = attrs.field(init=False, default=None)
    _async_in_flight: asyncio.Semaphore | None = attrs.field(init=False, default=None)
    # The adaptive pace: None until the service first refuses a request.
    _pace: float | None = attrs.field(init=False, default=None)
    _ceiling: float = attrs.field(init=False, default=0.0)  # the rate last refused
    _next_send: float = attrs.field(init=False, default=0.0)  # earliest next send
    _gate: float = attrs.field(init=False, default=0.0)  # no send before (Retry-After)
    _cut_at: float = attrs.field(init=False, default=0.0)  # when the pace last dropped
    _grown_at: float = attrs.field(init=False, default=0.0)
    _guessed: bool = attrs.field(init=False, default=False)  # the ceiling is a guess
    _first_send: float | None = attrs.field(init=False, default=None)
    _admitted: deque[float] = attrs.field(init=False, factory=deque)
    _counts: dict[str, int] = attrs.field(
        init=False, factory=lambda: {"throttled": 0, "decreases": 0}
    )

    def __attrs_post_init__(self) -> None:
        if self.per_second is not None and self.per_second <= 0:
            raise ValueError(f"per_second must be positive, not {self.per_second}")
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ValueError(f"max_concurrency must be at least 1, not {self.max_concurrency}")
        self._tokens = float(self.burst)
        if self.max_concurrency is not None:
            self._in_flight = threading.BoundedSemaphore(self.max_concurrency)

    def report(self) -> PaceReport:
        """Where the pace stands now."""
        with self._lock:
            return PaceReport(self.adaptive, self._pace, **self._counts)

    def _reserve(self) -> tuple[float, float]:
        """Take a turn: (how long to wait before sending, the moment of sending)."""
        with self._lock:
            now = time.monotonic()
            wait = 0.0
            if self.per_second is not None:
                refilled = self._tokens + (now - self._stamp) * self.per_second
                self._tokens = min(float(self.burst), refilled)
                self._stamp = now
                self._tokens -= 1.0
                if self._tokens < 0:
                    wait = -self._tokens / self.per_second
            if self.adaptive:
                if self._first_send is None:
                    self._first_send = now
                send_at = max(now + wait, self._gate)
                if self._pace is not None:
                    send_at = max(send_at, self._next_send)
                    # Spaced evenly: a burst would empty the service's bucket at once.
                    self._next_send = send_at + 1.0 / self._pace
                wait = send_at - now
            return wait, now + wait

    def observe(
        self, status: int, headers: Mapping[str, str], sent_at: float, retry_after: float | None
    ) -> None:
        """Learn from an answer to a request sent at ``sent_at`` (a monotonic time)."""
        if not self.adaptive:
            return
        with self._lock:
            now = time.monotonic()
            if status in THROTTLE_STATUSES:
                self._counts["throttled"] += 1
                # Never sooner than the service asked; without advice, one turn's pause.
                pause = (
                    retry_after
                    if retry_after is not None
                    else (1.0 / self._pace if self._pace else _SHORTEST_WINDOW)
                )
                self._gate = max(self._gate, now + pause)
                self._decrease(now, sent_at)
                return
            if status >= 400:
                return  # refused for its content: says nothing about the pace
            self._admitted.append(now)
            while self._admitted and self._admitted[0] < now - _WINDOW:
                self._admitted.popleft()
            remaining = header_number(headers, _REMAINING_HEADERS)
            # The service says its bucket is empty: hold the pace, the edge is here.
            if remaining is None or remaining >= 1:
                self._grow(now)

    def _admitted_rate(self, now: float) -> float:
        history = now - (self._first_send if self._first_send is not None else now)
        return len(self._admitted) / min(_WINDOW, max(_SHORTEST_WINDOW, history))

    def _decrease(self, now: float, sent_at: float) -> None:
        if sent_at < self._cut_at:
            return  # sent at the old pace: already accounted for
        history = now - (self._first_send if self._first_send is not None else now)
        admitted = len(self._admitted) / min(_WINDOW, max(_SHORTEST_WINDOW, history))
        if self._pace is None:
            refused = admitted
        elif history >= _WINDOW:
            # A second of answers while pressing on the limit measures it; the pace
            # alone may have overshot it while growing.
            refused = min(self._pace, admitted)
        else:
            refused = self._pace
        # Refused within its first moments, the client has not learnt the rate yet.
        self._guessed = history < _WINDOW and self._pace is None
        self._ceiling = max(_SLOWEST, refused)
        self._pace = max(_SLOWEST, _DECREASE * self._ceiling)
        self._next_send = max(self._next_send, self._gate)
        self._cut_at = self._grown_at = now
        self._counts["decreases"] += 1
        logs.pace.info(
            "refused for its pace: slowing to %.2f requests/s, none before %.2f s",
            self._pace,
            max(0.0, self._gate - now),
        )

    def _grow(self, now: float) -> None:
        if self._pace is None:
            return
        elapsed, self._grown_at = now - self._grown_at, now
        if self._guessed:  # double every second until the service refuses again
            self._pace *= math.exp(_SLOW_START * elapsed)
            return
        if self._pace < _NEAR * self._ceiling:
            self._pace += _CATCH_UP * self._ceiling * elapsed
        elif now - self._cut_at < _PATIENCE:  # probe slowly where the last refusal came
            self._pace += _PROBE * self._ceiling * elapsed
        else:  # long unrefused: the limit may have moved; look for it as at the start
            self._guessed = True
        logs.pace.debug("answers succeed: pace up to %.2f requests/s", self._pace)

    def acquire(self) -> float:
        """Wait for a turn (and a free send_at); return the moment of sending."""
        if self._in_flight is not None:
            self._in_flight.acquire()
        wait, sent_at = self._reserve()
        if wait > 0:
            time.sleep(wait)
        return sent_at

    def release(self) -> None:
        if self._in_flight is not None:
            self._in_flight.release()

    async def aacquire(self) -> float:
        """The same for a task on the event loop."""
        if self.max_concurrency is not None:
            if self._async_in_flight is None:
                self._async_in_flight = asyncio.Semaphore(self.max_concurrency)
            await self._async_in_flight.acquire()
        wait, sent_at = self._reserve()
        if wait > 0:
            await asyncio.sleep(wait)
        return sent_at

    def arelease(self) -> None:
        if self._async_in_flight is not None:
            self._async_in_flight.release()
