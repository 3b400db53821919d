"""When a failed request is sent again, and after how long.

Hand-written rather than taken from tenacity or stamina: the decision needs the failed
request's method and the answer's ``Retry-After``, and the policy is a pure function
that both the sync and the async transport apply with their own way of sleeping.
"""

from __future__ import annotations

import random

import attrs

from ..errors import (
    DaftraError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnparseableResponseError,
)
from ..wire.answers import retry_after_seconds

# Methods whose repetition cannot create a second record. A POST is repeated only when
# the server certainly did not process it (429, or no connection was made at all).
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "OPTIONS"})


def throttled(error: DaftraError) -> bool:
    """True for a refusal of the pace rather than of the request: a 429, or a 503 that
    says when to come back (``Retry-After``), as maintenance modes and rate-limiting
    proxies send; a 503 without that advice may come from a failure half-way."""
    if isinstance(error, RateLimitedError):
        return True
    response = getattr(error, "response", None)
    return (
        isinstance(error, ServerError)
        and error.status == 503
        and response is not None
        and "retry-after" in response.headers
    )


def retry_after_of(error: DaftraError) -> float | None:
    """The seconds a throttling answer asked the client to wait, None if it did not say."""
    if isinstance(error, RateLimitedError):
        return error.retry_after
    response = getattr(error, "response", None)
    return None if response is None else retry_after_seconds(response)


def never_reached_server(error: DaftraError) -> bool:
    """True when the request cannot have been processed: refused at the door, or never sent."""
    if throttled(error):
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
    ``throttled_attempts`` is the larger budget of a request refused for the pace (see
    :func:`throttled`): the service certainly did not process it, and a client learning
    the service's limit may meet a few refusals in a row.
    """

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    rng: random.Random = attrs.field(factory=random.Random, eq=False, repr=False)
    throttled_attempts: int = 12

    def delay(self, method: str, error: DaftraError, attempt: int) -> float | None:
        """Seconds to wait before try ``attempt + 1``, or None to give up and raise."""
        is_throttled = throttled(error)
        budget = self.attempts
        if is_throttled and self.attempts > 1:
            budget = max(self.attempts, self.throttled_attempts)
        if attempt >= budget or not self._retryable(method.upper(), error):
            return None
        retry_after = retry_after_of(error) if is_throttled else None
        if retry_after is not None:
            return min(retry_after, self.max_delay)
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
