"""Bulk creation against a sandbox with injected latency.

- ``bulk_vs_naive``: a loop of single creates ÷ ``bulk_create`` of as many invoices.
- ``bulk_vs_ideal``: the ideal pipeline time ÷ ``bulk_create`` time, where the ideal is
  requests * (latency + the sandbox's own mean service time per request) ÷ concurrency.
"""

from __future__ import annotations

import os
from typing import Any

from daftra_facade import Daftra

from ._harness import sandbox_process, seconds

LATENCY = float(os.environ.get("BENCH_LATENCY", "0.020"))
CHUNK_SIZE = 50
CONCURRENCY = 8
BULK_REPETITIONS = 3  # the median is reported


def _invoice(number: int) -> dict[str, Any]:
    return {
        "Invoice": {"client_id": 1 + number % 2, "currency_code": "USD",
                    "po_number": f"BENCH-{number}"},
        "InvoiceItem": [{"item": "Widget", "unit_price": 10 + number % 7, "quantity": 2}],
    }


def run(quick: bool) -> dict[str, float]:
    bulk_count = 2_000 if quick else 10_000
    naive_count = 200 if quick else 10_000
    with sandbox_process(latency=LATENCY) as sandbox, Daftra(
        base_url=sandbox.base_url, api_key=sandbox.api_key
    ) as client:
        client.invoices.bulk_create([_invoice(n) for n in range(100)])  # warm up
        runs = []  # (bulk seconds, ideal seconds) of each repetition
        for repetition in range(BULK_REPETITIONS):
            records = [_invoice(repetition * bulk_count + n) for n in range(bulk_count)]
            sandbox.reset()
            bulk_s = seconds(lambda records=records: client.invoices.bulk_create(
                records, chunk_size=CHUNK_SIZE, concurrency=CONCURRENCY
            ).raise_for_failures())
            stats = sandbox.stats()
            service_s = stats["service_s"] / stats["requests"]
            runs.append((bulk_s, stats["requests"] * (LATENCY + service_s) / CONCURRENCY))
        naive = [_invoice(n) for n in range(naive_count)]
        naive_s = seconds(lambda: [client.invoices.create(record) for record in naive])
    naive_s *= bulk_count / naive_count  # per-invoice cost scaled to the bulk size
    bulk_s, ideal_s = sorted(runs)[len(runs) // 2]  # the median repetition
    return {
        "bulk_invoices": bulk_count,
        "bulk_repetitions": BULK_REPETITIONS,
        "bulk_s": bulk_s,
        "naive_invoices_timed": naive_count,
        "naive_s": naive_s,
        "bulk_vs_naive": naive_s / bulk_s,
        "bulk_ideal_s": ideal_s,
        "bulk_vs_ideal": ideal_s / bulk_s,
    }
