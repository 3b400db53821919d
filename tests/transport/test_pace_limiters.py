"""The pace against the limiters live services have: whole-second ``Retry-After`` on a
token bucket, Laravel's fixed windows with their headers, and one key shared by several
clients and processes. Whatever the limiter, every record is created or seen once."""

from __future__ import annotations

import asyncio
import json
import math
import os
import stat
import struct
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from daftra_facade import AsyncDaftra, Created, Daftra
from daftra_facade.transport.pace import RateLimiter
from daftra_facade.transport.pace_store import (
    LocalPaceStore,
    SharedPaceStore,
    account_key,
    pace_store,
)
from daftra_sandbox import RateLimits, Sandbox

from ..conftest import invoice_body

# A token bucket whose refusals ask for a whole second; Laravel's per-second window;
# a longer window (Laravel's usual one is a minute).
LIMITERS = {
    "whole-seconds": RateLimits(rate=40, burst=2, whole_seconds=True),
    "laravel-1s": RateLimits(rate=40, variant="laravel", window=1),
    "laravel-2s": RateLimits(rate=20, variant="laravel", window=2),
}


def numbered(count: int, prefix: str = "LIM") -> list[dict[str, Any]]:
    return [invoice_body(1, po_number=f"{prefix}-{n}") for n in range(count)]


def assert_stored_once(sandbox: Sandbox, expected: list[str]) -> None:
    stored = Counter(invoice["po_number"] for invoice in sandbox.state.all("Invoice"))
    assert stored == Counter(expected)


# The sandbox's limiters


def test_a_fixed_window_answers_as_laravels_throttle() -> None:
    with (
        Sandbox(limits=RateLimits(rate=3, variant="laravel", window=1)) as sandbox,
        httpx.Client(
            base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}
        ) as http,
    ):
        answers = [http.get("/site_info.json") for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0"]
        assert {a.headers["x-ratelimit-limit"] for a in answers} == {"3"}
        refused = answers[3]
        assert refused.headers["retry-after"] == "1"  # whole seconds
        reset = int(refused.headers["x-ratelimit-reset"])  # a Unix time, whole seconds
        assert time.time() - 1 <= reset <= time.time() + 1
        assert "x-ratelimit-reset" not in answers[0].headers
        time.sleep(1.05)  # the window closed: the next request opens another
        again = http.get("/site_info.json")
        assert again.status_code == 200 and again.headers["x-ratelimit-remaining"] == "2"
        assert sandbox.limit_counts == {"admitted": 4, "refused": 1}


def test_a_fixed_window_counts_per_window_not_per_second() -> None:
    with (
        Sandbox(limits=RateLimits(rate=1, variant="laravel", window=60)) as sandbox,
        httpx.Client(
            base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}
        ) as http,
    ):
        statuses = [http.get("/site_info.json").status_code for _ in range(61)]
        assert statuses == [200] * 60 + [429]  # Laravel's throttle:60,1
        assert 58 <= int(http.get("/site_info.json").headers["retry-after"]) <= 60


def test_whole_seconds_round_the_token_buckets_retry_after_up() -> None:
    with (
        Sandbox(limits=RateLimits(rate=20, burst=1, whole_seconds=True)) as sandbox,
        httpx.Client(
            base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}
        ) as http,
    ):
        answers = [http.get("/site_info.json") for _ in range(2)]
        assert [a.status_code for a in answers] == [200, 429]
        assert answers[1].headers["retry-after"] == "1"


@pytest.mark.parametrize("window", [0, -1, float("inf"), "60"])
def test_a_window_must_be_a_positive_number_of_seconds(window: Any) -> None:
    with pytest.raises(ValueError, match="window"):
        RateLimits(rate=1, window=window)


def test_sandbox_serve_takes_the_window_options() -> None:
    from daftra_facade.cli import _rate_limits, build_parser

    serve = ["sandbox", "serve"]
    args = build_parser().parse_args(
        [*serve, "--rate-limit", "1", "--limit-window", "60", "--limit-variant", "laravel"]
    )
    assert _rate_limits(args) == RateLimits(1, variant="laravel", window=60.0)
    args = build_parser().parse_args([*serve, "--rate-limit", "5", "--whole-seconds"])
    assert _rate_limits(args) == RateLimits(5, whole_seconds=True)


# The pace reaches them: nothing lost, nothing twice, few refusals


