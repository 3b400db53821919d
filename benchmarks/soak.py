"""Soak: a large journaled import against a sandbox failing 10% of requests.

Prints how many invoices were created, stored twice (duplicates) or never stored (lost),
and the wall time, running the job again (as a user would) until nothing is unknown.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from daftra_facade import Daftra, JobStore
from daftra_facade.transport.retries import RetryPolicy

from ._harness import sandbox_process

FAULT_RATE = 0.10
MAX_RUNS = 5


def _invoice(number: int) -> dict[str, Any]:
    return {
        "Invoice": {"client_id": 1 + number % 2, "currency_code": "USD"},
        "InvoiceItem": [{"item": "Widget", "unit_price": 1 + number % 50, "quantity": 1}],
    }


def run(quick: bool) -> dict[str, float]:
    count = 2_000 if quick else 10_000
    records = [_invoice(n) for n in range(count)]
    policy = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.2, rng=random.Random(1))
    started = time.perf_counter()
    with (
        sandbox_process(fault_rate=FAULT_RATE, seed=2026) as sandbox,
        tempfile.TemporaryDirectory() as folder,
        Daftra(
            base_url=sandbox.base_url, api_key=sandbox.api_key, retry_policy=policy, timeout=10
        ) as client,
    ):
        journal = JobStore(Path(folder) / "soak.sqlite")
        runs = 0
        while runs < MAX_RUNS:
            runs += 1
            # The sandbox commits a request at once, before answering or failing it.
            result = client.invoices.bulk_create(
                records, chunk_size=20, concurrency=8, journal=journal, settle_window=1.0
            )
            if not result.unknown:
                break
        wall = time.perf_counter() - started
        stored = Counter(sandbox.references())
        faults = sum(sandbox.fault_counts().values())
        journal.close()
    job_prefix = {reference.rsplit("-", 1)[0] for reference in stored}
    assert len(job_prefix) == 1, job_prefix  # every stored invoice came from this job
    expected = {f"{next(iter(job_prefix))}-{n}" for n in range(count)}
    return {
        "soak_invoices": count,
        "soak_runs": runs,
        "soak_faults_injected": faults,
        "soak_created": len(result.created),
        "soak_unknown": len(result.unknown),
        "soak_duplicates": sum(n - 1 for n in stored.values()),
        "soak_lost": len(expected - set(stored)),
        "soak_wall_s": wall,
    }
