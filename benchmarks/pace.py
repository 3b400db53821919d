"""Full speed at a service's undocumented rate limit, with no option set.

The sandbox (in its own process, 20 ms of latency) admits ``RATE`` requests per second
per credential and refuses the rest in one of the ways real services do (see
``daftra_sandbox.limits``). For each way, a fresh client with default options runs an
iteration, then ``bulk_create`` (chunks of 50):

- ``pace_<variant>_<job>_paced_vs_limit``: admitted requests per second ÷ the limit;
- ``pace_<variant>_<job>_throttled_share``: refused requests ÷ all requests sent.

The variants: a token bucket (bursts of ``BURST``) refusing with 429 plus
``Retry-After`` and ``X-RateLimit-*`` (``headers``), ``Retry-After`` only
(``retry_after``), no header (``bare``), 503 plus ``Retry-After`` (``503``), each
``Retry-After`` naming the exact wait in milliseconds; the same bucket with a
``Retry-After`` rounded up to whole seconds, HTTP's own format
(``retry_after_whole_seconds``: every refusal asks for a full second); and Laravel's
throttle, a fixed window with ``X-RateLimit-Limit``/``-Remaining`` on every answer and
whole-second ``Retry-After`` and ``X-RateLimit-Reset`` on a refusal, per second
(``laravel_1s_window``: 20 a second) and over a longer window (``laravel_5s_window``:
100 per 5 s; Laravel's usual window is a minute, shortened so that a 10 s run spans two).

Clients share what their pace learnt per account (``daftra_facade.transport.pace_store``):
the bulk run starts from the pace the iteration on the same sandbox left, as a second
process of the same account would. Each variant has a sandbox (an account) of its own,
and the runs keep their shared state in a fresh folder.

``pace_shared_*``: four processes, started together, each ``bulk_create`` a quarter of
``SHARED_INVOICES`` invoices in chunks of ``SHARED_CHUNK_SIZE`` with one key limited to 20
requests a second (``retry-after`` variant; small chunks, so that the sandbox, one Python
process serving four clients on the same cores, keeps up with the limit and the figure
measures the pace, not the machine):
``pace_shared_paced_vs_limit`` is their admitted requests per second together ÷ the
limit, ``pace_shared_spread`` the slowest process's time ÷ the fastest's,
``pace_shared_throttled_share`` the refused share.

A bulk run also checks that every invoice was stored exactly once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from daftra_facade import Daftra

from ._harness import SandboxProcess, sandbox_process, seconds
from .bulk import _invoice

LATENCY = float(os.environ.get("BENCH_LATENCY", "0.020"))
RATE = 20
BURST = 5
CHUNK_SIZE = 50
PROCESSES = 4
SHARED_INVOICES = 2_000
SHARED_CHUNK_SIZE = 10

# (label, the sandbox's RateLimits arguments besides the rate)
CASES: list[tuple[str, dict[str, Any]]] = [
    ("headers", {"burst": BURST, "variant": "headers"}),
    ("retry_after", {"burst": BURST, "variant": "retry-after"}),
    ("bare", {"burst": BURST, "variant": "bare"}),
    ("503", {"burst": BURST, "variant": "503"}),
    ("retry_after_whole_seconds", {"burst": BURST, "whole_seconds": True}),
    ("laravel_1s_window", {"variant": "laravel", "window": 1.0}),
    ("laravel_5s_window", {"variant": "laravel", "window": 5.0}),
]

_BULK_IN_CHILD = """
import json, sys, time
from daftra_facade import Daftra
from benchmarks.bulk import _invoice
base_url, api_key = sys.argv[1], sys.argv[2]
first, count, chunk_size = map(int, sys.argv[3:6])
start_at = float(sys.argv[6])
records = [_invoice(first + n) for n in range(count)]
with Daftra(base_url=base_url, api_key=api_key) as client:
    time.sleep(max(0.0, start_at - time.time()))
    result = client.invoices.bulk_create(records, chunk_size=chunk_size, allow_duplicates=True)
    result.raise_for_failures()
    print(json.dumps({"finished": time.time() - start_at}))
