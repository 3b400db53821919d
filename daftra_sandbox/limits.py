"""A rate limit like a real service's: per credential, a token bucket (or a fixed window,
as Laravel's throttle keeps) and a cap on requests in flight; over the limit, a refusal
worded as the chosen variant says."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Mapping
from typing import Literal

import attrs

Variant = Literal["headers", "retry-after", "bare", "503", "laravel"]
# headers: 429 with Retry-After, and X-RateLimit-Limit / -Remaining on every answer
#          (as many gateways send them);
# retry-after: 429 with Retry-After only; bare: 429 without any header;
# 503: 503 with Retry-After (as nginx's limit_req answers by default);
# laravel: as Laravel's ThrottleRequests: X-RateLimit-Limit / -Remaining on every answer,
#          and on a 429 Retry-After and X-RateLimit-Reset (a Unix time), in whole seconds.
VARIANTS: tuple[Variant, ...] = ("headers", "retry-after", "bare", "503", "laravel")


@attrs.frozen
class RateLimits:
    """``rate`` requests per second per credential with bursts of ``burst``, at most
    ``max_in_flight`` at a time (None: no cap), refused as ``variant`` says.

    ``window`` None keeps a token bucket of ``burst`` tokens refilled at ``rate``. A
    number of seconds keeps a fixed window as Laravel's throttle does instead: at most
    ``rate * window`` requests (rounded, at least 1) in a window that opens with the first
    request after the last one closed (``window=60`` is Laravel's per-minute limit;
    ``burst`` plays no part).

    ``retry_after`` fixes the seconds a refusal asks the client to wait; None sends the
    time until a request would be admitted again, to the millisecond, or rounded up to
    whole seconds with ``whole_seconds`` (HTTP's own format; the ``laravel`` variant
    always writes whole seconds).
    """

    rate: float
    burst: int = 1
    max_in_flight: int | None = None
    variant: Variant = "retry-after"
    retry_after: float | None = None
    window: float | None = None
    whole_seconds: bool = False

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.rate, int | float) and 0 < self.rate < math.inf):
            raise ValueError(f"rate must be a positive number, not {self.rate!r}")
        if not (isinstance(self.burst, int) and self.burst >= 1):
            raise ValueError(f"burst must be a whole number of at least 1, not {self.burst!r}")
        if self.max_in_flight is not None and self.max_in_flight < 1:
            raise ValueError(f"max_in_flight must be at least 1, not {self.max_in_flight!r}")
        if self.variant not in VARIANTS:
            raise ValueError(f"variant must be one of {', '.join(VARIANTS)}, not {self.variant!r}")
        if self.retry_after is not None and not 0 <= self.retry_after < math.inf:
            raise ValueError(f"retry_after must be 0 or more seconds, not {self.retry_after!r}")
        if self.window is not None and not (
            isinstance(self.window, int | float) and 0 < self.window < math.inf
        ):
            raise ValueError(f"window must be a positive number of seconds, not {self.window!r}")

    @property
    def allowance(self) -> int:
        """Requests admitted per fixed window (1 for a token bucket's ``window`` None)."""
        return max(1, round(self.rate * (self.window or 1.0)))

    @property
    def rounds_up(self) -> bool:
        """True when ``Retry-After`` and ``X-RateLimit-Reset`` are whole seconds."""
        return self.whole_seconds or self.variant == "laravel"


@attrs.frozen
class Refusal:
    """What the sandbox answers instead of processing a request over the limit."""

    status: int
    body: bytes
    headers: dict[str, str]


@attrs.define
class _Bucket:
    tokens: float  # a token bucket's tokens; a fixed window's requests still allowed
    stamp: float  # when the tokens were counted; when the fixed window opened
    in_flight: int = 0


class Gatekeeper:
    """Admits or refuses requests under one :class:`RateLimits`, and counts them."""

    def __init__(self, limits: RateLimits, counts: dict[str, int]) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self.counts = counts  # the sandbox's, carried on from one gatekeeper to the next

    def admit(self, credential: str) -> tuple[Refusal | None, dict[str, str]]:
        """(the refusal, or None when admitted; headers for the admitted answer).
        An admitted request must be followed by :meth:`done`."""
        limits = self.limits
        with self._lock:
            now = time.monotonic()
            bucket = self._buckets.setdefault(credential, _Bucket(0.0, -math.inf))
            wait = self._refill(bucket, now)
            crowded = limits.max_in_flight is not None and bucket.in_flight >= limits.max_in_flight
            if bucket.tokens < 1 or crowded:
                self.counts["refused"] += 1
                return self._refusal(bucket, wait if bucket.tokens < 1 else 1 / limits.rate), {}
            bucket.tokens -= 1
            bucket.in_flight += 1
            self.counts["admitted"] += 1
            return None, self._headers(bucket)

    def _refill(self, bucket: _Bucket, now: float) -> float:
        """Bring ``bucket`` to ``now``; return the seconds until it admits a request
        should it hold no token now."""
        limits = self.limits
        if limits.window is not None:
            if now >= bucket.stamp + limits.window:  # the last window closed: open one
                bucket.stamp, bucket.tokens = now, float(limits.allowance)
            return bucket.stamp + limits.window - now
        if bucket.stamp == -math.inf:
            bucket.tokens = float(limits.burst)
        else:
            refilled = bucket.tokens + (now - bucket.stamp) * limits.rate
            bucket.tokens = min(float(limits.burst), refilled)
        bucket.stamp = now
        return (1 - bucket.tokens) / limits.rate

    def done(self, credential: str) -> None:
        with self._lock:
            bucket = self._buckets.get(credential)
            if bucket is not None and bucket.in_flight > 0:
                bucket.in_flight -= 1

    def _headers(self, bucket: _Bucket) -> dict[str, str]:
        limits = self.limits
        if limits.variant not in ("headers", "laravel"):
            return {}
        # Per window for a fixed window (Laravel's maxAttempts), per second for a bucket.
        limit = limits.allowance if limits.window is not None else math.ceil(limits.rate)
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, math.floor(bucket.tokens))),
        }

    def _refusal(self, bucket: _Bucket, wait: float) -> Refusal:
        limits = self.limits
        advice = limits.retry_after if limits.retry_after is not None else wait
        if limits.rounds_up:
            advice = float(math.ceil(advice))
            shown = f"{advice:.0f}"
        else:
            shown = f"{math.ceil(advice * 1000) / 1000:g}"
        headers = {"Retry-After": shown}
        if limits.variant == "bare":
            headers = {}
        elif limits.variant in ("headers", "laravel"):
            headers |= self._headers(bucket)
        if limits.variant == "laravel":
            # As Laravel computes it: this second (truncated) plus the advice.
            headers["X-RateLimit-Reset"] = str(int(time.time()) + int(advice))
        status = 503 if limits.variant == "503" else 429
        message = "Service Unavailable" if status == 503 else "Too Many Attempts."
        body = json.dumps({"result": "failed", "code": status, "message": message}).encode()
        return Refusal(status, body, headers)


def credential_of(headers: Mapping[str, str]) -> str:
    """Whom a request counts against: its API key or bearer token (anonymous: "")."""
    return headers.get("apikey") or headers.get("authorization") or ""
