"""Full speed at a service's undocumented rate limit, with no option set.

The sandbox (in its own process, 20 ms of latency) admits ``RATE`` requests per second
per credential with bursts of ``BURST``, and refuses the rest in one of the ways real
services do (see ``daftra_sandbox.limits``). For each way, a fresh client with
default options runs ``bulk_create`` (chunks of 50) and an iteration:

- ``pace_<variant>_<job>_paced_vs_limit``: admitted requests per second ÷ the limit;
- ``pace_<variant>_<job>_throttled_share``: refused requests ÷ all requests sent.

The sandbox's ``Retry-After`` names the exact wait (in fractions of a second). HTTP
writes it in whole seconds, and a service that rounds up makes every refusal cost a full
second: ``pace_retry_after_whole_seconds_*`` measures that case too (variant
``retry-after``, ``Retry-After: 1``), where a refusal costs a twentieth of a 10 s run.

A bulk run also checks that every invoice was stored exactly once.
"""

from __future__ import annotations

import os
from collections import Counter

from daftra_facade import Daftra
from daftra_sandbox import LIMIT_VARIANTS

from ._harness import SandboxProcess, sandbox_process, seconds
from .bulk import _invoice

LATENCY = float(os.environ.get("BENCH_LATENCY", "0.020"))
RATE = 20
BURST = 5
CHUNK_SIZE = 50


def _figures(sandbox: SandboxProcess, elapsed: float) -> tuple[float, float]:
    counts = sandbox.limit_counts()
    sent = counts["admitted"] + counts["refused"]
    return counts["admitted"] / elapsed / RATE, counts["refused"] / sent


def _bulk(sandbox: SandboxProcess, count: int, first: int) -> float:
    records = [_invoice(first + n) for n in range(count)]
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        elapsed = seconds(
            lambda: client.invoices.bulk_create(  # unique PO numbers: unchecked
                records, chunk_size=CHUNK_SIZE, allow_duplicates=True
            ).raise_for_failures()
        )
    stored = Counter(sandbox.references())
    expected = {record["Invoice"]["po_number"] for record in records}
    twice = [reference for reference in expected if stored[reference] != 1]
    assert not twice, f"{len(twice)} invoices not stored exactly once, e.g. {twice[:3]}"
    return elapsed


def _iterate(sandbox: SandboxProcess, count: int) -> float:
    seen: list[int] = []
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        elapsed = seconds(lambda: seen.append(sum(1 for _ in client.invoices.iter())))
    assert seen == [count], (seen, count)
    return elapsed


def run(quick: bool) -> dict[str, float]:
    bulk_count = 1_000 if quick else 10_000
    iter_count = 2_000 if quick else 20_000
    figures: dict[str, float] = {
        "pace_limit_per_s": RATE,
        "pace_burst": BURST,
        "pace_bulk_invoices": bulk_count,
        "pace_iter_records": iter_count,
    }
    cases = [(variant, variant, None) for variant in LIMIT_VARIANTS]
    cases.append(("retry_after_whole_seconds", "retry-after", 1.0))
    for label, variant, retry_after in cases:
        with sandbox_process(latency=LATENCY, virtual_invoices=iter_count) as sandbox:
            # The listing first, while it holds exactly the virtual invoices.
            for job, action in (
                ("iter", lambda: _iterate(sandbox, iter_count)),
                ("bulk", lambda: _bulk(sandbox, bulk_count, first=0)),
            ):
                sandbox.set_limits(rate=RATE, burst=BURST, variant=variant, retry_after=retry_after)
                sandbox.limit_counts()  # from zero
                elapsed = action()
                paced, throttled = _figures(sandbox, elapsed)
                name = f"pace_{label.replace('-', '_')}_{job}"
                figures[f"{name}_s"] = elapsed
                figures[f"{name}_paced_vs_limit"] = paced
                figures[f"{name}_throttled_share"] = throttled
    return figures
