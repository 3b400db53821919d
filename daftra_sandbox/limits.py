"""A rate limit like a real service's: per credential, a token bucket and a cap on
requests in flight; over the limit, a refusal worded as the chosen variant says."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Mapping
from typing import Literal

import attrs

Variant = Literal["headers", "retry-after", "bare", "503"]
# headers: 429 with Retry-After, and X-RateLimit-Limit / -Remaining on every answer
#          (as Laravel's throttle middleware and many gateways send them);
# retry-after: 429 with Retry-After only; bare: 429 without any header;
# 503: 503 with Retry-After (as nginx's limit_req answers by default).
VARIANTS: tuple[Variant, ...] = ("headers", "retry-after", "bare", "503")


@attrs.frozen
class RateLimits:
    """``rate`` requests per second per credential with bursts of ``burst``, at most
    ``max_in_flight`` at a time (None: no cap), refused as ``variant`` says.

    ``retry_after`` fixes the seconds a refusal asks the client to wait; None sends the
    time until the bucket holds a token again, to the millisecond. (HTTP's own format is
    whole seconds: ``retry_after=1`` emulates a service that rounds up.)
    """

    rate: float
    burst: int = 1
    max_in_flight: int | None = None
    variant: Variant = "retry-after"
    retry_after: float | None = None

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


@attrs.frozen
class Refusal:
    """What the sandbox answers instead of processing a request over the limit."""

    status: int
    body: bytes
    headers: dict[str, str]


@attrs.define
class _Bucket:
    tokens: float
    stamp: float
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
            bucket = self._buckets.setdefault(credential, _Bucket(float(limits.burst), now))
            bucket.tokens = min(
                float(limits.burst), bucket.tokens + (now - bucket.stamp) * limits.rate
            )
            bucket.stamp = now
            crowded = limits.max_in_flight is not None and bucket.in_flight >= limits.max_in_flight
            if bucket.tokens < 1 or crowded:
                self.counts["refused"] += 1
                wait = (1 - bucket.tokens) / limits.rate if bucket.tokens < 1 else 1 / limits.rate
                return self._refusal(bucket, wait), {}
            bucket.tokens -= 1
            bucket.in_flight += 1
            self.counts["admitted"] += 1
            return None, self._headers(bucket)

    def done(self, credential: str) -> None:
        with self._lock:
            bucket = self._buckets.get(credential)
            if bucket is not None and bucket.in_flight > 0:
                bucket.in_flight -= 1

    def _headers(self, bucket: _Bucket) -> dict[str, str]:
        if self.limits.variant != "headers":
            return {}
        return {
            "X-RateLimit-Limit": str(math.ceil(self.limits.rate)),
            "X-RateLimit-Remaining": str(max(0, math.floor(bucket.tokens))),
        }

    def _refusal(self, bucket: _Bucket, wait: float) -> Refusal:
        limits = self.limits
        advice = limits.retry_after if limits.retry_after is not None else wait
        headers = {"Retry-After": f"{math.ceil(advice * 1000) / 1000:g}"}
        if limits.variant == "bare":
            headers = {}
        elif limits.variant == "headers":
            headers |= self._headers(bucket)
        status = 503 if limits.variant == "503" else 429
        message = "Service Unavailable" if status == 503 else "Too Many Attempts."
        body = json.dumps({"result": "failed", "code": status, "message": message}).encode()
        return Refusal(status, body, headers)


def credential_of(headers: Mapping[str, str]) -> str:
    """Whom a request counts against: its API key or bearer token (anonymous: "")."""
    return headers.get("apikey") or headers.get("authorization") or ""
