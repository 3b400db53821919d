"""The adaptive pace: a client finds a service's undocumented rate limit by itself, waits
as long as the service asks, recovers when the limit goes, stays within the user's caps,
and neither loses nor duplicates anything while it slows down."""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from daftra_facade import AsyncDaftra, ConfigurationError, Created, Daftra
from daftra_sandbox import LIMIT_VARIANTS, FaultProfile, RateLimits, Sandbox

from ..conftest import invoice_body

LIFTED_SECONDS = 4.5  # the pace seeks a higher limit after 3 s without refusal
REFUSAL_STATUS = {"headers": 429, "retry-after": 429, "bare": 429, "503": 503, "laravel": 429}


@pytest.fixture
def limited() -> Iterator[Sandbox]:
    """A sandbox admitting 40 requests a second, in bursts of 2."""
    with Sandbox(limits=RateLimits(rate=40, burst=2)) as running:
        yield running


def client_for(sandbox: Sandbox, **options: Any) -> Daftra:
    return Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, timeout=5, **options)


def numbered(count: int) -> list[dict[str, Any]]:
    return [invoice_body(1, po_number=f"PACE-{n}") for n in range(count)]


def assert_stored_once(sandbox: Sandbox, count: int) -> None:
    stored = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    assert stored == Counter(f"PACE-{n}" for n in range(count))


# The sandbox's limit


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_the_sandbox_refuses_over_its_limit_as_the_variant_says(variant: str) -> None:
    limits = RateLimits(rate=1, burst=2, variant=variant)  # type: ignore[arg-type]
    with (
        Sandbox(limits=limits) as sandbox,
        httpx.Client(
            base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}
        ) as http,
    ):
        answers = [http.get("/site_info.json") for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, REFUSAL_STATUS[variant]]
        refused = answers[2]
        assert ("retry-after" in refused.headers) == (variant != "bare")
        if variant != "bare":
            assert 0 < float(refused.headers["retry-after"]) <= 1
        has_counts = variant in ("headers", "laravel")
        assert ("x-ratelimit-remaining" in answers[0].headers) == has_counts
        if has_counts:
            assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["1", "0", "0"]
            assert refused.headers["x-ratelimit-limit"] == "1"
        assert sandbox.limit_counts == {"admitted": 2, "refused": 1}
        # Another credential has a bucket of its own.
        token = sandbox.issue_token()
        other = httpx.get(
            sandbox.base_url + "/api2/site_info.json", headers={"Authorization": f"Bearer {token}"}
        )
        assert other.status_code == 200
        sandbox.set_limits(None)
        assert all(http.get("/site_info.json").status_code == 200 for _ in range(5))
        assert sandbox.limit_counts == {"admitted": 3, "refused": 1}  # lifted: not counted
        sandbox.reset_limit_counts()
        assert sandbox.limit_counts == {"admitted": 0, "refused": 0}


