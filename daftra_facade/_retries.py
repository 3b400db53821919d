"""When a failed request is sent again, and after how long.

Hand-written rather than taken from tenacity or stamina: the decision needs the failed
request's method and the answer's ``Retry-After``, and the policy is a pure function
that both the sync and the async transport apply with their own way of sleeping.
"""

from __future__ import annotations

import random

import attrs

from ._errors import (
    DaftraError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnparseableResponseError,
)

# Methods whose repetition cannot create a second record. A POST is repeated only when
# the server certainly did not process it (429, or no connection was made at all).
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "OPTIONS"})


def never_reached_server(error: DaftraError) -> bool:
    """True when the request cannot have been processed: refused at the door, or never sent."""
    if isinstance(error, RateLimitedError):
        return True
    cause = error.__cause__
    return isinstance(error, TransportError) and type(cause).__name__ in (
        "ConnectError",
        "ConnectTimeout",
    )


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, honouring ``Retry-After``.

    ``attempts`` counts every try, the first included (1 turns retries off).
    """

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    rng: random.Random = attrs.field(factory=random.Random, eq=False, repr=False)

    def delay(self, method: str, error: DaftraError, attempt: int) -> float | None:
        """Seconds to wait before try ``attempt + 1``, or None to give up and raise."""
        if attempt >= self.attempts or not self._retryable(method.upper(), error):
            return None
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            return min(error.retry_after, self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return self.rng.uniform(0, ceiling)

    @staticmethod
    def _retryable(method: str, error: DaftraError) -> bool:
        if never_reached_server(error):
            return True
        transient = isinstance(
            error, ServerError | TransportError | RequestTimeoutError | UnparseableResponseError
        )
        return transient and method in _IDEMPOTENT


NO_RETRIES = RetryPolicy(attempts=1)
