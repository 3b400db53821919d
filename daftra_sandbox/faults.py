"""Answers the sandbox gives instead of processing a request, for testing failure paths."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Mapping

import attrs

# The live service's generic refusal ("failed to save the invoice"); the detail, if any,
# sits in validation_errors.
GENERIC_REFUSAL = "فشل في حفظ الفاتورة"


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
    # Only requests routed to this operationId (e.g. "addInvoice"), whatever their path:
    # an add and a list can share one address.
    operation: str | None = None


def refusal_body(
    message: str = GENERIC_REFUSAL,
    validation_errors: Mapping[str, str] | None = None,
    code: int = 400,
) -> bytes:
    """A refusal worded as the live service words one inside a 2xx answer."""
    body: dict[str, object] = {"result": "failed", "code": code, "message": message}
    if validation_errors:
        body["validation_errors"] = dict(validation_errors)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


# A create the live service acknowledged without storing anything (seen when a client
# payment lacked its treasury and payment method).
HOLLOW_CREATE_BODY = b'{"result": "successful", "code": 202, "id": null}'


class Faults:
    """A queue of canned answers, consumed by the requests they match."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[CannedAnswer] = []

    def inject(self, answer: CannedAnswer) -> None:
        with self._lock:
            self._queue.append(answer)

    def take(self, path: str, operation: Callable[[], str | None]) -> CannedAnswer | None:
        """The canned answer for a request to ``path``, if one is due; ``operation`` tells
        the request's operationId, asked only when a queued answer names one."""
        with self._lock:
            for answer in self._queue:
                if answer.path_contains is not None and answer.path_contains not in path:
                    continue
                if answer.operation is not None and answer.operation != operation():
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


# Kinds of fault a profile can inject, each with a probability per request.
FAULT_KINDS = (
    "rate_limited",  # 429 with Retry-After; not processed
    "server_error",  # 500 (JSON), 502 or 503 (HTML); not processed
    "nonstandard_status",  # 520 with a plain-text body; not processed
    "drop_before",  # connection closed without an answer; not processed
    "drop_after",  # processed and stored, then closed without an answer
    "slow",  # held for slow_seconds, then processed and answered
    "truncated",  # processed, then half of the JSON answer sent
    "malformed",  # processed, then an HTML page sent with status 200
    "short_bulk",  # bulk add processed, its answer sent without the last element
    "gzip_lie",  # processed, then the plain answer sent as "Content-Encoding: gzip"
)
# What mixed() spreads its rate over: the faults a client must survive without duplicates
# (gzip_lie is not among them: its answers are whole, and the facade reads them as sent).
_MIXED = (
    "rate_limited",
    "server_error",
    "nonstandard_status",
    "drop_before",
    "drop_after",
    "truncated",
    "malformed",
    "short_bulk",
)


@attrs.frozen
class FaultProfile:
    """How badly the sandbox behaves: added latency, and per-request probabilities of
    each kind of fault, drawn from one seeded generator so that a failing run replays
    (with concurrent requests, the order in which they arrive still matters)."""

    latency: float = 0.0
    jitter: float = 0.0
    rate_limited: float = 0.0
    retry_after: int = 1
    server_error: float = 0.0
    nonstandard_status: float = 0.0
    drop_before: float = 0.0
    drop_after: float = 0.0
    slow: float = 0.0
    slow_seconds: float = 5.0
    truncated: float = 0.0
    malformed: float = 0.0
    short_bulk: float = 0.0
    gzip_lie: float = 0.0
    seed: int = 0
    only_paths: tuple[str, ...] = ()
    only_methods: tuple[str, ...] = ()  # e.g. ("GET",): garble reads, spare writes

    def __attrs_post_init__(self) -> None:
        total = sum(getattr(self, kind) for kind in FAULT_KINDS)
        if any(not 0 <= getattr(self, kind) <= 1 for kind in FAULT_KINDS) or total > 1:
            raise ValueError("fault probabilities must be within 0..1 and add up to 1 at most")

    @classmethod
    def mixed(cls, rate: float, seed: int, **options: float) -> FaultProfile:
        """``rate`` of all requests affected, spread evenly over the faults that matter
        for reliability (no latency, no slow answers)."""
        share = rate / len(_MIXED)
        return cls(seed=seed, **{kind: share for kind in _MIXED}, **options)  # type: ignore[arg-type]


class FaultDice:
    """Draws, per request, which fault of a profile (if any) strikes it."""

    def __init__(self, profile: FaultProfile) -> None:
        self.profile = profile
        self._random = random.Random(profile.seed)
        self._lock = threading.Lock()
        self.counts: dict[str, int] = dict.fromkeys(FAULT_KINDS, 0)

    def draw(self, path: str, method: str = "GET") -> tuple[str | None, float]:
        """(the fault for this request or None, the latency to add)."""
        profile = self.profile
        with self._lock:
            delay = profile.latency + (
                self._random.uniform(0, profile.jitter) if profile.jitter else 0
            )
            if profile.only_paths and not any(p in path for p in profile.only_paths):
                return None, delay
            if profile.only_methods and method.upper() not in profile.only_methods:
                return None, delay
            roll, threshold = self._random.random(), 0.0
            for kind in FAULT_KINDS:
                threshold += getattr(profile, kind)
                if roll < threshold:
                    if kind == "short_bulk" and "add_bulk" not in path:
                        return None, delay
                    self.counts[kind] += 1
                    return kind, delay
            return None, delay

    def server_error(self) -> tuple[int, bytes, str]:
        with self._lock:
            status = self._random.choice((500, 502, 503))
        if status == 500:
            body = b'{"result":"failed","code":500,"message":"Internal Server Error"}'
            return status, body, "application/json"
        return status, f"<html><body><h1>{status}</h1></body></html>".encode(), "text/html"