"""


@contextmanager
def _private_pace_folder() -> Iterator[None]:
    """A fresh folder for the shared pace states, so no earlier run steers these."""
    saved = os.environ.get("DAFTRA_PACE_DIR")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DAFTRA_PACE_DIR"] = folder
        try:
            yield
        finally:
            if saved is None:
                os.environ.pop("DAFTRA_PACE_DIR", None)
            else:
                os.environ["DAFTRA_PACE_DIR"] = saved


def _figures(sandbox: SandboxProcess, elapsed: float) -> tuple[float, float]:
    counts = sandbox.limit_counts()
    sent = counts["admitted"] + counts["refused"]
    return counts["admitted"] / elapsed / RATE, counts["refused"] / sent


def _assert_stored_once(sandbox: SandboxProcess, records: list[dict[str, Any]]) -> None:
    stored = Counter(sandbox.references())
    expected = {record["Invoice"]["po_number"] for record in records}
    twice = [reference for reference in expected if stored[reference] != 1]
    assert not twice, f"{len(twice)} invoices not stored exactly once, e.g. {twice[:3]}"


def _bulk(sandbox: SandboxProcess, count: int, first: int) -> float:
    records = [_invoice(first + n) for n in range(count)]
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        elapsed = seconds(
            lambda: client.invoices.bulk_create(  # unique PO numbers: unchecked
                records, chunk_size=CHUNK_SIZE, allow_duplicates=True
            ).raise_for_failures()
        )
    _assert_stored_once(sandbox, records)
    return elapsed


def _iterate(sandbox: SandboxProcess, count: int) -> float:
    seen: list[int] = []
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        elapsed = seconds(lambda: seen.append(sum(1 for _ in client.invoices.iter())))
    assert seen == [count], (seen, count)
    return elapsed


def _shared(count: int) -> dict[str, float]:
    """Four processes, one key: ``count`` invoices created between them."""
    share = count // PROCESSES
    with sandbox_process(latency=LATENCY) as sandbox:
        sandbox.set_limits(rate=RATE, burst=BURST)
        sandbox.limit_counts()
        start_at = time.time() + 3.0  # every child imported and ready by then
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _BULK_IN_CHILD,
                    sandbox.base_url,
                    sandbox.api_key,
                    str(n * share),
                    str(share),
                    str(SHARED_CHUNK_SIZE),
                    str(start_at),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(PROCESSES)
        ]
        finished = []
        for child in children:
            out, _ = child.communicate(timeout=600)
            assert child.returncode == 0, f"a bulk process failed ({child.returncode})"
            finished.append(json.loads(out)["finished"])
        counts = sandbox.limit_counts()
        _assert_stored_once(sandbox, [_invoice(n) for n in range(share * PROCESSES)])
    sent = counts["admitted"] + counts["refused"]
    return {
        "pace_shared_processes": PROCESSES,
        "pace_shared_invoices": share * PROCESSES,
        "pace_shared_s": max(finished),
        "pace_shared_paced_vs_limit": counts["admitted"] / max(finished) / RATE,
        "pace_shared_spread": max(finished) / min(finished),
        "pace_shared_throttled_share": counts["refused"] / sent,
    }


def run(quick: bool) -> dict[str, float]:
    bulk_count = 1_000 if quick else 10_000
    iter_count = 2_000 if quick else 20_000
    figures: dict[str, float] = {
        "pace_limit_per_s": RATE,
        "pace_burst": BURST,
        "pace_bulk_invoices": bulk_count,
        "pace_iter_records": iter_count,
    }
    only = os.environ.get("BENCH_PACE_CASES")  # a comma-separated choice, for tuning
    with _private_pace_folder():
        for label, limits in CASES:
            if only and label not in only.split(","):
                continue
            with sandbox_process(latency=LATENCY, virtual_invoices=iter_count) as sandbox:
                # The listing first, while it holds exactly the virtual invoices.
                for job, action in (
                    ("iter", lambda: _iterate(sandbox, iter_count)),
                    ("bulk", lambda: _bulk(sandbox, bulk_count, first=0)),
                ):
                    sandbox.set_limits(rate=RATE, **limits)
                    sandbox.limit_counts()  # from zero
                    elapsed = action()
                    paced, throttled = _figures(sandbox, elapsed)
                    name = f"pace_{label}_{job}"
                    figures[f"{name}_s"] = elapsed
                    figures[f"{name}_paced_vs_limit"] = paced
                    figures[f"{name}_throttled_share"] = throttled
        if not only or "shared" in only.split(","):
            figures |= _shared(SHARED_INVOICES)
    return figures