def client_for(sandbox: Sandbox) -> Daftra:
    return Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, timeout=5)


@pytest.mark.parametrize("limiter", list(LIMITERS))
def test_bulk_create_under_each_limiter_creates_everything_once(limiter: str) -> None:
    with Sandbox(limits=LIMITERS[limiter]) as sandbox, client_for(sandbox) as client:
        result = client.invoices.bulk_create(
            numbered(120), chunk_size=2, concurrency=4, allow_duplicates=True
        )
        assert [type(o) for o in result] == [Created] * 120
        assert_stored_once(sandbox, [f"LIM-{n}" for n in range(120)])
        counts = sandbox.limit_counts
        assert counts["refused"] >= 1 and client.pace.rate is not None  # it was limited
        assert counts["refused"] <= 0.1 * counts["admitted"]


@pytest.mark.parametrize("limiter", list(LIMITERS))
def test_async_bulk_create_under_each_limiter_creates_everything_once(limiter: str) -> None:
    async def main(sandbox: Sandbox) -> list[type]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            result = await client.invoices.bulk_create(
                numbered(120), chunk_size=2, concurrency=4, allow_duplicates=True
            )
            return [type(o) for o in result]

    with Sandbox(limits=LIMITERS[limiter]) as sandbox:
        assert asyncio.run(main(sandbox)) == [Created] * 120
        assert_stored_once(sandbox, [f"LIM-{n}" for n in range(120)])
        counts = sandbox.limit_counts
        assert 1 <= counts["refused"] <= 0.1 * counts["admitted"]


@pytest.mark.parametrize("limiter", list(LIMITERS))
def test_iteration_under_each_limiter_sees_every_record_once(limiter: str) -> None:
    with Sandbox(limits=LIMITERS[limiter]) as sandbox:
        sandbox._invoices.add_virtual(1_200)
        with client_for(sandbox) as client:
            ids = [invoice.id for invoice in client.invoices.iter(limit=20)]
        assert len(ids) == len(set(ids)) == 1_200
        assert sandbox.limit_counts["admitted"] == 60


@pytest.mark.parametrize("limiter", list(LIMITERS))
def test_async_iteration_under_each_limiter_sees_every_record_once(limiter: str) -> None:
    async def main(sandbox: Sandbox) -> list[int]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            return [invoice.id async for invoice in client.invoices.iter(limit=20)]

    with Sandbox(limits=LIMITERS[limiter]) as sandbox:
        sandbox._invoices.add_virtual(1_200)
        ids = asyncio.run(main(sandbox))
        assert len(ids) == len(set(ids)) == 1_200
        assert sandbox.limit_counts["admitted"] == 60


def test_a_fixed_window_is_learnt_and_spread_evenly() -> None:
    with (
        Sandbox(limits=RateLimits(rate=20, variant="laravel", window=1)) as sandbox,
        client_for(sandbox) as client,
    ):
        for _ in range(70):
            client.site.get()
        rate = client.pace.rate
        assert sandbox.limit_counts["refused"] <= 2  # the first window's end, once or so
    assert rate is not None and 18 <= rate <= 20  # the window's budget, a little under


# Starving and leaping


def refusal(retry_after: str = "1", **headers: str) -> tuple[int, dict[str, str]]:
    return 429, {"retry-after": retry_after, **headers}


def observe(limiter: RateLimiter, status: int, headers: dict[str, str]) -> float:
    retry_after = float(headers["retry-after"]) if "retry-after" in headers else None
    return limiter.observe(status, headers, time.monotonic(), retry_after)


def test_a_refusal_before_any_success_sets_no_rate_but_holds_every_request() -> None:
    limiter = RateLimiter(adaptive=True)
    renewed = observe(limiter, *refusal("0.3"))
    assert limiter.report().rate is None  # nothing measured: no rate of 0
    started = time.monotonic()
    limiter.acquire()
    assert time.monotonic() - started >= 0.25 and renewed > started


def test_after_successes_a_whole_second_refusal_holds_only_the_refused_request() -> None:
    limiter = RateLimiter(adaptive=True)
    for _ in range(5):
        observe(limiter, 200, {})
    started = time.monotonic()
    renewed = observe(limiter, *refusal("1"))
    assert renewed >= started + 1.0  # the refused request waits the whole advice
    wait, _ = limiter._reserve(0.0)
    assert wait <= 0.5 + 0.05  # the others wait a moment, then keep to the new pace
    assert limiter.report().rate is not None
    # Once that moment is over, a later refusal holds nobody but the request refused.
    time.sleep(0.55)
    observe(limiter, *refusal("1"))
    wait, _ = limiter._reserve(0.0)
    assert wait <= 0.2  # its turn at the pace, not the advice's second


