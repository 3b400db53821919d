"""Retries and pacing: repeat what is safe to repeat, never what could create a duplicate."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from daftra_facade import (
    ConfigurationError,
    Daftra,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    ValidationError,
)
from daftra_facade.transport.pace import RateLimiter
from daftra_facade.transport.retries import RetryPolicy
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

FAST = RetryPolicy(attempts=3, base_delay=0.01, rng=random.Random(1))


def connect_error() -> TransportError:
    error = TransportError("connection failed")
    error.__cause__ = httpx.ConnectError("refused")
    return error


def rate_limited(after: float | None) -> RateLimitedError:
    error = RateLimitedError("429", status=429)
    error.retry_after = after
    return error


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", ServerError("502", status=502), True),
        ("PUT", RequestTimeoutError("slow"), True),
        ("GET", TransportError("reset"), True),
        ("POST", ServerError("502", status=502), False),  # may have been stored
        ("POST", RequestTimeoutError("slow"), False),
        ("DELETE", ServerError("500", status=500), False),
        ("POST", rate_limited(1.0), True),  # refused at the door: nothing stored
        ("POST", connect_error(), True),  # never sent
        ("GET", ValidationError("400", status=400), False),
    ],
)
def test_only_requests_that_cannot_duplicate_are_repeated(
    method: str, error: ServerError, retried: bool
) -> None:
    assert (FAST.delay(method, error, 1) is not None) == retried


def test_backoff_grows_with_jitter_and_retry_after_wins() -> None:
    policy = RetryPolicy(attempts=10, base_delay=1.0, max_delay=8.0, rng=random.Random(7))
    error = ServerError("503", status=503)
    ceilings = [1, 2, 4, 8, 8]
    for attempt, ceiling in enumerate(ceilings, start=1):
        delay = policy.delay("GET", error, attempt)
        assert delay is not None and 0 <= delay <= ceiling
    assert policy.delay("POST", rate_limited(3.0), 1) == 3.0
    assert policy.delay("POST", rate_limited(300.0), 1) == 8.0
    assert policy.delay("GET", error, 10) is None  # attempts used up


def test_a_read_is_repeated_through_transient_failures(
    run: Callable[..., Any], sandbox: Sandbox
) -> None:
    sandbox.inject(502, b"<html>bad gateway</html>", times=2, path_contains="site_info")

    async def scenario(client: Any) -> None:
        assert (await client.site.get()).subdomain

    run(scenario, retry_policy=FAST, max_retries=3)
    statuses = [status for _, path, status in sandbox.request_log if "site_info" in path]
    assert statuses == [502, 502, 200]


def test_a_create_is_not_retried_blindly_after_a_server_error(
    run: Callable[..., Any], sandbox: Sandbox
) -> None:
    sandbox.inject(
        500,
        b'{"result":"failed","code":500,"message":"boom"}',
        content_type="application/json",
        path_contains="/invoices.json",
    )

    async def scenario(client: Any) -> None:
        await client.invoices.create(invoice_body(1), settle_window=0.2)

    run(scenario, retry_policy=FAST, max_retries=3)
    # Sent again only after lookups by its reference over the settle window showed it
    # was not stored (a 500 may come while the server still works on the request).
    log = [(m, s) for m, _, s in sandbox.request_log]
    assert log[0] == ("POST", 500) and log[-1] == ("POST", 202)
    assert len(log) >= 4 and set(log[1:-1]) == {("GET", 200)}
    assert sandbox.state.count("Invoice") == 1


def test_a_create_refused_with_429_is_sent_again_after_retry_after(
    run: Callable[..., Any], sandbox: Sandbox
) -> None:
    sandbox.inject(
        429,
        b'{"result":"failed","code":429,"message":"slow down"}',
        content_type="application/json",
        headers={"Retry-After": "0"},
    )

    async def scenario(client: Any) -> None:
        await client.invoices.create(invoice_body(1))

    run(scenario, retry_policy=FAST, max_retries=3)
    assert sandbox.state.count("Invoice") == 1
    assert [status for *_, status in sandbox.request_log] == [429, 202]


def test_giving_up_raises_the_last_error(run: Callable[..., Any], sandbox: Sandbox) -> None:
    sandbox.inject(503, b"<html>down</html>", times=5)

    async def scenario(client: Any) -> None:
        with pytest.raises(ServerError) as raised:
            await client.invoices.list()
        assert raised.value.status == 503

    run(scenario, retry_policy=FAST, max_retries=3)
    assert len(sandbox.request_log) == 3


def test_the_rate_limit_paces_every_request(sandbox: Sandbox) -> None:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, rate_limit=20) as client:
        started = time.monotonic()
        for _ in range(30):  # a burst of 20, then 20 a second
            client.site.get()
        elapsed = time.monotonic() - started
    assert elapsed >= 0.45


def test_the_concurrency_cap_holds_across_threads() -> None:
    limiter = RateLimiter(max_concurrency=2)
    limiter.acquire()
    limiter.acquire()
    assert limiter._in_flight is not None and not limiter._in_flight.acquire(blocking=False)
    limiter.release()
    assert limiter._in_flight.acquire(blocking=False)


@pytest.mark.parametrize("bad", [{"per_second": 0}, {"max_concurrency": 0}])
def test_limits_must_be_positive(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RateLimiter(**bad)  # type: ignore[arg-type]


def test_with_options_sets_a_timeout_for_the_calls_made_through_it(sandbox: Sandbox) -> None:
    from daftra_sandbox import FaultProfile

    sandbox.set_faults(FaultProfile(slow=1.0, slow_seconds=0.4, only_paths=("site_info",)))
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client:
        impatient = client.with_options(timeout=0.1)
        with pytest.raises(RequestTimeoutError, match=r"within 0\.1 s"):
            impatient.site.get()
        assert client.site.get().subdomain  # the original keeps its own 30 s
        assert impatient.invoices.list().items == []  # other endpoints: not slow


def test_with_options_sets_the_retries(sandbox: Sandbox) -> None:
    sandbox.inject(502, b"<html>x</html>", times=2, path_contains="site_info")
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client:
        patient = client.with_options(max_retries=2)
        patient._transport.retry = attrs.evolve(patient._transport.retry, base_delay=0.01)
        assert patient.site.get().subdomain
        with pytest.raises(ConfigurationError):
            client.with_options(timeout=0)
