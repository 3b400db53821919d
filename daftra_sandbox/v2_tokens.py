"""The v2 API's bearer tokens: issued by the OAuth endpoint, checked on every other v2
request, expired by time or by hand (a test's way to make a token go stale)."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable

from .routing import Answer


class TokenBook:
    """Bearer tokens and when they stop working; safe to share between threads."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._expiry: dict[str, float | None] = {}

    def issue(self, ttl: float | None = None) -> str:
        """A new token valid for ``ttl`` seconds (None: until expired by hand)."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = self.clock()
            self._expiry = {
                known: ends for known, ends in self._expiry.items() if ends is None or ends > now
            }
            self._expiry[token] = None if ttl is None else now + ttl
        return token

    def is_valid(self, token: str) -> bool:
        with self._lock:
            if token not in self._expiry:
                return False
            ends = self._expiry[token]
            return ends is None or self.clock() < ends

    def expire(self, token: str) -> None:
        with self._lock:
            self._expiry.pop(token, None)

    def expire_all(self) -> None:
        with self._lock:
            self._expiry.clear()


def requires_auth(path: str) -> bool:
    """Whether a /v2 path needs credentials (everything but the token endpoint)."""
    return path.rstrip("/") != "/v2/oauth/token"


def unauthenticated() -> Answer:
    """The v2 answer to missing, wrong or expired credentials."""
    return Answer(401, {"message": "Unauthenticated."})


__all__ = ["TokenBook", "requires_auth", "unauthenticated"]