def test_growth_is_bounded_per_second_of_sending_after_a_pause() -> None:
    limiter = RateLimiter(adaptive=True)
    for _ in range(5):
        observe(limiter, 200, {})
    observe(limiter, *refusal("0"))
    with limiter.store.state() as state:
        state.seeking = True  # looking for the limit afresh, as after a quiet spell
        state.grown_at -= 3600.0  # an hour without a request
        before = state.pace
    assert before is not None
    limiter.acquire()
    limiter.acquire()  # held by the pace: the pace is being tested
    observe(limiter, 200, {})
    after = limiter.report().rate
    assert after is not None and after <= before * 1.5


def test_a_reset_holds_every_request_until_the_budget_returns() -> None:
    limiter = RateLimiter(adaptive=True)
    observe(limiter, 200, {"x-ratelimit-limit": "3", "x-ratelimit-remaining": "2"})
    reset = str(int(time.time()) + 1)
    renewed = observe(limiter, *refusal("1", **{"x-ratelimit-reset": reset}))
    started = time.monotonic()
    assert renewed >= started + 0.9
    wait, _ = limiter._reserve(0.0)
    assert wait >= 0.9  # every request, not only the refused one


# One key, several clients and processes


def test_clients_of_one_account_share_one_pace() -> None:
    with Sandbox(limits=RateLimits(rate=30, burst=2)) as sandbox:
        with client_for(sandbox) as first:
            for _ in range(30):
                first.site.get()
            learnt = first.pace.rate
        with client_for(sandbox) as second:
            assert second.pace.rate == learnt is not None  # starts where the first left
            refused = sandbox.limit_counts["refused"]
            for _ in range(10):
                second.site.get()
            assert sandbox.limit_counts["refused"] - refused <= 1


def test_async_clients_of_one_account_share_one_pace() -> None:
    async def main(sandbox: Sandbox) -> tuple[float | None, float | None]:
        async with (
            AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as one,
            AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as two,
        ):

            async def walk(client: AsyncDaftra) -> None:
                for _ in range(20):
                    await client.site.get()

            await asyncio.gather(walk(one), walk(two))
            return one.pace.rate, two.pace.rate

    with Sandbox(limits=RateLimits(rate=30, burst=2)) as sandbox:
        rates = asyncio.run(main(sandbox))
        counts = sandbox.limit_counts
    assert rates[0] == rates[1] is not None
    assert counts["admitted"] == 40 and counts["refused"] <= 8


_BULK_IN_CHILD = """
import json, sys, time
from daftra_facade import Daftra
base_url, api_key, prefix, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
body = {"Invoice": {"client_id": 1, "currency_code": "USD"}, "InvoiceItem": [
    {"item": "Widget", "unit_price": 10, "quantity": 1}]}
records = [{"Invoice": {**body["Invoice"], "po_number": f"{prefix}-{n}"},
            "InvoiceItem": body["InvoiceItem"]} for n in range(count)]
with Daftra(base_url=base_url, api_key=api_key, timeout=5) as client:
    started = time.monotonic()
    result = client.invoices.bulk_create(records, chunk_size=2, allow_duplicates=True)
    result.raise_for_failures()
    print(json.dumps({"seconds": time.monotonic() - started}))
"""


def test_processes_on_one_key_share_the_limit_fairly(tmp_path: Path) -> None:
    # Three processes, one key limited to 30 requests a second: 90 requests between them.
    with Sandbox(limits=RateLimits(rate=30, burst=2)) as sandbox:
        env = {**os.environ, "DAFTRA_PACE_DIR": str(tmp_path)}
        command = [sys.executable, "-c", _BULK_IN_CHILD, sandbox.base_url, sandbox.api_key]
        children = [
            subprocess.Popen(
                [*command, f"P{n}", "60"],
                stdout=subprocess.PIPE,
                env=env,
                text=True,
            )
            for n in range(3)
        ]
        times = []
        for child in children:
            out, _ = child.communicate(timeout=60)
            assert child.returncode == 0
            times.append(json.loads(out)["seconds"])
        assert_stored_once(sandbox, [f"P{p}-{n}" for p in range(3) for n in range(60)])
        counts = sandbox.limit_counts
    # Refusals come mostly at the start, when the three send unpaced, four at a time each.
    assert counts["admitted"] == 90 and counts["refused"] <= 27
    assert max(times) <= 2.5 * min(times)  # none starved
    assert len(list(tmp_path.iterdir())) == 1  # one state for the one account