def test_the_sandbox_caps_requests_in_flight() -> None:
    with Sandbox(limits=RateLimits(rate=1000, burst=100, max_in_flight=1)) as sandbox:
        sandbox.set_faults(FaultProfile(slow=1.0, slow_seconds=0.3, only_paths=("site_info",)))
        url = sandbox.base_url + "/api2/site_info.json"
        statuses: list[int] = []

        def ask() -> None:
            statuses.append(httpx.get(url, headers={"apikey": sandbox.api_key}).status_code)

        threads = [threading.Thread(target=ask) for _ in range(2)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        for thread in threads:
            thread.join()
        assert sorted(statuses) == [200, 429]


@pytest.mark.parametrize(
    "bad",
    [
        {"rate": 0},
        {"rate": 1, "burst": 0},
        {"rate": 1, "variant": "teapot"},
        {"rate": 1, "max_in_flight": 0},
        {"rate": 1, "retry_after": -1},
    ],
)
def test_sandbox_limits_are_checked(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RateLimits(**bad)


# Finding the limit


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_the_pace_converges_under_every_variant(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]
    with Sandbox(limits=limits) as sandbox, client_for(sandbox) as client:
        for _ in range(80):
            client.site.get()
        counts, pace = sandbox.limit_counts, client.pace
    assert counts["admitted"] == 80
    assert counts["refused"] <= 8
    assert pace.throttled == counts["refused"] and pace.rate is not None
    assert 20 <= pace.rate <= 50


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_the_async_pace_converges_under_every_variant(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]

    async def main(sandbox: Sandbox) -> float | None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            # Several tasks share the one pace.
            await asyncio.gather(*(walk(client) for _ in range(4)))
            return client.pace.rate

    async def walk(client: AsyncDaftra) -> None:
        for _ in range(20):
            await client.site.get()

    with Sandbox(limits=limits) as sandbox:
        rate = asyncio.run(main(sandbox))
        counts = sandbox.limit_counts
    assert counts["admitted"] == 80 and counts["refused"] <= 10
    assert rate is not None and 20 <= rate <= 50


def test_no_request_goes_before_retry_after() -> None:
    limits = RateLimits(rate=50, burst=1, retry_after=0.4)
    with Sandbox(limits=limits) as sandbox, client_for(sandbox) as client:
        client.site.get()
        started = time.monotonic()
        client.site.get()  # refused once, then sent again no sooner than 0.4 s later
        assert time.monotonic() - started >= 0.4
        assert sandbox.limit_counts == {"admitted": 2, "refused": 1}


def test_every_thread_waits_out_retry_after() -> None:
    limits = RateLimits(rate=50, burst=1, retry_after=0.4)
    with Sandbox(limits=limits) as sandbox, client_for(sandbox) as client:
        client.site.get()
        client.site.get()  # refused, then admitted: the pace is learnt
        refused = sandbox.limit_counts["refused"]
        sandbox.set_limits(RateLimits(rate=0.5, burst=1, retry_after=0.4))
        client.site.get()
        started = time.monotonic()
        threads = [threading.Thread(target=client.site.get) for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        # One was refused at once, and the others waited instead of being refused too.
        assert sandbox.limit_counts["refused"] - refused == 1
        sandbox.set_limits(None)
        for thread in threads:
            thread.join()
        assert time.monotonic() - started >= 0.4


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_pace_recovers_once_the_limit_is_lifted(flavour: str) -> None:
    with Sandbox(limits=RateLimits(rate=20, burst=1)) as sandbox:
        if flavour == "sync":
            with client_for(sandbox) as client:
                rates = exercise_then_lift(sandbox, client.site.get, lambda: client.pace.rate)
        else:
            rates = asyncio.run(exercise_async(sandbox))
    limited, lifted = rates
    assert limited is not None and lifted is not None and lifted > 1.5 * limited


def exercise_then_lift(sandbox: Sandbox, call: Any, rate: Any) -> tuple[float, float]:
    for _ in range(30):
        call()
    limited = rate()
    sandbox.set_limits(None)
    deadline = time.monotonic() + LIFTED_SECONDS
    while time.monotonic() < deadline:
        call()
    return limited, rate()


async def exercise_async(sandbox: Sandbox) -> tuple[float, float]:
    async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        for _ in range(30):
            await client.site.get()
        limited = client.pace.rate
        sandbox.set_limits(None)
        deadline = time.monotonic() + LIFTED_SECONDS
        while time.monotonic() < deadline:
            await client.site.get()
        lifted = client.pace.rate
    assert limited is not None and lifted is not None
    return limited, lifted


# The user's caps


def test_an_explicit_rate_limit_is_never_exceeded() -> None:
    # The sandbox admits the client's cap (and a burst of one more, for the connection's
    # set-up delaying the first request): going faster would be refused.
    with (
        Sandbox(limits=RateLimits(rate=10, burst=11)) as sandbox,
        client_for(sandbox, rate_limit=10) as client,
    ):
        started = time.monotonic()
        for _ in range(15):  # a burst of 10, then 10 a second
            client.site.get()
        assert time.monotonic() - started >= 0.45
        assert client.pace.throttled == 0


def test_an_explicit_concurrency_cap_holds_for_bulk_runs() -> None:
    # The sandbox refuses a second request in flight: none may be refused.
    with (
        Sandbox(limits=RateLimits(rate=1000, burst=100, max_in_flight=1)) as sandbox,
        client_for(sandbox, max_concurrency=1) as client,
    ):
        result = client.invoices.bulk_create(numbered(40), chunk_size=5, concurrency=4)
        assert result.ok and sandbox.limit_counts["refused"] == 0


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("rate_limit", 0),
        ("rate_limit", -5),
        ("rate_limit", "fast"),
        ("rate_limit", math.nan),
        ("rate_limit", math.inf),
        ("rate_limit", True),
        ("max_concurrency", 0),
        ("max_concurrency", -1),
        ("max_concurrency", 2.5),
        ("max_concurrency", "4"),
    ],
)
def test_a_misconfigured_cap_is_refused_at_construction(option: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=option):
        Daftra(base_url="http://127.0.0.1:1", api_key="k", **{option: value})  # type: ignore[arg-type]


def test_the_adaptive_pace_can_be_turned_off(limited: Sandbox) -> None:
    with client_for(limited, adaptive_pace=False) as client:
        for _ in range(10):
            client.site.get()  # refusals are still waited out and sent again
        pace = client.pace
    assert pace.adaptive is False and pace.rate is None and pace.throttled == 0
    assert limited.limit_counts["admitted"] == 10


# Nothing lost, nothing twice


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_bulk_create_under_limiting_creates_everything_once(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]
    with Sandbox(limits=limits) as sandbox, client_for(sandbox) as client:
        # The PO numbers are new: no pre-check (two lookups a record, paced like the rest).
        result = client.invoices.bulk_create(
            numbered(150), chunk_size=5, concurrency=4, allow_duplicates=True
        )
        assert [type(o) for o in result] == [Created] * 150
        assert len({o.id for o in result.created}) == 150
        assert_stored_once(sandbox, 150)
        assert sandbox.limit_counts["refused"] >= 1  # it was limited


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_async_bulk_create_under_limiting_creates_everything_once(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]

    async def main(sandbox: Sandbox) -> list[type]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            result = await client.invoices.bulk_create(
                numbered(150), chunk_size=5, concurrency=4, allow_duplicates=True
            )
            return [type(o) for o in result]

    with Sandbox(limits=limits) as sandbox:
        assert asyncio.run(main(sandbox)) == [Created] * 150
        assert_stored_once(sandbox, 150)


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_iteration_under_limiting_sees_every_record_once(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]
    with Sandbox(limits=limits) as sandbox:
        sandbox._invoices.add_virtual(1_000)
        with client_for(sandbox) as client:
            ids = [invoice.id for invoice in client.invoices.iter(limit=20)]
        assert len(ids) == len(set(ids)) == 1_000
        assert sandbox.limit_counts["admitted"] == 50


@pytest.mark.parametrize("variant", LIMIT_VARIANTS)
def test_async_iteration_under_limiting_sees_every_record_once(variant: str) -> None:
    limits = RateLimits(rate=40, burst=2, variant=variant)  # type: ignore[arg-type]

    async def main(sandbox: Sandbox) -> list[int]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            return [invoice.id async for invoice in client.invoices.iter(limit=20)]

    with Sandbox(limits=limits) as sandbox:
        sandbox._invoices.add_virtual(1_000)
        ids = asyncio.run(main(sandbox))
        assert len(ids) == len(set(ids)) == 1_000
        assert sandbox.limit_counts["admitted"] == 50


def test_a_create_refused_with_a_throttling_503_is_sent_again(sandbox: Sandbox) -> None:
    # A 503 that says when to come back was refused at the door; one without may not be.
    sandbox.inject(
        503, b"<html>busy</html>", headers={"Retry-After": "0"}, path_contains="/invoices.json"
    )
    with client_for(sandbox) as client:
        client.invoices.create(invoice_body(1))
    assert [(m, s) for m, _, s in sandbox.request_log] == [("POST", 503), ("POST", 202)]
    assert sandbox.state.count("Invoice") == 1


def test_sandbox_serve_takes_rate_limit_options() -> None:
    from daftra_facade.cli import _rate_limits, build_parser

    args = build_parser().parse_args(
        [
            "sandbox",
            "serve",
            "--rate-limit",
            "20",
            "--burst",
            "5",
            "--max-in-flight",
            "3",
            "--limit-variant",
            "503",
            "--limit-retry-after",
            "1",
        ]
    )
    assert _rate_limits(args) == RateLimits(20, 5, 3, "503", 1.0)
    assert _rate_limits(build_parser().parse_args(["sandbox", "serve"])) is None
