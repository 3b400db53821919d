"""The client's pace: how many requests per second it sends, and how many at a time.

Two limits combine. The user's own (``rate_limit=``, ``max_concurrency=``) are hard caps.
The adaptive pace learns the service's undocumented limit from its answers: unpaced
until the first refusal (429, or 503), then a rate that drops multiplicatively on each
refusal and grows additively while answers succeed. It reads the ``X-RateLimit-*``
headers where they come: a ``Remaining`` of 0 holds its growth, a ``Reset`` says when a
spent budget returns, and a fixed window (Laravel's throttle) is learnt from them and
spread evenly. Every request of a client, from any thread or task, draws from the same
limiter, and so may every process of the machine using the same account (see
:mod:`.pace_store`); only waiting differs between the sync and the async transport.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Mapping

import attrs

from .. import logs
from .pace_store import LocalPaceStore, PaceState, PaceStore

# Answers that mean "too fast": refused at the door, not processed.
THROTTLE_STATUSES = frozenset({429, 503})
_REMAINING_HEADERS = ("x-ratelimit-remaining", "ratelimit-remaining")
_LIMIT_HEADERS = ("x-ratelimit-limit", "ratelimit-limit")
_RESET_HEADERS = ("x-ratelimit-reset", "ratelimit-reset")
_EPOCH = 1e9  # a reset above this is a Unix time (Laravel, GitHub), else seconds from now

# Tuning of the adaptive pace, from the sandbox benchmarks (benchmarks/pace.py).
_WINDOW = 1.0  # seconds of answers that measure the admitted rate well enough
_TAU = 2.0  # seconds: the time constant of that measure
_SHORTEST_WINDOW = 0.25  # a shorter history says little about a rate per second
_SETTLE = 0.5  # seconds after a cut during which refusals are its echoes, not news
_DECREASE = 0.85  # the share of the admitted rate kept after a refusal
_DEEPEST_CUT = 0.5  # one refusal never more than halves the pace (others may share it)
_CATCH_UP = 0.5  # per second, as a share of the ceiling, while well under it
_NEAR = 0.95  # the share of the ceiling above which growth turns slow
_PROBE = 0.01  # per second, as a share of the ceiling, while near or above it
_PATIENCE = 3.0  # seconds without refusal after which the limit is sought afresh,
_PATIENCE_PER_PAUSE = 10.0  # and more for each second a refusal makes everyone wait
_SLOW_START = math.log(1.5)  # growth per second while the ceiling is only a guess
_SLOWEST = 0.1  # requests per second: the pace never drops below this
_WINDOW_SHARE = 0.98  # of a fixed window's budget per second: the last request must not
# reach the service before the window has closed


def header_number(headers: Mapping[str, str], names: tuple[str, ...]) -> float | None:
    """The first of ``names`` present in ``headers`` as a number, None when none is."""
    for name in names:
        value = headers.get(name)
        if value is None:
            continue
        try:
            number = float(value.split(",")[0].split(";")[0])
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def reset_in(headers: Mapping[str, str]) -> float | None:
    """Seconds until a spent budget returns, from ``X-RateLimit-Reset`` (a Unix time, as
    Laravel and GitHub send it, or seconds from now, as the IETF draft's
    ``RateLimit-Reset``); None when the answer does not say."""
    reset = header_number(headers, _RESET_HEADERS)
    if reset is None or reset < 0:
        return None
    return max(0.0, reset - time.time()) if reset > _EPOCH else reset


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
    ``adaptive``, a pace learnt from the service's answers that stays within both,
    kept in ``store`` (the client's own, or shared by the processes of one account)."""

    per_second: float | None = None
    burst: int = 1
    max_concurrency: int | None = None
    adaptive: bool = False
    store: PaceStore = attrs.field(factory=LocalPaceStore, kw_only=True)
    _tokens: float = attrs.field(init=False, default=0.0)
    _stamp: float = attrs.field(init=False, factory=time.monotonic)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock)
    _in_flight: threading.BoundedSemaphore | None = attrs.field(init=False, default=None)
    _async_in_flight: asyncio.Semaphore | None = attrs.field(init=False, default=None)
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
        rate = None
        if self.adaptive:
            with self.store.state() as state:
                rate = state.pace
        with self._lock:
            return PaceReport(self.adaptive, rate, **self._counts)

    def _reserve(self, not_before: float) -> tuple[float, float]:
        """Take a turn no sooner than ``not_before`` (a monotonic time): (how long to
        wait before sending, the moment of sending)."""
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
            with self.store.state() as state:
                now = time.monotonic()
                send_at = max(now + wait, state.gate)
                if state.pace is not None and not_before <= max(send_at, state.next_send):
                    if state.next_send > send_at:
                        state.waited_at, send_at = now, state.next_send
                    # Spaced evenly: a burst would empty the service's bucket at once.
                    state.next_send = send_at + 1.0 / state.pace
                else:
                    send_at = max(send_at, not_before)
                    if state.pace is not None:
                        # A refused request held alone goes out of turn: the others
                        # give it one turn, not the length of its wait.
                        state.next_send = max(state.next_send, now) + 1.0 / state.pace
                wait = send_at - now
        return wait, now + wait

    def observe(
        self, status: int, headers: Mapping[str, str], sent_at: float, retry_after: float | None
    ) -> float:
        """Learn from an answer to a request sent at ``sent_at`` (a monotonic time).
        Returns the moment before which that request must not be sent again (0: none)."""
        throttled = status in THROTTLE_STATUSES
        if not self.adaptive or (status >= 400 and not throttled):
            return 0.0  # refused for its content: says nothing about the pace
        remaining = header_number(headers, _REMAINING_HEADERS)
        limit = header_number(headers, _LIMIT_HEADERS)
        with self.store.state() as state:
            now = time.monotonic()
            if throttled:
                with self._lock:
                    self._counts["throttled"] += 1
                return self._refused(state, now, sent_at, retry_after, reset_in(headers), limit)
            self._admitted(state, now, sent_at, remaining, limit)
            return 0.0

    def _refused(
        self,
        state: PaceState,
        now: float,
        sent_at: float,
        retry_after: float | None,
        reset: float | None,
        limit: float | None,
    ) -> float:
        # Never sooner than the service asked; without advice, one turn's pause.
        pause = retry_after if retry_after is not None else 0.0
        if reset is not None:  # the budget is spent until then (Laravel's window)
            pause = max(pause, reset)
        elif retry_after is None:
            pause = 1.0 / state.pace if state.pace else _SHORTEST_WINDOW
        renewed = now + pause
        # Every request waits, as the service asked, unless answers have succeeded and so
        # measure a pace (set below, if none was): then the refused request waits, and
        # the others keep to that pace (a whole-second Retry-After would otherwise halt
        # all of them for a second for a limit overshot by a few percent). At the first
        # refusal, that pace is still a rough guess: the others wait a little first, for
        # the service's budget to come back.
        if state.started is None or reset is not None or state.gate > now:
            state.gate = max(state.gate, renewed)
        elif state.pace is None:
            state.gate = max(state.gate, now + min(pause, _SETTLE))
        if reset is not None and limit is not None and state.window_open is not None:
            # A fixed window: opened with the first answer counted in it, it ends within
            # the last second before ``renewed`` (the advice is rounded up to seconds),
            # and lasts whole seconds (Laravel's windows do).
            state.window = float(max(1, round(renewed - 0.5 - state.window_open)))
            state.window_limit = limit
            state.window_open = None
        # Sent at the old pace, or before the last cut could take effect: accounted for.
        if sent_at >= state.cut_at + (_SETTLE if state.pace is not None else 0.0):
            self._cut(state, now, pause)
        return renewed

    def _admitted(
        self,
        state: PaceState,
        now: float,
        sent_at: float,
        remaining: float | None,
        limit: float | None,
    ) -> None:
        if state.started is None:
            state.started = state.admitted_at = now
        if state.admitted_at < state.gate <= now:
            # Held by a refusal's wait: that time measures the service's advice, not its
            # rate; the measure goes on from where it stopped.
            held = state.gate - state.admitted_at
            state.admitted_at += held
            state.started += held
        gap = now - state.admitted_at
        state.busy += min(gap, 2.0 / state.pace) if state.pace else gap
        state.admitted = 1.0 + state.admitted * math.exp(-gap / _TAU)
        state.admitted_at = now
        state.total += 1
        window = None
        if state.window is not None and limit != state.window_limit:
            # The limit changed (or is no longer told): the window learnt is gone with it.
            state.window = state.window_limit = state.window_open = None
        if limit is not None and remaining is not None and remaining == limit - 1:
            # The first answer counted in a fixed window: the window opened with it.
            if state.window_open is not None and state.window is not None:
                observed = float(max(1, round(sent_at - state.window_open)))
                if 0.5 * state.window <= observed <= 1.5 * state.window:
                    window = state.window = observed
            state.window_open = sent_at
        # The service says its budget is empty: hold the pace, the edge is here.
        if remaining is None or remaining >= 1:
            self._grow(state, now, window is not None)

    def _measured(self, state: PaceState, now: float) -> float:
        """The admitted rate. Between two refusals the client pressed on the limit:
        the answers admitted between them, over the time spent sending (its pauses, its
        own or held by a refusal, left out), measure it. Before that (a first refusal),
        answers counted with weights decaying over ``_TAU`` seconds, corrected for a
        history shorter than that."""
        if state.started is None:
            return 0.0
        busy = state.busy - state.busy_at_cut
        if state.pace is not None and busy >= _WINDOW:
            return (state.total - state.total_at_cut) / busy
        history = max(_SHORTEST_WINDOW, now - state.started)
        decayed = state.admitted * math.exp((state.admitted_at - now) / _TAU)
        return decayed / (_TAU * -math.expm1(-history / _TAU))

    def _cut(self, state: PaceState, now: float, pause: float) -> None:
        """Lower the pace after a refusal (the one place where it drops)."""
        if state.started is None:  # refused before any success: nothing measures the rate
            logs.pace.info(
                "refused for its pace before any success: every request waits %.2f s; "
                "no rate is set until answers succeed",
                max(0.0, state.gate - now),
            )
            return
        history = now - state.started
        admitted = self._measured(state, now)
        if state.window is not None and state.window_limit is not None:
            # A fixed window learnt: its budget spread evenly over it.
            budget = _WINDOW_SHARE * state.window_limit / state.window
            state.ceiling = state.pace = max(_SLOWEST, budget)
            state.seeking = False
        else:
            if state.pace is None:
                refused = admitted
            elif history >= _WINDOW:
                # Seconds of answers while pressing on the limit measure it; the pace
                # alone may have overshot it while growing.
                refused = max(min(state.pace, admitted), _DEEPEST_CUT * state.pace)
            else:
                refused = state.pace
            # Refused within its first moments, the client has not learnt the rate yet.
            state.seeking = history < _WINDOW and state.pace is None
            state.ceiling = max(_SLOWEST, refused)
            state.pace = max(_SLOWEST, _DECREASE * state.ceiling)
        state.pause = pause
        state.total_at_cut, state.busy_at_cut = state.total, state.busy
        state.next_send = max(state.next_send, state.gate)
        state.cut_at = state.grown_at = now
        with self._lock:
            self._counts["decreases"] += 1
        logs.pace.info(
            "refused for its pace: slowing to %.2f requests/s, none before %.2f s",
            state.pace,
            max(0.0, state.gate - now),
        )

    def _grow(self, state: PaceState, now: float, window_learnt: bool) -> None:
        """Raise the pace while answers succeed (the one place where it grows): by
        the time spent sending at it, so a pause never turns into a leap."""
        if state.pace is None:
            return
        turn = 1.0 / state.pace
        # Only time spent sending at the pace tests it: a client slower than its pace
        # (its own work, or nothing to send) learns nothing about the service's limit.
        spent = min(now - state.grown_at, turn) if state.waited_at > now - 2 * turn else 0.0
        state.grown_at = now
        if state.window is not None and state.window_limit is not None:
            budget = _WINDOW_SHARE * state.window_limit / state.window
            if window_learnt:  # a window seen from end to end: its budget, evenly
                state.ceiling = state.pace = budget
                return
        else:
            budget = math.inf
        if state.seeking:  # grow by half every second until the service refuses again
            state.pace *= math.exp(_SLOW_START * spent)
        elif state.pace < _NEAR * state.ceiling:
            state.pace += _CATCH_UP * state.ceiling * spent
        elif now - state.cut_at < _PATIENCE + _PATIENCE_PER_PAUSE * state.pause:
            state.pace += _PROBE * state.ceiling * spent  # probe slowly near the last refusal
        else:  # long unrefused: the limit may have moved; look for it as at the start
            state.seeking = True
        state.pace = min(state.pace, budget)
        logs.pace.debug("answers succeed: pace up to %.2f requests/s", state.pace)

    def acquire(self, not_before: float = 0.0) -> float:
        """Wait for a turn (no sooner than ``not_before``); return the moment of sending."""
        if self._in_flight is not None:
            self._in_flight.acquire()
        wait, sent_at = self._reserve(not_before)
        if wait > 0:
            time.sleep(wait)
        return sent_at

    def release(self) -> None:
        if self._in_flight is not None:
            self._in_flight.release()

    async def aacquire(self, not_before: float = 0.0) -> float:
        """The same for a task on the event loop."""
        if self.max_concurrency is not None:
            if self._async_in_flight is None:
                self._async_in_flight = asyncio.Semaphore(self.max_concurrency)
            await self._async_in_flight.acquire()
        wait, sent_at = self._reserve(not_before)
        if wait > 0:
            await asyncio.sleep(wait)
        return sent_at

    def arelease(self) -> None:
        if self._async_in_flight is not None:
            self._async_in_flight.release()