def test_the_shared_state_is_private_and_names_no_credential(tmp_path: Path) -> None:
    store = pace_store("https://shop.daftra.com", "secret-key", {"DAFTRA_PACE_DIR": str(tmp_path)})
    assert isinstance(store, SharedPaceStore)
    with store.state() as state:
        state.pace = 12.0
    (path,) = tmp_path.iterdir()
    assert path.name == account_key("https://shop.daftra.com", "secret-key") + ".pace"
    assert "secret-key" not in path.name and b"secret-key" not in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with store.state() as state:
        assert state.pace == 12.0


def test_sharing_can_be_turned_off(tmp_path: Path) -> None:
    env = {"DAFTRA_PACE_DIR": str(tmp_path), "DAFTRA_SHARED_PACE": "0"}
    assert isinstance(pace_store("https://x.daftra.com", "k", env), LocalPaceStore)


def test_an_unwritable_folder_falls_back_to_a_pace_of_ones_own(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        env = {"DAFTRA_PACE_DIR": str(locked / "pace")}
        store = pace_store("https://x.daftra.com", "k", env)
        with store.state() as state:
            state.pace = 3.0
        with store.state() as state:
            assert state.pace == 3.0
    finally:
        locked.chmod(0o700)


def test_a_shared_state_that_cannot_be_written_any_more_goes_on_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SharedPaceStore(tmp_path / "state.json")
    with store.state() as state:
        state.pace = 4.0

    def disk_full(*_arguments: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("daftra_facade.transport.pace_store._write", disk_full)
    with store.state() as state:  # the write after this block fails: no error escapes
        state.pace = 6.0
    with store.state() as state:  # and what was learnt is kept, in the client alone
        assert state.pace == 6.0
        state.pace = 7.0
    with store.state() as state:
        assert state.pace == 7.0


def test_a_state_another_process_wrote_is_read_not_the_one_kept_in_memory(
    tmp_path: Path,
) -> None:
    mine, theirs = SharedPaceStore(tmp_path / "state"), SharedPaceStore(tmp_path / "state")
    with mine.state() as state:
        state.pace = 4.0
    with mine.state() as state:  # nobody else wrote: the same state, as left
        assert state.pace == 4.0
        state.pace = 5.0
    with theirs.state() as state:
        assert state.pace == 5.0
        state.pace = 9.0
    with mine.state() as state:
        assert state.pace == 9.0
    (tmp_path / "state").write_bytes(b"")  # emptied by someone: afresh, not as kept
    with mine.state() as state:
        assert state.pace is None


DAMAGED_STATES = [
    b"",
    b"{not json",  # the format of an earlier version
    b"daftra-pace-1\n" + b"\x00" * 7,  # cut short
    b"daftra-pace-1\n" + struct.pack("<20d", time.time(), -1.0, *[0.0] * 18),  # no pace
    b"daftra-pace-1\n" + struct.pack("<20d", time.time(), *[math.inf] * 19),
]


@pytest.mark.parametrize("content", DAMAGED_STATES)
def test_a_damaged_shared_state_starts_the_pace_afresh(tmp_path: Path, content: bytes) -> None:
    store = SharedPaceStore(tmp_path / "state.json")
    (tmp_path / "state.json").write_bytes(content)
    with store.state() as state:
        assert state.pace is None
        state.pace = 5.0
    with store.state() as state:
        assert state.pace == 5.0


def test_a_window_learnt_is_forgotten_when_the_limit_goes() -> None:
    with (
        Sandbox(limits=RateLimits(rate=20, variant="laravel", window=1)) as sandbox,
        client_for(sandbox) as client,
    ):
        for _ in range(45):
            client.site.get()
        with client._transport.limiter.store.state() as state:
            assert state.window == 1.0 and state.window_limit == 20
        sandbox.set_limits(None)
        client.site.get()
        with client._transport.limiter.store.state() as state:
            assert state.window is None  # the pace may grow past the old budget again
